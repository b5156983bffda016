import Foundation

/// An activation's two rules.
///
/// Forward: `A = f(Z)`, element by element, except the softmax, which works on each row
/// (one example) with its largest element subtracted first so that no `e^z` overflows:
///
///     A[r, i] = e^(Z[r, i] − m) / Σⱼ e^(Z[r, j] − m),   m = maxⱼ Z[r, j]
///
/// Backward, given `E = −∂E/∂A` arriving from above (the rules are linear in `E`, so `+∂E/∂A`
/// gives `+∂E/∂Z` just as well):
///
///     δ = E ⊙ f'(Z)                              element-wise activations
///     δᵢ = aᵢ·(Eᵢ − Σⱼ Eⱼ·aⱼ)   on every row       softmax
///
/// where for the sigmoid `f'(Z) = A ⊙ (1 − A)`, as the notes' `sigmoid_derivative`. The softmax
/// rule is the product of the row's Jacobian `∂aᵢ/∂zⱼ = aᵢ·(1[i = j] − aⱼ)` by `E`, without
/// forming the Jacobian. Each rule also has a form writing into a matrix of the result's shape.
public enum ActivationOp {
    /// `A = f(Z)`: element by element, or row by row for the softmax.
    public static func forward(_ z: Matrix, _ activation: Activation) -> Matrix {
        var a = z
        forward(z, activation, into: &a)
        return a
    }

    /// `A = f(Z)`, into `a` (of the shape of `z`); the softmax row by row.
    public static func forward(_ z: Matrix, _ activation: Activation, into a: inout Matrix) {
        z.withUnsafeMatrix { z in a.withUnsafeMutableMatrix { forward(z, activation, into: $0) } }
    }

    /// The softmax of every row of `z`, into `a`: `aᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m)`, `m` the row's
    /// maximum. Each row sums to 1 (up to rounding); the exponentials are summed left to right.
    public static func softmax(_ z: Matrix, into a: inout Matrix) {
        z.withUnsafeMatrix { z in a.withUnsafeMutableMatrix { softmax(z, into: $0) } }
    }

    /// `f'(Z)` element by element, from the input `z` and the output `a`.
    ///
    /// For the softmax this is only the diagonal of each row's Jacobian, `∂aᵢ/∂zᵢ = aᵢ·(1 − aᵢ)`:
    /// the softmax's backward rule also needs the rest, so use
    /// ``backward(_:z:a:_:into:)`` for it, not ``backward(_:slope:)``.
    public static func slope(_ z: Matrix, _ a: Matrix, _ activation: Activation) -> Matrix {
        var slope = z
        self.slope(z, a, activation, into: &slope)
        return slope
    }

    /// `f'(Z)`, into `slope` (for the softmax, the diagonal `A ⊙ (1 − A)` of its Jacobian).
    public static func slope(_ z: Matrix, _ a: Matrix, _ activation: Activation, into slope: inout Matrix) {
        Matrix.zipMap(z, a, into: &slope, activation.derivative)
    }

    /// `δ = E ⊙ f'(Z)`, given the slope from ``slope(_:_:_:)`` (element-wise activations only).
    public static func backward(_ upstream: Matrix, slope: Matrix) -> Matrix {
        var delta = upstream
        backward(upstream, slope: slope, into: &delta)
        return delta
    }

    /// `δ = E ⊙ f'(Z)`, into `delta`.
    public static func backward(_ upstream: Matrix, slope: Matrix, into delta: inout Matrix) {
        Matrix.zipMap(upstream, slope, into: &delta, *)
    }

    /// The delta `δ` of the activation's input, from the delta `E` of its output and its input `z`
    /// and output `a`:
    ///
    ///     δ = E ⊙ f'(Z)                                element-wise activations
    ///     δᵢ = aᵢ·(Eᵢ − Σⱼ Eⱼ·aⱼ)   on every row         softmax (Jacobian times E)
    ///
    /// For the sigmoid each element is exactly `E·(a·(1 − a))`, the same number as
    /// ``backward(_:slope:)`` with ``slope(_:_:_:)``.
    public static func backward(_ upstream: Matrix, z: Matrix, a: Matrix, _ activation: Activation) -> Matrix {
        var delta = upstream
        backward(upstream, z: z, a: a, activation, into: &delta)
        return delta
    }

