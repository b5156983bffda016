import Trace

extension Facts {
    /// `Error = δ_l ⋆ rot180(W_l)`: a convolution's delta sent back to its input maps through
    /// the same filters, every input pixel collecting from each patch it was part of.
    static func convBackpropagate(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let event = context.event
        var facts = Facts(title: .convBackpropagateTitle, context: context, phrases: phrases)
        let kernel = ConvolutionGeometry.kernel(from: event.inputShapes.first?.image, to: event.shape.image)
        facts.set([
            "delta": facts.symbol(0), "weights": facts.symbol(1),
            "deltaShape": event.inputShapes.first?.bracketed ?? "?", "mapsShape": event.shape.bracketed, "kernel": kernel.map(String.init) ?? "k",
            "patches": kernel.map { String($0 * $0) } ?? "k·k",
        ])
        facts.say(.convBackpropagateMeaning)
        if kernel != nil { facts.say(.convBackpropagateEdges) }
        guard let received = facts.sampledValues(), let top = received.largestMagnitude, let image = event.shape.image
        else { return facts }
        let place = image.place(ofColumn: top.column)
        facts.say(.convBackpropagateLargest, [
            "value": Numbers.fixed(top.value), "example": facts.example(top.row), "map": phrases.map(place.channel),
            "row": String(place.y + 1), "column": String(place.x + 1),
        ])
        return facts
    }

    /// `Error = unpool(E)`: each gradient goes back only to its block's maximum.
    static func poolBackpropagate(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let event = context.event
        var facts = Facts(title: .poolBackpropagateTitle, context: context, phrases: phrases)
        let size = event.shape.image.flatMap { maps -> Int? in
            guard let pooled = event.inputShapes.first, pooled.columns > 0 else { return nil }
            if let image = pooled.image { return max(maps.height / max(image.height, 1), 1) }
            // A gradient that comes back flattened (`Error_F`): C·H·W numbers for C·H·W/s² blocks.
            return max(Int((Double(maps.count) / Double(pooled.columns)).squareRoot()), 1)
        }
        facts.set(["upstream": facts.symbol(0), "size": size.map(String.init) ?? "s"])
        facts.say(.poolBackpropagateMeaning)
        guard let received = facts.sampledValues(), !received.elements.isEmpty else { return facts }
        let zeros = received.elements.filter { $0 == 0 }.count
        facts.say(.poolBackpropagateCount, [
            "zeros": String(zeros), "total": String(received.elements.count),
            "nonzero": String(received.elements.count - zeros),
        ])
        return facts
    }

    /// `Error = E ⊙ M / (1 − p)`: what was switched off going forward receives nothing back.
    static func dropoutBackpropagate(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .dropoutBackpropagateTitle, context: context, phrases: phrases)
        let rate = Self.dropoutRate(in: context.event.formula)
        facts.set([
            "upstream": facts.symbol(0), "mask": facts.symbol(1), "rate": rate.map { Numbers.compact($0) } ?? "p",
            "scale": rate.map { Numbers.compact(1 / (1 - $0)) } ?? "1/(1 − p)",
        ])
        facts.say(.dropoutBackpropagateMeaning)
        guard let received = facts.sampledValues(), let mask = facts.operand(1), mask.hasSameShape(as: received)
        else { return facts }
        facts.say(.dropoutBackpropagateCount, [
            "zeros": String(mask.elements.filter { $0 == 0 }.count), "total": String(received.elements.count),
        ])
        return facts
    }
}

extension ConvolutionGeometry {
    /// The side `k` of the filters that turn maps of `input` into maps of `output` (stride 1, no
    /// padding): `H − oh + 1`.
    static func kernel(from output: TensorShape?, to input: TensorShape?) -> Int? {
        guard let output, let input, input.height >= output.height else { return nil }
        return input.height - output.height + 1
    }
}
