import Trace

extension Facts {
    /// `δ_out = error ⊙ σ'(Z_L)`: why it is at most a quarter of the error, which example has
    /// the largest delta and why, and whether a saturated output blocks an error. Other output
    /// activations (`δ_L = dA_L ⊙ f'(Z_L)`) get their own slopes; deeper networks, the sizes
    /// of the deltas.
    static func outputDelta(_ context: StepContext, _ phrases: Phrases) -> Facts {
        guard context.slopeActivation == .sigmoid else { return slopeDelta(context, phrases, output: true) }
        var facts = Facts(title: .outputDeltaTitle, context: context, phrases: phrases)
        facts.set([
            "error": facts.symbol(0), "activation": facts.symbol(1),
            "sum": Notation.symbol(for: Notation.sumName(context.layer)),
        ])
        facts.say(.outputDeltaMeaning)
        guard let deltas = facts.sampledValues(), let errors = facts.operand(0), let activations = facts.operand(1),
              errors.shape == deltas.shape, activations.shape == deltas.shape,
              let top = deltas.largestMagnitude, let worst = errors.largestMagnitude else { return facts }
        facts.say(.outputDeltaLargest, [
            "example": facts.example(top.row), "errorValue": Numbers.fixed(errors[top.row, top.column]),
            "slope": Numbers.fixed(Sigmoid.slope(activations[top.row, top.column])), "value": Numbers.fixed(top.value),
        ])
        if (worst.row, worst.column) == (top.row, top.column) {
            facts.say(.outputDeltaLargestIsWorst)
        } else {
            facts.say(.outputDeltaLargestIsNotWorst, [
                "example": facts.example(worst.row), "errorValue": Numbers.fixed(worst.value),
                "slope": Numbers.fixed(Sigmoid.slope(activations[worst.row, worst.column])),
            ])
        }
        let saturated = activations.entries.filter { Sigmoid.isSaturated($0.value) }
        if let flattest = saturated.min(by: { Sigmoid.slope($0.value) < Sigmoid.slope($1.value) }) {
            facts.say(.outputDeltaSaturated, [
                "example": facts.example(flattest.row), "slope": Numbers.fixed(Sigmoid.slope(flattest.value)),
                "errorValue": Numbers.fixed(errors[flattest.row, flattest.column]),
                "value": Numbers.fixed(deltas[flattest.row, flattest.column]),
            ])
        }
        facts.sayDeltaSizes(deltas)
        return facts
    }

    /// `δ_l = E ⊙ f'(Z_l)` for an activation other than the sigmoid: the chain rule's product,
    /// the slopes these numbers have (for ReLU, how many are 0), the largest delta, and the
    /// sizes of the deltas in a deeper network.
    static func slopeDelta(_ context: StepContext, _ phrases: Phrases, output: Bool) -> Facts {
        let function = context.slopeActivation
        var facts = Facts(title: output ? .outputDeltaTitle : .hiddenDeltaTitle, context: context, phrases: phrases)
        let sumName = Notation.sumName(context.layer)
        facts.set([
            "received": facts.symbol(0), "function": function.symbol, "sum": Notation.symbol(for: sumName),
            "weights": Notation.symbol(for: Notation.weightName(context.layer)),
        ])
        facts.say(output ? .outputDeltaSlope : .hiddenDeltaSlope)
        guard let deltas = facts.sampledValues(), let received = facts.operand(0), received.hasSameShape(as: deltas),
              function.isElementwise else {
            if let deltas = context.event.values { facts.sayDeltaSizes(deltas) }
            return facts
        }
        let sums = context.values[sumName].flatMap { $0.hasSameShape(as: deltas) ? $0 : nil }
        let activations = facts.operand(1).flatMap { $0.hasSameShape(as: deltas) ? $0 : nil }
        if function == .relu, let sums {
            let zeroed = sums.elements.filter { $0 <= 0 }.count
            facts.say(.hiddenDeltaRelu, ["zeroed": String(zeroed), "total": String(deltas.elements.count),
                                         "kept": String(deltas.elements.count - zeroed)])
        } else if let sums, let activations {
            let slopes = sums.elements.indices.map { function.derivative(z: sums.elements[$0], a: activations.elements[$0]) }
            facts.say(.activationSlopeRange, ["minSlope": Numbers.fixed(slopes.min() ?? 0),
                                              "maxSlope": Numbers.fixed(slopes.max() ?? 0)])
        }
        if context.event.shape.dimensions.count == 2, let top = deltas.largestMagnitude, top.value != 0 {
            facts.say(.deltaLargest, [
                "example": facts.example(top.row), "neuron": phrases.neuron(top.column),
                "errorValue": Numbers.fixed(received[top.row, top.column]), "value": Numbers.fixed(top.value),
            ])
        }
        facts.sayDeltaSizes(deltas)
        return facts
    }
}
