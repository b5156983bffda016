/// An element-wise activation's two rules.
///
/// Forward: `A = f(Z)`. Backward, given `E = −∂E/∂A` arriving from above:
///
///     δ = E ⊙ f'(Z)
///
/// where for the sigmoid `f'(Z) = A ⊙ (1 − A)`, as the notes' `sigmoid_derivative`. Each rule
/// also has a form writing into a matrix of the result's shape.
public enum ActivationOp {
    /// `A = f(Z)`, element by element.
    public static func forward(_ z: Matrix, _ activation: Activation) -> Matrix {
        var a = z
        forward(z, activation, into: &a)
        return a
    }

    /// `A = f(Z)`, into `a`.
    public static func forward(_ z: Matrix, _ activation: Activation, into a: inout Matrix) {
        Matrix.map(z, into: &a, activation.apply)
    }

    /// `f'(Z)` element by element, from the input `z` and the output `a`.
    public static func slope(_ z: Matrix, _ a: Matrix, _ activation: Activation) -> Matrix {
        var slope = z
        self.slope(z, a, activation, into: &slope)
        return slope
    }

    /// `f'(Z)`, into `slope`.
    public static func slope(_ z: Matrix, _ a: Matrix, _ activation: Activation, into slope: inout Matrix) {
        Matrix.zipMap(z, a, into: &slope, activation.derivative)
    }

    /// `δ = E ⊙ f'(Z)`, given the slope from ``slope(_:_:_:)``.
    public static func backward(_ upstream: Matrix, slope: Matrix) -> Matrix {
        var delta = upstream
        backward(upstream, slope: slope, into: &delta)
        return delta
    }

    /// `δ = E ⊙ f'(Z)`, into `delta`.
    public static func backward(_ upstream: Matrix, slope: Matrix, into delta: inout Matrix) {
        Matrix.zipMap(upstream, slope, into: &delta, *)
    }
}
