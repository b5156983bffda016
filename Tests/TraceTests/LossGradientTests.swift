import XCTest
import Foundation
import Trace

/// Every loss's value by hand, its gradient against central finite differences (`h = 1e-6`,
/// relative error `|a − n| / max(|a|, |n|, 1e-3)` below 1e-6), and the notes' simplification
/// `∂L/∂Z = A − y` of softmax + cross-entropy and sigmoid + binary cross-entropy (§3.2).
final class LossGradientTests: XCTestCase {
    // MARK: Independent references

    /// `L = Σ` over the examples of `ℓ`, written out from the formulas of ``Loss`` (no clamp).
    private func summedLoss(_ loss: Loss, _ a: Matrix, _ y: Matrix) -> Double {
        var sum = 0.0
        for r in 0..<a.rows {
            for c in 0..<a.columns {
                let (p, t) = (a[r, c], y[r, c])
                switch loss {
                case .squaredError: sum += 0.5 * (t - p) * (t - p)
                case .meanAbsoluteError: sum += abs(t - p)
                case .binaryCrossEntropy: sum -= t * log(p) + (1 - t) * log(1 - p)
                case .crossEntropy: sum -= t * log(p)
                }
            }
        }
        return sum
    }

    /// Predictions in `(0.05, 0.95)` (inside the clamp, away from the logs' poles) and targets:
    /// one-hot rows for the cross-entropy, values in `[0, 1]` for the others, never equal to `a`.
    private func sample(_ loss: Loss, seed: UInt64, rows: Int = 4, columns: Int = 3) -> (a: Matrix, y: Matrix) {
        var random = SplitMix64(seed: seed)
        let a = NumericalGradient.randomMatrix(rows, columns, &random, in: (0.05, 0.95))
        var y = NumericalGradient.randomMatrix(rows, columns, &random, in: (0, 1))
        if loss == .crossEntropy {
            y = Matrix(rows: rows, columns: columns)
            for r in 0..<rows { y[r, Int(random.next() % UInt64(columns))] = 1 }
        }
        return (a, y)
    }

    // MARK: Values by hand

    func testValuesByHand() {
        // y = [[0, 1], [1, 0]], A = [[0.25, 0.5], [0.75, 0.5]]: y − A = [[−0.25, 0.5], [0.25, −0.5]]
        // mse = (0.0625 + 0.25 + 0.0625 + 0.25)/4 = 0.15625; mae = (0.25 + 0.5 + 0.25 + 0.5)/4 = 0.375
        // bce = −(ln 0.75 + ln 0.5 + ln 0.75 + ln 0.5)/4 = −(ln 0.75 + ln 0.5)/2
        // cross_entropy = −(ln 0.5 + ln 0.75)/2 (two rows)
        let y = Matrix([[0, 1], [1, 0]])
        let a = Matrix([[0.25, 0.5], [0.75, 0.5]])
        XCTAssertEqual(LossOp.value(.squaredError, prediction: a, targets: y), 0.15625)
        XCTAssertEqual(LossOp.value(.meanAbsoluteError, prediction: a, targets: y), 0.375)
        XCTAssertEqual(LossOp.value(.binaryCrossEntropy, prediction: a, targets: y), -(log(0.75) + log(0.5)) / 2, accuracy: 1e-15)
        XCTAssertEqual(LossOp.value(.crossEntropy, prediction: a, targets: y), -(log(0.5) + log(0.75)) / 2, accuracy: 1e-15)
    }

    /// The notes' example (§3.2): a "3" predicted with 0.70 costs `−ln 0.70`; the zeros of `ŷ`
    /// (where `y` is 0 too) add nothing instead of `0·ln 0 = NaN`.
    func testCrossEntropyOfTheNotesExample() {
        var y = Matrix(rows: 1, columns: 10)
        y[0, 3] = 1
        let a = Matrix([[0.01, 0.02, 0.05, 0.70, 0.02, 0.10, 0.0, 0.0, 0.10, 0.0]])
        XCTAssertEqual(LossOp.value(.crossEntropy, prediction: a, targets: y), 0.35667494393873245, accuracy: 1e-15)
        let gradient = LossOp.gradient(.crossEntropy, prediction: a, targets: y)
        XCTAssertEqual(gradient[0, 3], -1 / 0.7, accuracy: 1e-15)
        XCTAssertTrue(gradient.isFinite)
        // The simplification: ŷ − y, −0.30 for the "3", 0.10 for the "5".
        let delta = LossOp.simplifiedDelta(prediction: a, targets: y)
        XCTAssertEqual(delta[0, 3], -0.30, accuracy: 1e-15)
        XCTAssertEqual(delta[0, 5], 0.10, accuracy: 1e-15)
    }

