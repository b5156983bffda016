import Trace

extension Facts {
    /// `Z_l = A_{l−1}·W_l + b_l`: the product's shapes, the broadcast bias row, and the largest
    /// weighted sum worked out term by term; for handwritten digits, the notes' MNIST shapes
    /// (`[batch×784]·[784×128]`, §3) beside this lesson's.
    static func affine(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let event = context.event
        var facts = Facts(title: .affineTitle, context: context, phrases: phrases)
        let shapes = event.inputShapes
        facts.set([
            "input": facts.symbol(0), "weights": facts.symbol(1), "bias": facts.symbol(2),
            "productRule": shapes.count == 3
                ? "\(shapes[0].bracketed)·\(shapes[1].bracketed) → \(event.shape.bracketed)" : event.shapeRule,
            "biasShape": shapes.count == 3 ? shapes[2].bracketed : "?",
            "examples": String(event.shape.dimensions.first ?? 0),
        ])
        facts.say(.affineProduct)
        facts.say(.affineBroadcast)
        if context.layer == 1, event.inputs.first == "X", shapes.count == 3 {
            switch shapes[0].columns {
            case 64: facts.say(.affineNotesDigits)
            case 784: facts.say(.affineNotesMnist)
            default: break
            }
        }
        guard let sums = facts.sampledValues(), let top = sums.largest else { return facts }
        var values = [
            "value": Numbers.fixed(top.value), "example": facts.example(top.row), "neuron": phrases.neuron(top.column),
        ]
        if let input = facts.operand(0), let weights = facts.operand(1), let bias = facts.operand(2),
           input.columns <= 4, input.rows == sums.rows, weights.columns == sums.columns, bias.columns == sums.columns {
            let products = (0..<input.columns).map { k in
                Numbers.product(Numbers.element(input[top.row, k], of: event.inputs[0]),
                                Numbers.fixed(weights[k, top.column]))
            }
            let b = bias[0, top.column]
            values["expansion"] = products.joined(separator: " + ") + (b < 0 ? " - " : " + ")
                + Numbers.fixed(abs(b)) + " = " + Numbers.fixed(top.value)
            facts.say(.affineLargestExpanded, values)
        } else {
            facts.say(.affineLargest, values)
        }
        facts.say(.affineNext)
        return facts
    }
}
