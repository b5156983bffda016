import Foundation

/// A loss's value and gradient for a prediction `A` of targets `y`, both `[examples × outputs]`
/// (see ``Loss`` for each loss's formula).
///
/// The value is the number reported per batch; the gradient is `∂L/∂A` of `L = Σ` over the
/// examples of `ℓ` (the sum, as the notes' updates sum over the batch):
///
///     mse            ∂L/∂A = A − y
///     mae            ∂L/∂A = sign(A − y)          (0 where A = y)
///     bce            ∂L/∂A = (A − y) / (A·(1 − A))
///     cross_entropy  ∂L/∂A = −y / A
///
/// This is `+∂L/∂A`; the notes propagate its opposite (`error = y − A` is `−∂L/∂A` for the
/// squared error), so a trainer following their sign negates it.
///
/// Logarithms: the *value* clamps every probability into `[1e-12, 1 − 1e-12]` before `ln`, so that
/// a prediction of exactly 0 or 1 gives a large finite loss instead of `∞` or `NaN` (`0·ln 0`).
/// The gradients are the exact formulas, unclamped; a term whose target coefficient is zero is
/// left out (it contributes 0), so `−y/A` is 0 where `y = 0` even if `A = 0`.
public enum LossOp {
    /// The bounds of the probabilities inside the value's logarithms.
    public static let probabilityClamp = (lower: 1e-12, upper: 1 - 1e-12)

    // MARK: Value

    /// The reported value (see ``Loss``), summed in row-major order:
    ///
    ///     mse            mean over all elements of (y − A)²   (= SquaredErrorOp.loss(y − A))
    ///     mae            mean over all elements of |y − A|
    ///     bce            mean over all elements of −[y·ln A + (1 − y)·ln(1 − A)]
    ///     cross_entropy  (1/rows)·Σ −y·ln A
    ///
    /// An empty prediction has value 0.
    public static func value(_ loss: Loss, prediction: Matrix, targets: Matrix) -> Double {
        prediction.withUnsafeMatrix { a in targets.withUnsafeMatrix { y in value(loss, prediction: a, targets: y) } }
    }

    /// The reported value, from views.
    static func value(_ loss: Loss, prediction: UnsafeMatrix, targets: UnsafeMatrix) -> Double {
        precondition(prediction.hasSameShape(as: targets),
                     "loss of \(prediction.shape.bracketed) against \(targets.shape.bracketed)")
        let count = prediction.count
        guard count > 0 else { return 0 }
        let (lower, upper) = probabilityClamp
        let (a, y) = (prediction.elements, targets.elements)
        var sum = 0.0
        switch loss {
        case .squaredError:
            for i in 0..<count {
                let error = y[i] - a[i]
                sum += error * error
            }
        case .meanAbsoluteError:
            for i in 0..<count { sum += abs(y[i] - a[i]) }
        case .binaryCrossEntropy:
            for i in 0..<count {
                let p = min(max(a[i], lower), upper)
                sum -= y[i] * log(p) + (1 - y[i]) * log(1 - p)
            }
        case .crossEntropy:
            for i in 0..<count where y[i] != 0 {
                sum -= y[i] * log(min(max(a[i], lower), upper))
            }
        }
        return sum / Double(loss == .crossEntropy ? prediction.rows : count)
    }

    // MARK: Gradient

    /// `∂L/∂A` for `L = Σ` over the examples of `ℓ`; see the table on ``LossOp``.
    public static func gradient(_ loss: Loss, prediction: Matrix, targets: Matrix) -> Matrix {
        var gradient = prediction
        self.gradient(loss, prediction: prediction, targets: targets, into: &gradient)
        return gradient
    }

    /// `∂L/∂A`, into `gradient`:
    ///
    ///     mse            a − y
    ///     mae            +1 where a > y, −1 where a < y, 0 where a = y
    ///     bce            −y/a + (1 − y)/(1 − a)    (= (a − y)/(a·(1 − a)); a term is left out when
    ///                                               its coefficient y or 1 − y is 0)
    ///     cross_entropy  −y/a                      (0 where y = 0)
    public static func gradient(_ loss: Loss, prediction: Matrix, targets: Matrix, into gradient: inout Matrix) {
        prediction.withUnsafeMatrix { a in
            targets.withUnsafeMatrix { y in
                gradient.withUnsafeMutableMatrix { self.gradient(loss, prediction: a, targets: y, into: $0) }
            }
        }
    }

    /// `∂L/∂A`, from views into `gradient`.
    static func gradient(_ loss: Loss, prediction: UnsafeMatrix, targets: UnsafeMatrix, into gradient: UnsafeMatrix) {
        switch loss {
        case .squaredError:
            UnsafeMatrix.zipMap(prediction, targets, into: gradient, -)
        case .meanAbsoluteError:
            UnsafeMatrix.zipMap(prediction, targets, into: gradient) { a, y in a > y ? 1 : (a < y ? -1 : 0) }
        case .binaryCrossEntropy:
            UnsafeMatrix.zipMap(prediction, targets, into: gradient) { a, y in
                let positive = y == 0 ? 0 : -y / a
                let negative = y == 1 ? 0 : (1 - y) / (1 - a)
                return positive + negative
            }
        case .crossEntropy:
            UnsafeMatrix.zipMap(prediction, targets, into: gradient) { a, y in y == 0 ? 0 : -y / a }
        }
    }

    // MARK: The simplification of §3.2

    /// `δ = A − y`, the notes' "simplification" (§3.2): `∂L/∂Z` of the output layer's weighted
    /// sums `Z` when the output is a softmax and the loss the cross-entropy (each row of `y`
    /// summing to 1), or the output a sigmoid and the loss the binary cross-entropy. The
    /// activation's slope cancels the loss's `1/A`, so neither is computed.
    public static func simplifiedDelta(prediction: Matrix, targets: Matrix) -> Matrix {
        var delta = prediction
        simplifiedDelta(prediction: prediction, targets: targets, into: &delta)
        return delta
    }

    /// `δ = A − y`, into `delta`.
    public static func simplifiedDelta(prediction: Matrix, targets: Matrix, into delta: inout Matrix) {
        prediction.withUnsafeMatrix { a in
            targets.withUnsafeMatrix { y in delta.withUnsafeMutableMatrix { simplifiedDelta(prediction: a, targets: y, into: $0) } }
        }
    }

    /// `δ = A − y`, from views into `delta`.
    static func simplifiedDelta(prediction: UnsafeMatrix, targets: UnsafeMatrix, into delta: UnsafeMatrix) {
        UnsafeMatrix.zipMap(prediction, targets, into: delta, -)
    }

    /// Whether `output` followed by `loss` has the simplified delta `A − y`: softmax with
    /// cross-entropy, and sigmoid with binary cross-entropy.
    public static func hasSimplifiedDelta(_ loss: Loss, output: Activation) -> Bool {
        switch (loss, output) {
        case (.crossEntropy, .softmax), (.binaryCrossEntropy, .sigmoid): return true
        default: return false
        }
    }
}