    /// Only the value clamps: a certain and wrong prediction costs `−ln 1e-12 ≈ 27.6`, not `∞`.
    func testTheValueClampsProbabilities() {
        // (The upper bound 1 − 1e-12 is a double, so 1 − it is 1e-12 up to rounding: ≈1.0000889e-12.)
        let bce = LossOp.value(.binaryCrossEntropy, prediction: Matrix([[0, 1]]), targets: Matrix([[1, 0]]))
        XCTAssertEqual(bce, (-log(1e-12) - log(1 - (1 - 1e-12))) / 2, accuracy: 1e-12)
        XCTAssertEqual(bce, 27.63, accuracy: 0.01)
        let ce = LossOp.value(.crossEntropy, prediction: Matrix([[0, 1]]), targets: Matrix([[1, 0]]))
        XCTAssertEqual(ce, -log(1e-12), accuracy: 1e-9)
        XCTAssertEqual(LossOp.value(.binaryCrossEntropy, prediction: Matrix([[1, 0]]), targets: Matrix([[1, 0]])),
                       -log(1 - 1e-12), accuracy: 1e-15)
    }

    /// The squared error's value is the notes' plotted `mean(error²)`, bit for bit.
    func testSquaredErrorValueIsTheNotesPlottedLoss() {
        let (a, y) = sample(.squaredError, seed: 41, rows: 7, columns: 3)
        XCTAssertEqual(LossOp.value(.squaredError, prediction: a, targets: y),
                       SquaredErrorOp.loss(SquaredErrorOp.error(targets: y, prediction: a)))
        // and the gradient is minus the notes' error y − A.
        XCTAssertEqual(LossOp.gradient(.squaredError, prediction: a, targets: y),
                       SquaredErrorOp.error(targets: y, prediction: a) * -1)
    }

    func testNamesMatchTheLessonFiles() {
        XCTAssertEqual(Loss.allCases.map(\.rawValue), ["mse", "mae", "bce", "cross_entropy"])
    }

    // MARK: Gradients against finite differences

    func testEveryLossGradientMatchesFiniteDifferencesOfTheSummedLoss() {
        for loss in Loss.allCases {
            for seed: UInt64 in [42, 43, 44] {
                let (a, y) = sample(loss, seed: seed)
                assertGradient(LossOp.gradient(loss, prediction: a, targets: y),
                               NumericalGradient.gradient(of: { summedLoss(loss, $0, y) }, at: a),
                               "\(loss) seed \(seed) ∂L/∂A")
            }
        }
    }

    /// The reported value is the summed loss scaled by a constant: `2/count` for mse (no ½),
    /// `1/count` for mae and bce, `1/rows` for the cross-entropy. So the gradient, scaled the same
    /// way, is the finite differences of the value itself.
    func testGradientIsTheSlopeOfTheReportedValueUpToItsScale() {
        for loss in Loss.allCases {
            let (a, y) = sample(loss, seed: 45)
            let count = Double(a.elements.count)
            let scale: Double = switch loss {
            case .squaredError: 2 / count
            case .meanAbsoluteError, .binaryCrossEntropy: 1 / count
            case .crossEntropy: 1 / Double(a.rows)
            }
            assertGradient(LossOp.gradient(loss, prediction: a, targets: y) * scale,
                           NumericalGradient.gradient(of: { LossOp.value(loss, prediction: $0, targets: y) }, at: a),
                           "\(loss) ∂value/∂A")
        }
    }

    func testAbsoluteErrorGradientIsZeroAtEquality() {
        let gradient = LossOp.gradient(.meanAbsoluteError, prediction: Matrix([[0.5, 0.2, 0.9]]),
                                       targets: Matrix([[0.5, 0.7, 0.1]]))
        XCTAssertEqual(gradient, Matrix([[0, -1, 1]]))
    }

