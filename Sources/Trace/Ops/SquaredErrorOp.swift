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
        var error = targets
        self.error(targets: targets, prediction: prediction, into: &error)
        return error
    }

    /// `y − A`, into `error`.
    public static func error(targets: Matrix, prediction: Matrix, into error: inout Matrix) {
        Matrix.zipMap(targets, prediction, into: &error, -)
    }

    /// `mean(error²)`: the squares summed in row-major order, divided by their count.
    public static func loss(_ error: Matrix) -> Double {
        guard !error.elements.isEmpty else { return 0 }
        var sum = 0.0
        for value in error.elements { sum += value * value }
        return sum / Double(error.elements.count)
    }
}
