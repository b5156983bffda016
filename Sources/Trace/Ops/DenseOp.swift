/// A dense layer's two rules: the weighted sum going forward, and what the delta of its output
/// says about its input, weights and bias going back.
///
/// Forward, row-major as the notes (`[n×k]·[k×m] + [1×m] → [n×m]`):
///
///     Z = A·W + b          (b is added to every row)
///
/// Backward, given the delta `δ = −∂E/∂Z` of the output (the notes' sign):
///
///     −∂E/∂A = δ·Wᵀ        [n×m]·[m×k] → [n×k]   (the notes' Error_hidden)
///     −∂E/∂W = Aᵀ·δ        [k×n]·[n×m] → [k×m]   (ΔW before η: summed over the n examples)
///     −∂E/∂b = Σ_rows δ    [n×m] → [1×m]
///
/// Each rule comes in two forms: one returning a new matrix, and one writing into a matrix of
/// the result's shape (for the trainer's reused buffers). Both compute the same numbers.
public enum DenseOp {
    /// `Z = A·W + b`.
    public static func forward(_ input: Matrix, weights: Matrix, bias: Matrix) -> Matrix {
        var z = Matrix(rows: input.rows, columns: weights.columns)
        forward(input, weights: weights, bias: bias, into: &z)
        return z
    }

    /// `Z = A·W + b`, into `z`.
    public static func forward(_ input: Matrix, weights: Matrix, bias: Matrix, into z: inout Matrix) {
        input.withUnsafeMatrix { a in
            weights.withUnsafeMatrix { w in
                bias.withUnsafeMatrix { b in z.withUnsafeMutableMatrix { forward(a, weights: w, bias: b, into: $0) } }
            }
        }
    }

    /// `δ·Wᵀ`: the delta sent back to the layer's input.
    public static func inputDelta(_ delta: Matrix, weights: Matrix) -> Matrix {
        var back = Matrix(rows: delta.rows, columns: weights.rows)
        inputDelta(delta, weights: weights, into: &back)
        return back
    }

    /// `δ·Wᵀ`, into `back`.
    public static func inputDelta(_ delta: Matrix, weights: Matrix, into back: inout Matrix) {
        delta.withUnsafeMatrix { d in
            weights.withUnsafeMatrix { w in back.withUnsafeMutableMatrix { inputDelta(d, weights: w, into: $0) } }
        }
    }

    /// `Aᵀ·δ`: the weights' gradient direction, summed over the examples of the batch.
    public static func weightGradient(_ input: Matrix, delta: Matrix) -> Matrix {
        var gradient = Matrix(rows: input.columns, columns: delta.columns)
        weightGradient(input, delta: delta, into: &gradient)
        return gradient
    }

    /// `Aᵀ·δ`, into `gradient`.
    public static func weightGradient(_ input: Matrix, delta: Matrix, into gradient: inout Matrix) {
        input.withUnsafeMatrix { a in
            delta.withUnsafeMatrix { d in gradient.withUnsafeMutableMatrix { weightGradient(a, delta: d, into: $0) } }
        }
    }

    /// `Σ_rows δ`: the bias's gradient direction.
    public static func biasGradient(_ delta: Matrix) -> Matrix {
        var gradient = Matrix(rows: 1, columns: delta.columns)
        biasGradient(delta, into: &gradient)
        return gradient
    }

    /// `Σ_rows δ`, into `gradient`.
    public static func biasGradient(_ delta: Matrix, into gradient: inout Matrix) {
        delta.withUnsafeMatrix { d in gradient.withUnsafeMutableMatrix { biasGradient(d, into: $0) } }
    }

    // MARK: On views (the trainer's form; the forms above call these)

    /// `Z = A·W + b`, into `z`.
    static func forward(_ input: UnsafeMatrix, weights: UnsafeMatrix, bias: UnsafeMatrix, into z: UnsafeMatrix) {
        UnsafeMatrix.product(input, weights, into: z, addingRow: bias)
    }

    /// `δ·Wᵀ`, into `back`.
    static func inputDelta(_ delta: UnsafeMatrix, weights: UnsafeMatrix, into back: UnsafeMatrix) {
        UnsafeMatrix.productTransposingRight(delta, weights, into: back)
    }

    /// `Aᵀ·δ`, into `gradient`.
    static func weightGradient(_ input: UnsafeMatrix, delta: UnsafeMatrix, into gradient: UnsafeMatrix) {
        UnsafeMatrix.productTransposingLeft(input, delta, into: gradient)
    }

    /// `Σ_rows δ`, into `gradient`.
    static func biasGradient(_ delta: UnsafeMatrix, into gradient: UnsafeMatrix) {
        UnsafeMatrix.columnSums(delta, into: gradient)
    }
}
