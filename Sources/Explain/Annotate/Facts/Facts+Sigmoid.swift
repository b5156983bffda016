import Trace

extension Facts {
    /// `A_l = σ(Z_l)`: the squeeze into (0, 1), what the predictions say in the output layer
    /// (all about 0.5, all alike, or spread out), and whether any neuron is saturated.
    static func sigmoid(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .sigmoidTitle, context: context, phrases: phrases)
        let isOutput = context.layer == context.layerCount
        facts.set(["input": facts.symbol(0)])
        facts.say(.sigmoidMeaning)
        if isOutput { facts.say(.sigmoidPrediction) }
        guard let activations = facts.sampledValues(), let low = activations.smallest,
              let high = activations.largest else { return facts }
        let range = ["min": Numbers.fixed(low.value), "max": Numbers.fixed(high.value)]
        if !isOutput {
            facts.say(.sigmoidRange, range)
        } else if high.value - low.value < 0.1 {
            facts.say(activations.elements.allSatisfy { abs($0 - 0.5) < 0.1 } ? .sigmoidUndecided : .sigmoidUniform,
                      range)
        } else {
            facts.say(.sigmoidSpread, range.merging(["maxExample": facts.example(high.row),
                                                     "minExample": facts.example(low.row)]) { $1 })
        }
        let saturated = activations.entries.filter { Sigmoid.isSaturated($0.value) }
        if let flattest = saturated.min(by: { Sigmoid.slope($0.value) < Sigmoid.slope($1.value) }) {
            facts.say(.sigmoidSaturated, [
                "count": String(saturated.count), "total": String(activations.elements.count),
                "example": facts.example(flattest.row), "neuron": phrases.neuron(flattest.column),
                "value": Numbers.fixed(flattest.value), "slope": Numbers.fixed(Sigmoid.slope(flattest.value)),
            ])
        } else {
            let smallestSlope = activations.elements.map(Sigmoid.slope).min() ?? 0
            facts.say(.sigmoidUnsaturated, ["minSlope": Numbers.fixed(smallestSlope)])
        }
        return facts
    }
}
