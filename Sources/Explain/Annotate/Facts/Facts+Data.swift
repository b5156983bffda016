import Trace

extension Facts {
    /// `X` or `y`: what the rows and columns are, and the cases of this lesson.
    static func data(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let isTargets = context.event.name == "y"
        var facts = Facts(title: isTargets ? .targetsTitle : .inputsTitle, context: context, phrases: phrases)
        facts.set(["examples": String(context.event.shape.dimensions.first ?? 0)])
        facts.say(isTargets ? .targetsMeaning : .inputsMeaning)
        guard let matrix = facts.sampledValues(), matrix.columns <= 4, matrix.rows <= 16 else { return facts }
        let cases = (0..<matrix.rows).map { row -> String in
            let value = Numbers.tuple(matrix.rowValues(row), Numbers.compact)
            guard isTargets else { return value }
            if let inputs = facts.inputs, inputs.rows == matrix.rows, inputs.columns <= 4 {
                return Numbers.tuple(inputs.rowValues(row), Numbers.compact) + " → " + value
            }
            return facts.example(row) + " → " + value
        }
        facts.say(isTargets ? .targetsCases : .inputsCases, ["cases": cases.joined(separator: "; ")])
        return facts
    }
}
