/// The logistic activation's slope, as the annotations reason about it.
enum Sigmoid {
    /// `σ'(z)` from `a = σ(z)`: `a·(1 − a)`, the notes' `sigmoid_derivative`. At most 0.25.
    static func slope(_ a: Double) -> Double { a * (1 - a) }

    /// A neuron whose slope is below this is called saturated: its `σ` lies outside
    /// `(0.05, 0.95)`, where the curve is nearly flat and passes back under a fifth of the
    /// slope it has at `σ = 0.5`.
    static let saturatedSlope = 0.05 * 0.95

    /// Whether an activation `a` is saturated.
    static func isSaturated(_ a: Double) -> Bool { slope(a) < saturatedSlope }
}
