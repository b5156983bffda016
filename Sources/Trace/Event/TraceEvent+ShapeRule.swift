extension TraceEvent {
    /// The shapes of the formula, as the notes reason about them: `[4×2]·[2×2] + [1×2] → [4×2]`.
    ///
    /// Transposed operands show their transposed shape (`A₁ᵀ` of a `[4×2]` `A₁` is `[2×4]`), so
    /// the rule reads like the matrix product it stands for; `Σ` sums the rows (the examples).
    public var shapeRule: String {
        let s = inputShapes.map(\.bracketed)
        let t = inputShapes.map { Shape($0.dimensions.reversed()).bracketed }
        let out = "→ " + shape.bracketed
        switch (operation, s.count) {
        case (.affine, 3): return "\(s[0])·\(s[1]) + \(s[2]) \(out)"
        case (.backpropagate, 2): return "\(s[0])·\(t[1]) \(out)"
        case (.weightGradient, 2): return "\(t[0])·\(s[1]) \(out)"
        case (.biasGradient, 1): return "Σ\(s[0]) \(out)"
        case (.residual, 2): return "\(s[0]) − \(s[1]) \(out)"
        case (.update, 2): return "\(s[0]) + \(s[1]) \(out)"
        case (.outputDelta, 2), (.hiddenDelta, 2): return "\(s[0]) ⊙ \(s[1]) \(out)"
        case (.meanSquaredError, 1): return "mean \(s[0]) \(out)"
        case (_, 0): return shape.bracketed
        default: return s.joined(separator: ", ") + " \(out)"
        }
    }
}
