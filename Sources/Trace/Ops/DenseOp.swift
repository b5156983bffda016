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
public enum DenseOp {
    /// `Z = A·W + b`.
    public static func forward(_ input: Matrix, weights: Matrix, bias: Matrix) -> Matrix {
        input.dot(weights).addingRow(bias)
    }

    /// `δ·Wᵀ`: the delta sent back to the layer's input.
    public static func inputDelta(_ delta: Matrix, weights: Matrix) -> Matrix {
        delta.dot(weights.transposed)
    }

    /// `Aᵀ·δ`: the weights' gradient direction, summed over the examples of the batch.
    public static func weightGradient(_ input: Matrix, delta: Matrix) -> Matrix {
        input.transposed.dot(delta)
    }

    /// `Σ_rows δ`: the bias's gradient direction.
    public static func biasGradient(_ delta: Matrix) -> Matrix {
        delta.columnSums
    }
}
