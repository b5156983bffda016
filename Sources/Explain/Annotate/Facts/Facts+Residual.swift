import Trace

extension Facts {
    /// `error = y − A_L`: what the sign means, the worst example, and which examples ask to go
    /// up or down.
    static func residual(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .residualTitle, context: context, phrases: phrases)
        facts.set(["target": facts.symbol(0), "prediction": facts.symbol(1)])
        facts.say(.residualMeaning)
        guard let errors = facts.sampledValues(), let worst = errors.largestMagnitude else { return facts }
        if let targets = facts.operand(0), let predictions = facts.operand(1),
           targets.shape == errors.shape, predictions.shape == errors.shape {
            facts.say(.residualWorst, [
                "example": facts.example(worst.row), "value": Numbers.fixed(worst.value),
                "expected": Numbers.compact(targets[worst.row, worst.column]),
                "predicted": Numbers.fixed(predictions[worst.row, worst.column]),
            ])
        }
        if errors.columns == 1 {
            let rows = 0..<errors.rows
            facts.say(.residualDirections, [
                "up": phrases.examples(rows.filter { errors[$0, 0] > 0 }),
                "down": phrases.examples(rows.filter { errors[$0, 0] < 0 }),
            ])
        }
        return facts
    }
}
