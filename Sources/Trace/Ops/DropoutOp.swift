/// Inverted dropout (notes §4.3): while training, each number of a layer's output is switched off
/// with probability `p` (the rate), and the survivors are scaled by `1/(1 − p)` so that the
/// expected value of every number is unchanged (at test time the layer is the identity).
///
///     M[i] = 1 if u[i] ≥ p, else 0       u[i] uniform in [0, 1), one draw per element
///     D = A ⊙ M / (1 − p)                forward
///     ∂E/∂A = ∂E/∂D ⊙ M / (1 − p)        backward: switched-off numbers get no gradient
///
/// The mask comes from ``SplitMix64/nextUnit()``, one draw per element in row-major order, so a
/// seed fixes it on every machine (a reference script reproduces it draw by draw).
public enum DropoutOp {
    /// A `rows × columns` mask of 0 and 1, each 1 with probability `1 − rate`.
    public static func mask(rows: Int, columns: Int, rate: Double, generator: inout SplitMix64) -> Matrix {
        var mask = Matrix(rows: rows, columns: columns)
        self.mask(rate: rate, generator: &generator, into: &mask)
        return mask
    }

    /// A fresh mask into `mask` (its shape is kept), drawing one number per element in row-major order.
    public static func mask(rate: Double, generator: inout SplitMix64, into mask: inout Matrix) {
        mask.withUnsafeMutableMatrix { self.mask(rate: rate, generator: &generator, into: $0) }
    }

    /// `D = A ⊙ M / (1 − p)`.
    public static func forward(_ input: Matrix, mask: Matrix, rate: Double) -> Matrix {
        var output = input
        forward(input, mask: mask, rate: rate, into: &output)
        return output
    }

    /// `D = A ⊙ M / (1 − p)`, into `output`.
    public static func forward(_ input: Matrix, mask: Matrix, rate: Double, into output: inout Matrix) {
        input.withUnsafeMatrix { a in
            mask.withUnsafeMatrix { m in output.withUnsafeMutableMatrix { forward(a, mask: m, rate: rate, into: $0) } }
        }
    }

    /// `∂E/∂A = ∂E/∂D ⊙ M / (1 − p)`.
    public static func backward(_ upstream: Matrix, mask: Matrix, rate: Double) -> Matrix {
        var gradient = upstream
        backward(upstream, mask: mask, rate: rate, into: &gradient)
        return gradient
    }

    /// `∂E/∂A = ∂E/∂D ⊙ M / (1 − p)`, into `gradient`.
    public static func backward(_ upstream: Matrix, mask: Matrix, rate: Double, into gradient: inout Matrix) {
        upstream.withUnsafeMatrix { e in
            mask.withUnsafeMatrix { m in gradient.withUnsafeMutableMatrix { backward(e, mask: m, rate: rate, into: $0) } }
        }
    }

    // MARK: On views (the trainer's form; the forms above call these)

    /// A fresh mask into `mask`, one draw per element in row-major order.
    static func mask(rate: Double, generator: inout SplitMix64, into mask: UnsafeMatrix) {
        precondition(rate >= 0 && rate < 1, "a dropout rate must be in [0, 1), not \(rate)")
        let m = mask.elements
        for i in 0..<m.count { m[i] = generator.nextUnit() >= rate ? 1 : 0 }
    }

    /// `D = A ⊙ M / (1 − p)`, into `output`.
    static func forward(_ input: UnsafeMatrix, mask: UnsafeMatrix, rate: Double, into output: UnsafeMatrix) {
        let keep = 1 - rate
        UnsafeMatrix.zipMap(input, mask, into: output) { a, m in a * m / keep }
    }

    /// `∂E/∂A = ∂E/∂D ⊙ M / (1 − p)`, into `gradient`.
    static func backward(_ upstream: UnsafeMatrix, mask: UnsafeMatrix, rate: Double, into gradient: UnsafeMatrix) {
        let keep = 1 - rate
        UnsafeMatrix.zipMap(upstream, mask, into: gradient) { e, m in e * m / keep }
    }
}
