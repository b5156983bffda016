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
        targets.withUnsafeMatrix { y in
            prediction.withUnsafeMatrix { a in error.withUnsafeMutableMatrix { self.error(targets: y, prediction: a, into: $0) } }
        }
    }

    /// `mean(error²)`: the squares summed in row-major order, divided by their count.
    public static func loss(_ error: Matrix) -> Double {
        error.withUnsafeMatrix { loss($0) }
    }

    /// `y − A`, from views into `error`.
    static func error(targets: UnsafeMatrix, prediction: UnsafeMatrix, into error: UnsafeMatrix) {
        UnsafeMatrix.zipMap(targets, prediction, into: error, -)
    }

    /// `mean(error²)` of a view.
    static func loss(_ error: UnsafeMatrix) -> Double {
        guard error.count > 0 else { return 0 }
        var sum = 0.0
        for value in error.elements { sum += value * value }
        return sum / Double(error.count)
    }
}
