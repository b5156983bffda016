import Trace

extension Facts {
    /// `Error_l = δ_{l+1}·W_{l+1}ᵀ`: the shape rule, and how each hidden neuron's column is the
    /// delta scaled by that neuron's weight (whose sign can flip the blame).
    static func backpropagate(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let event = context.event
        var facts = Facts(title: .backpropagateTitle, context: context, phrases: phrases)
        let weightsShape = event.inputShapes.count > 1 ? event.inputShapes[1] : Shape([])
        facts.set([
            "delta": facts.symbol(0), "weights": facts.symbol(1), "weightsShape": weightsShape.bracketed,
            "transposedShape": Shape(weightsShape.dimensions.reversed()).bracketed,
        ])
        facts.say(.backpropagateMeaning)
        facts.say(.backpropagateRaw)
        guard let received = facts.sampledValues(), let deltas = facts.operand(0), let weights = facts.operand(1),
              deltas.rows == received.rows, weights.rows == received.columns, weights.columns == deltas.columns
        else { return facts }
        guard weights.columns == 1 else {
            facts.say(.backpropagateMixed)
            if let top = received.largestMagnitude {
                facts.say(.backpropagateLargest, [
                    "value": Numbers.fixed(top.value), "example": facts.example(top.row),
                    "neuron": phrases.neuron(top.column),
                ])
            }
            return facts
        }
        let neurons = Array(0..<weights.rows)
        func label(_ j: Int) -> String {
            context.layerCount == 2 ? "w'_\(j + 1)" : "\(facts.symbol(1))[\(j + 1),1]"
        }
        facts.say(.backpropagatePerWeight, [
            "weightList": neurons.map { "\(label($0)) = \(Numbers.fixed(weights[$0, 0]))" }.joined(separator: ", "),
            "columns": neurons.prefix(4).map {
                "\(phrases.neuron($0)): \(facts.symbol(0)) × \(Numbers.factor(Numbers.fixed(weights[$0, 0])))"
            }.joined(separator: "; "),
        ])
        let flipping = neurons.filter { weights[$0, 0] < 0 }.max { abs(weights[$0, 0]) < abs(weights[$1, 0]) }
        if let j = flipping, let top = deltas.largestMagnitude {
            facts.say(.backpropagateFlip, [
                "weightName": label(j), "weight": Numbers.fixed(weights[j, 0]), "neuron": phrases.neuron(j),
                "example": facts.example(top.row), "deltaValue": Numbers.fixed(top.value),
                "value": Numbers.fixed(received[top.row, j]),
            ])
        } else {
            facts.say(.backpropagateSameSign)
        }
        if let j = neurons.max(by: { abs(weights[$0, 0]) < abs(weights[$1, 0]) }), neurons.count > 1 {
            facts.say(.backpropagateStrongest, [
                "neuron": phrases.neuron(j), "weightName": label(j), "weight": Numbers.fixed(weights[j, 0]),
            ])
        }
        return facts
    }
}
