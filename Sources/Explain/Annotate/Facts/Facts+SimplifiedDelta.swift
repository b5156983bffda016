import Trace

extension Facts {
    /// `δ_L = A_L − y`: the notes' simplification of softmax with cross-entropy (§3.2), the
    /// XOR error with its sign turned round (hence `W -= …`), the first example's right class,
    /// no slope to shrink it, and the size of δ in a deeper network.
    static func simplifiedDelta(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .simplifiedDeltaTitle, context: context, phrases: phrases)
        let prediction = facts.operand(0)
        let columns = prediction?.columns ?? context.event.shape.columns
        let isSoftmax = context.activation(ofLayer: context.layerCount).map { $0 == .softmax } ?? (columns > 1)
        facts.set(["prediction": facts.symbol(0), "sum": Notation.symbol(for: Notation.sumName(context.layer))])
        facts.say(isSoftmax ? .simplifiedDeltaSoftmax : .simplifiedDeltaSigmoid)
        facts.say(.simplifiedDeltaSign)
        if let deltas = facts.sampledValues(), let prediction, prediction.hasSameShape(as: deltas) {
            let targets = context.values["y"].flatMap { $0.hasSameShape(as: deltas) ? $0 : nil }
            if isSoftmax, let targets, let right = Classes.label(targets.rowValues(0)) {
                facts.say(.simplifiedDeltaFirst, [
                    "example": facts.example(0), "class": phrases.classLabel(right),
                    "probability": Numbers.fixed(prediction[0, right]), "value": Numbers.fixed(deltas[0, right]),
                ])
            } else if let top = deltas.largestMagnitude {
                facts.say(.simplifiedDeltaLargest, [
                    "example": facts.example(top.row), "predicted": Numbers.fixed(prediction[top.row, top.column]),
                    "target": targets.map { Numbers.compact($0[top.row, top.column]) } ?? "y",
                    "value": Numbers.fixed(top.value),
                ])
            }
        }
        facts.say(.simplifiedDeltaNoSlope)
        if let deltas = context.event.values { facts.sayDeltaSizes(deltas) }
        return facts
    }

    /// `δ = error`: the perceptron rule of §1.1, no derivative, which examples it gets wrong,
    /// and whether it corrects after each example (the notes' code) or after a batch.
    static func perceptronDelta(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .perceptronDeltaTitle, context: context, phrases: phrases)
        facts.set(["error": facts.symbol(0), "rows": String(context.event.shape.rows)])
        facts.say(.perceptronDeltaMeaning)
        if let errors = facts.sampledValues() {
            let wrong = (0..<errors.rows).filter { row in errors.rowValues(row).contains { $0 != 0 } }
            if wrong.isEmpty {
                facts.say(.perceptronDeltaAllRight)
            } else {
                facts.say(.perceptronDeltaWrong, [
                    "wrong": String(wrong.count),
                    "list": phrases.list(wrong.prefix(8).map { facts.example($0) }) + (wrong.count > 8 ? "…" : ""),
                ])
            }
        }
        facts.say(context.event.shape.rows > 1 ? .perceptronDeltaBatch : .perceptronDeltaSingle)
        return facts
    }
}