    /// The delta of the activation's input, into `delta`; see ``backward(_:z:a:_:)``.
    public static func backward(_ upstream: Matrix, z: Matrix, a: Matrix, _ activation: Activation,
                                into delta: inout Matrix) {
        upstream.withUnsafeMatrix { e in
            z.withUnsafeMatrix { z in
                a.withUnsafeMatrix { a in delta.withUnsafeMutableMatrix { backward(e, z: z, a: a, activation, into: $0) } }
            }
        }
    }

    // MARK: On views (the trainer's form; the forms above call these)

    /// `A = f(Z)`, into `a`; the softmax row by row.
    static func forward(_ z: UnsafeMatrix, _ activation: Activation, into a: UnsafeMatrix) {
        switch activation {
        case .softmax: softmax(z, into: a)
        case .sigmoid: UnsafeMatrix.map(z, into: a) { 1 / (1 + exp(-$0)) }
        case .relu: UnsafeMatrix.map(z, into: a) { $0 > 0 ? $0 : 0 }
        default: UnsafeMatrix.map(z, into: a, activation.apply)
        }
    }

    /// The softmax of every row of `z`, into `a`.
    static func softmax(_ z: UnsafeMatrix, into a: UnsafeMatrix) {
        precondition(z.hasSameShape(as: a), "softmax of \(z.shape.bracketed) into \(a.shape.bracketed)")
        let n = z.columns
        guard n > 0 else { return }
        let (z, a) = (z.elements, a.elements)
        for row in 0..<(z.count / n) {
            let start = row * n
            var largest = z[start]
            for j in 1..<n where z[start + j] > largest { largest = z[start + j] }
            var sum = 0.0
            for j in 0..<n {
                let e = exp(z[start + j] - largest)
                a[start + j] = e
                sum += e
            }
            let inverse = 1 / sum
            for j in 0..<n { a[start + j] *= inverse }
        }
    }

    /// The delta of the activation's input, into `delta`.
    static func backward(_ upstream: UnsafeMatrix, z: UnsafeMatrix, a: UnsafeMatrix, _ activation: Activation,
                         into delta: UnsafeMatrix) {
        precondition(upstream.hasSameShape(as: z) && z.hasSameShape(as: a) && a.hasSameShape(as: delta),
                     "activation backward on \(upstream.shape.bracketed), \(z.shape.bracketed), \(a.shape.bracketed) into \(delta.shape.bracketed)")
        switch activation {
        case .softmax:
            softmaxBackward(upstream, a: a, into: delta)
        case .sigmoid:
            UnsafeMatrix.zipMap(upstream, a, into: delta) { e, a in e * (a * (1 - a)) }
        case .relu:
            UnsafeMatrix.zipMap(upstream, z, into: delta) { e, z in z > 0 ? e : 0 }
        case .linear:
            UnsafeMatrix.map(upstream, into: delta) { $0 }
        default:
            let (e, z, a, d) = (upstream.elements, z.elements, a.elements, delta.elements)
            for i in 0..<d.count { d[i] = e[i] * activation.derivative(z: z[i], a: a[i]) }
        }
    }

    /// The softmax's rule on every row: `δᵢ = aᵢ·(Eᵢ − Σⱼ Eⱼ·aⱼ)`, the sum left to right.
    private static func softmaxBackward(_ upstream: UnsafeMatrix, a: UnsafeMatrix, into delta: UnsafeMatrix) {
        let n = a.columns
        guard n > 0 else { return }
        let (e, a, d) = (upstream.elements, a.elements, delta.elements)
        for row in 0..<(a.count / n) {
            let start = row * n
            var weighted = 0.0
            for j in 0..<n { weighted += e[start + j] * a[start + j] }
            for i in 0..<n { d[start + i] = a[start + i] * (e[start + i] - weighted) }
        }
    }
}
