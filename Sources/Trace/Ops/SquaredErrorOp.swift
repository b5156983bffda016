/// The notes' error and loss for a prediction `A` of targets `y` (§2, §2.3).
///
///     error = y − A                 (what the notes propagate)
///     loss  = mean(error²)          (what the notes plot: np.mean(np.square(error)))
///
/// The error is exactly `−∂E/∂A` for `E = ½·Σ(y − A)²`, the sum-of-squares the gradients of the
/// notes' code descend — which is why their updates are `+=`.
public enum SquaredErrorOp {
    /// `y − A`.
    public static func error(targets: Matrix, prediction: Matrix) -> Matrix {
        targets - prediction
    }

    /// `mean(error²)`.
    public static func loss(_ error: Matrix) -> Double {
        error.map { $0 * $0 }.mean
    }
}