    /// `(a − y)/(a·(1 − a))`, the brief form, equals the two-term form the op computes.
    func testBinaryCrossEntropyGradientByHand() {
        let a = Matrix([[0.25, 0.8, 0.5]]), y = Matrix([[1, 0, 0.3]])
        let expected = a.zipMap(y) { a, y in (a - y) / (a * (1 - a)) }
        assertClose(LossOp.gradient(.binaryCrossEntropy, prediction: a, targets: y), expected, tolerance: 1e-14, "bce")
        // At a saturated sigmoid (a = 1, y = 1) the exact slope of −ln a is −1, not 0/0.
        XCTAssertEqual(LossOp.gradient(.binaryCrossEntropy, prediction: Matrix([[1]]), targets: Matrix([[1]])), Matrix([[-1]]))
    }

    // MARK: The simplification

    func testSimplificationHoldsOnlyForTheTwoPairs() {
        for loss in Loss.allCases {
            for activation in Activation.allCases {
                let expected = (loss == .crossEntropy && activation == .softmax)
                    || (loss == .binaryCrossEntropy && activation == .sigmoid)
                XCTAssertEqual(LossOp.hasSimplifiedDelta(loss, output: activation), expected, "\(loss) + \(activation)")
            }
        }
    }

    /// `∂L/∂Z` of `L = Σ CE(softmax(Z), y)` by finite differences is `A − y`, and so is the chain
    /// of the two general rules (loss gradient, then the softmax's Jacobian).
    func testSoftmaxCrossEntropySimplificationMatchesFiniteDifferences() {
        for seed: UInt64 in [46, 47, 48] {
            var random = SplitMix64(seed: seed)
            let z = NumericalGradient.randomMatrix(5, 4, &random, in: (-3, 3))
            var y = Matrix(rows: 5, columns: 4)
            for r in 0..<5 { y[r, Int(random.next() % 4)] = 1 }
            let a = ActivationOp.forward(z, .softmax)
            let simplified = LossOp.simplifiedDelta(prediction: a, targets: y)
            let numeric = NumericalGradient.gradient(of: { summedLoss(.crossEntropy, ActivationOp.forward($0, .softmax), y) }, at: z)
            assertGradient(simplified, numeric, "seed \(seed) softmax + CE ∂L/∂Z")
            let chained = ActivationOp.backward(LossOp.gradient(.crossEntropy, prediction: a, targets: y), z: z, a: a, .softmax)
            assertClose(chained, simplified, tolerance: 1e-12, "seed \(seed) chain rule = A − y")
        }
    }

    func testSigmoidBinaryCrossEntropySimplificationMatchesFiniteDifferences() {
        for seed: UInt64 in [49, 50] {
            var random = SplitMix64(seed: seed)
            let z = NumericalGradient.randomMatrix(4, 3, &random, in: (-3, 3))
            let y = NumericalGradient.randomMatrix(4, 3, &random, in: (0, 1))
            let a = ActivationOp.forward(z, .sigmoid)
            let simplified = LossOp.simplifiedDelta(prediction: a, targets: y)
            let numeric = NumericalGradient.gradient(of: { summedLoss(.binaryCrossEntropy, ActivationOp.forward($0, .sigmoid), y) }, at: z)
            assertGradient(simplified, numeric, "seed \(seed) sigmoid + BCE ∂L/∂Z")
            let chained = ActivationOp.backward(LossOp.gradient(.binaryCrossEntropy, prediction: a, targets: y), z: z, a: a, .sigmoid)
            assertClose(chained, simplified, tolerance: 1e-12, "seed \(seed) chain rule = A − y")
        }
    }

    func testIntoFormsMatchTheAllocatingForms() {
        for loss in Loss.allCases {
            let (a, y) = sample(loss, seed: 51)
            var gradient = Matrix(rows: a.rows, columns: a.columns, repeating: .nan)
            LossOp.gradient(loss, prediction: a, targets: y, into: &gradient)
            XCTAssertEqual(gradient, LossOp.gradient(loss, prediction: a, targets: y), "\(loss)")
        }
        let (a, y) = sample(.crossEntropy, seed: 52)
        var delta = Matrix(rows: a.rows, columns: a.columns, repeating: .nan)
        LossOp.simplifiedDelta(prediction: a, targets: y, into: &delta)
        XCTAssertEqual(delta, a - y)
    }
}
