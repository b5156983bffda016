import Trace

extension Facts {
    /// `δ_l = Error_l ⊙ σ'(Z_l)`: the filter by each hidden neuron's slope, saturated neurons
    /// whose delta is nearly 0, and how the deltas shrink on their way back. Other activations
    /// are explained by ``slopeDelta(_:_:output:)``.
    static func hiddenDelta(_ context: StepContext, _ phrases: Phrases) -> Facts {
        guard context.slopeActivation == .sigmoid else { return slopeDelta(context, phrases, output: false) }
        var facts = Facts(title: .hiddenDeltaTitle, context: context, phrases: phrases)
        facts.set([
            "received": facts.symbol(0), "activation": facts.symbol(1),
            "sum": Notation.symbol(for: Notation.sumName(context.layer)),
            "weights": Notation.symbol(for: Notation.weightName(context.layer)),
        ])
        facts.say(.hiddenDeltaMeaning)
        guard let deltas = facts.sampledValues(), let received = facts.operand(0), let activations = facts.operand(1),
              received.shape == deltas.shape, activations.shape == deltas.shape,
              let top = deltas.largestMagnitude else {
            if let deltas = context.event.values { facts.sayDeltaSizes(deltas) }
            return facts
        }
        facts.say(.hiddenDeltaLargest, [
            "example": facts.example(top.row), "neuron": phrases.neuron(top.column),
            "errorValue": Numbers.fixed(received[top.row, top.column]),
            "slope": Numbers.fixed(Sigmoid.slope(activations[top.row, top.column])), "value": Numbers.fixed(top.value),
        ])
        let saturated = activations.entries.filter { Sigmoid.isSaturated($0.value) }
        if let flattest = saturated.min(by: { Sigmoid.slope($0.value) < Sigmoid.slope($1.value) }) {
            facts.say(.hiddenDeltaSaturated, [
                "example": facts.example(flattest.row), "neuron": phrases.neuron(flattest.column),
                "activationValue": Numbers.fixed(flattest.value),
                "slope": Numbers.fixed(Sigmoid.slope(flattest.value)),
                "value": Numbers.fixed(deltas[flattest.row, flattest.column]),
                "errorValue": Numbers.fixed(received[flattest.row, flattest.column]),
            ])
        } else {
            let smallestSlope = activations.elements.map(Sigmoid.slope).min() ?? 0
            facts.say(.hiddenDeltaUnsaturated, ["minSlope": Numbers.fixed(smallestSlope)])
        }
        let upperName = Notation.deltaName(context.layer + 1, depth: context.layerCount)
        if let upper = context.values[upperName]?.largestMagnitude, abs(top.value) < abs(upper.value) {
            facts.say(.hiddenDeltaSmaller, [
                "upper": Notation.symbol(for: upperName), "max": Numbers.fixed(abs(top.value)),
                "upperMax": Numbers.fixed(abs(upper.value)),
            ])
        }
        facts.sayDeltaSizes(deltas)
        return facts
    }
}
