import Trace

extension Facts {
    /// `Δb_l = η·Σ δ_l`: each column of deltas summed over the examples, with no input factor,
    /// and where examples pulling in opposite directions cancel out.
    static func biasGradient(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .biasGradientTitle, context: context, phrases: phrases)
        facts.set([
            "delta": facts.symbol(0), "examples": String(context.event.inputShapes.first?.dimensions.first ?? 0),
        ])
        facts.say(.biasGradientMeaning)
        guard let change = facts.sampledValues(), let deltas = facts.operand(0), deltas.columns == change.columns,
              change.rows == 1, deltas.rows <= 8 else { return facts }
        for j in 0..<min(change.columns, 4) {
            facts.say(.biasGradientColumn, [
                "neuron": phrases.neuron(j), "terms": Numbers.sum(deltas.columnValues(j)),
                "value": Numbers.fixed(change[0, j]),
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
