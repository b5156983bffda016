import Trace

extension Facts {
    /// `X` or `y`: what the rows and columns are, and the cases of this lesson; for images, how
    /// each row holds one; for one-hot targets, what a row says; in an epoch of several
    /// batches, which batch this is.
    static func data(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let isTargets = context.event.name == "y"
        var facts = Facts(title: isTargets ? .targetsTitle : .inputsTitle, context: context, phrases: phrases)
        facts.set(["examples": String(context.event.shape.dimensions.first ?? 0)])
        facts.say(isTargets ? .targetsMeaning : .inputsMeaning)
        if !isTargets, let image = context.event.shape.image {
            facts.say(.inputsImages, ["image": image.description, "count": String(image.count)])
        }
        if !isTargets, let batch = context.event.batch {
            facts.say(.inputsBatch, ["batch": String(batch)])
        }
        guard let matrix = facts.sampledValues() else { return facts }
        if isTargets, matrix.columns > 1, Classes.isOneHot(matrix) {
            facts.say(.targetsOneHot, ["classes": String(matrix.columns),
                                       "first": phrases.classLabel(Classes.label(matrix.rowValues(0)) ?? 0)])
        }
        guard matrix.columns <= 4, matrix.rows <= 16 else { return facts }
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
