import Trace

extension Facts {
    /// `δ_out = error ⊙ σ'(Z_L)`: why it is at most a quarter of the error, which example has
    /// the largest delta and why, and whether a saturated output blocks an error.
    static func outputDelta(_ context: StepContext, _ phrases: Phrases) -> Facts {
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
        return facts
    }
}
