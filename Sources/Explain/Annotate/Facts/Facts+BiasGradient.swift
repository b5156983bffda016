import Trace

extension Facts {
    /// `Δb_l = η·Σ δ_l`: each column of deltas summed over the examples, with no input factor,
    /// and where examples pulling in opposite directions cancel out. A mean over the batch,
    /// momentum and Adam are said as for the weights; a convolution's bias sums every position
    /// of its filter's map.
    static func biasGradient(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let event = context.event
        let rule = context.rule
        let deltaShape = event.inputShapes.first ?? Shape([])
        let examples = deltaShape.dimensions.first ?? 0
        var facts = Facts(title: .biasGradientTitle, context: context, phrases: phrases)
        facts.set([
            "delta": facts.symbol(0), "examples": String(examples),
            "factor": Numbers.short(context.learningRate / Double(max(examples, 1)), digits: 6),
        ])
        let isConvolution = deltaShape.dimensions.count == 4
        if isConvolution {
            facts.say(.biasGradientConvolution, ["positions": String(deltaShape.image.map { $0.height * $0.width } ?? 0)])
        } else {
            facts.say(rule.averages || !rule.isPlainProduct ? .biasGradientProduct : .biasGradientMeaning)
        }
        if rule.averages || !rule.isPlainProduct {
            facts.sayReduction(rule, sum: .biasGradientSum, mean: .biasGradientMean, adam: .biasGradientAdam)
        }
        guard let change = facts.sampledValues(), !isConvolution, rule.isPlainProduct, let deltas = facts.operand(0),
              deltas.columns == change.columns, change.rows == 1, deltas.rows <= 8 else { return facts }
        let scale = Self.scale(context, rule, examples: examples)
        for j in 0..<min(change.columns, 4) {
            facts.say(.biasGradientColumn, [
                "neuron": phrases.neuron(j), "terms": Numbers.sum(deltas.columnValues(j)),
                "value": Numbers.fixed(change[0, j]), "eta": scale,
            ])
        }
        let mixed = (0..<change.columns).filter { j in
            let column = deltas.columnValues(j)
            return column.contains { $0 > 0 } && column.contains { $0 < 0 }
        }
        func lost(_ j: Int) -> Double {
            let column = deltas.columnValues(j)
            return column.map(abs).reduce(0, +) - abs(column.reduce(0, +))
        }
        if let j = mixed.max(by: { lost($0) < lost($1) }) {
            let column = deltas.columnValues(j)
            facts.say(.biasGradientCancel, [
                "neuron": phrases.neuron(j), "sum": Numbers.fixed(column.reduce(0, +)),
                "absolute": Numbers.fixed(column.map(abs).reduce(0, +)),
            ])
        }
        return facts
    }
}
