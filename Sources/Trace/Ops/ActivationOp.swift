/// An element-wise activation's two rules.
///
/// Forward: `A = f(Z)`. Backward, given `E = −∂E/∂A` arriving from above:
///
///     δ = E ⊙ f'(Z)
///
/// where for the sigmoid `f'(Z) = A ⊙ (1 − A)`, as the notes' `sigmoid_derivative`.
public enum ActivationOp {
    /// `A = f(Z)`, element by element.
    public static func forward(_ z: Matrix, _ activation: Activation) -> Matrix {
        z.map(activation.apply)
    }

    /// `f'(Z)` element by element, from the input `z` and the output `a`.
    public static func slope(_ z: Matrix, _ a: Matrix, _ activation: Activation) -> Matrix {
        z.zipMap(a, activation.derivative)
    }

    /// `δ = E ⊙ f'(Z)`, given the slope from ``slope(_:_:_:)``.
    public static func backward(_ upstream: Matrix, slope: Matrix) -> Matrix {
        upstream.hadamard(slope)
    }
}
