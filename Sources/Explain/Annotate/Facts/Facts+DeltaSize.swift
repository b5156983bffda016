import Trace

extension Facts {
    /// In a network deeper than the notes' XOR one, the size (Frobenius norm) of this delta and
    /// of the deltas of the layers above, which this batch computed just before it, so that a
    /// student sees δ shrink layer after layer behind sigmoids (σ' ≤ 0.25) and ReLU keep it
    /// (the vanishing gradient, §3.1).
    ///
    /// Going backward, every delta above this layer was computed earlier in the same batch, so
    /// the context's latest values of `delta_{l+1}`, … are this batch's.
    mutating func sayDeltaSizes(_ deltas: Matrix) {
        guard context.layerCount > 2 else { return }
        let layer = context.layer
        say(.deltaSize, ["norm": Numbers.fixed(deltas.norm)])
        let above = ((layer + 1)...max(layer + 1, context.layerCount)).reversed().compactMap { l -> (Int, Double)? in
            guard l <= context.layerCount,
                  let matrix = context.values[Notation.deltaName(l, depth: context.layerCount)] else { return nil }
            return (l, matrix.norm)
        }
        guard let upper = above.last else { return }
        let list = (above + [(layer, deltas.norm)]).map { l, norm in
            Notation.symbol(for: Notation.deltaName(l, depth: context.layerCount)) + " " + Numbers.fixed(norm)
        }
        say(.deltaSizes, ["list": list.joined(separator: " → ")])
        let values = [
            "upper": Notation.symbol(for: Notation.deltaName(upper.0, depth: context.layerCount)),
            "ratio": upper.1 > 0 ? Numbers.fixed(deltas.norm / upper.1) : "∞",
        ]
        switch context.slopeActivation {
        case .sigmoid where deltas.norm < upper.1: say(.deltaShrinks, values)
        case .relu, .leakyRelu: say(.deltaKeeps, values)
        default: say(.deltaRatio, values)
        }
    }
}
