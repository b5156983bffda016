import XCTest
import Foundation
import Trace

/// Every op's backward rule against central finite differences of a scalar `E`.
///
/// The ops use the notes' sign: the delta handed back is `−∂E/∂(·)`. Each test picks a scalar
/// `E` whose `−∂E/∂(output)` is known in closed form, feeds that to the backward rule, and compares
/// the result with the finite differences of `−E` (relative error below 1e-6, `h = 1e-6`).
final class OpGradientTests: XCTestCase {
    // MARK: Dense

    func testDenseForwardByHand() {
        // A = [1 2], W = [[3, 4], [5, 6]], b = [0.5 −1]:
        // Z = [1·3 + 2·5 + 0.5   1·4 + 2·6 − 1] = [13.5  15]
        let z = DenseOp.forward(Matrix([[1, 2]]), weights: Matrix([[3, 4], [5, 6]]), bias: Matrix([[0.5, -1]]))
        XCTAssertEqual(z, Matrix([[13.5, 15]]))
    }

    func testDenseBackwardByHand() {
        // δ = [[1, 2], [3, 4]] (2 examples × 2 neurons), W = [[1, 0], [2, −1], [0, 3]] (3 inputs × 2 neurons),
        // A = [[1, 2, 3], [4, 5, 6]].
        // δ·Wᵀ: row 1 = [1·1+2·0  1·2+2·(−1)  1·0+2·3] = [1 0 6]; row 2 = [3  3·2−4  12] = [3 2 12]
        // Aᵀ·δ: [1·1+4·3  1·2+4·4] = [13 18]; [2·1+5·3  2·2+5·4] = [17 24]; [3+18  6+24] = [21 30]
        // Σ_rows δ = [1+3  2+4] = [4 6]
        let delta = Matrix([[1, 2], [3, 4]])
        let w = Matrix([[1, 0], [2, -1], [0, 3]])
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(DenseOp.inputDelta(delta, weights: w), Matrix([[1, 0, 6], [3, 2, 12]]))
        XCTAssertEqual(DenseOp.weightGradient(a, delta: delta), Matrix([[13, 18], [17, 24], [21, 30]]))
        XCTAssertEqual(DenseOp.biasGradient(delta), Matrix([[4, 6]]))
    }

    /// `E(Z) = −Σ(G ⊙ Z)`, so the delta of the output is `δ = −∂E/∂Z = G`; the three rules must
    /// give `−∂E/∂A`, `−∂E/∂W`, `−∂E/∂b`, i.e. the gradients of `Σ(G ⊙ Z)`.
    func testDenseBackwardMatchesFiniteDifferencesOfALinearError() {
        for seed: UInt64 in [1, 2, 3] {
            var random = SplitMix64(seed: seed)
            let a = NumericalGradient.randomMatrix(3, 4, &random)
            let w = NumericalGradient.randomMatrix(4, 2, &random)
            let b = NumericalGradient.randomMatrix(1, 2, &random)
            let g = NumericalGradient.randomMatrix(3, 2, &random)
            func minusE(_ a: Matrix, _ w: Matrix, _ b: Matrix) -> Double {
                NumericalGradient.frobenius(g, DenseOp.forward(a, weights: w, bias: b))
            }
            assertGradient(DenseOp.inputDelta(g, weights: w),
                           NumericalGradient.gradient(of: { minusE($0, w, b) }, at: a), "seed \(seed) −∂E/∂A")
            assertGradient(DenseOp.weightGradient(a, delta: g),
                           NumericalGradient.gradient(of: { minusE(a, $0, b) }, at: w), "seed \(seed) −∂E/∂W")
            assertGradient(DenseOp.biasGradient(g),
                           NumericalGradient.gradient(of: { minusE(a, w, $0) }, at: b), "seed \(seed) −∂E/∂b")
        }
    }

    /// `E(Z) = ½·Σ(T − Z)²`: the delta `δ = −∂E/∂Z = T − Z` now depends on the point, so the
    /// check covers the chain rule, not only a linear map.
    func testDenseBackwardMatchesFiniteDifferencesOfAQuadraticError() {
        var random = SplitMix64(seed: 11)
        let a = NumericalGradient.randomMatrix(5, 3, &random)
        let w = NumericalGradient.randomMatrix(3, 4, &random)
        let b = NumericalGradient.randomMatrix(1, 4, &random)
        let t = NumericalGradient.randomMatrix(5, 4, &random, in: (-2, 2))
        func minusE(_ a: Matrix, _ w: Matrix, _ b: Matrix) -> Double {
            let r = t - DenseOp.forward(a, weights: w, bias: b)
            return -0.5 * NumericalGradient.frobenius(r, r)
        }
        let delta = t - DenseOp.forward(a, weights: w, bias: b)
        assertGradient(DenseOp.inputDelta(delta, weights: w),
                       NumericalGradient.gradient(of: { minusE($0, w, b) }, at: a), "−∂E/∂A")
        assertGradient(DenseOp.weightGradient(a, delta: delta),
                       NumericalGradient.gradient(of: { minusE(a, $0, b) }, at: w), "−∂E/∂W")
        assertGradient(DenseOp.biasGradient(delta),
                       NumericalGradient.gradient(of: { minusE(a, w, $0) }, at: b), "−∂E/∂b")
    }

    // MARK: Activation

    func testSigmoidValuesAndSlopeByHand() {
        // σ(0) = 1/(1+1) = 0.5, σ'(0) = 0.5·0.5 = 0.25.
        // σ(ln 3) = 1/(1 + 1/3) = 0.75, σ'(ln 3) = 0.75·0.25 = 0.1875; σ(−ln 3) = 1/(1+3) = 0.25.
        let z = Matrix([[0, log(3.0), -log(3.0)]])
        let a = ActivationOp.forward(z, .sigmoid)
        assertClose(a, Matrix([[0.5, 0.75, 0.25]]), tolerance: 1e-15, "σ(Z)")
        assertClose(ActivationOp.slope(z, a, .sigmoid), Matrix([[0.25, 0.1875, 0.1875]]), tolerance: 1e-15, "σ'(Z)")
        // δ = E ⊙ σ'(Z) with E = [2 −4 8]: [0.5 −0.75 1.5]
        assertClose(ActivationOp.backward(Matrix([[2, -4, 8]]), slope: ActivationOp.slope(z, a, .sigmoid)),
                    Matrix([[0.5, -0.75, 1.5]]), tolerance: 1e-15, "δ")
    }

    /// `E(Z) = −Σ(G ⊙ σ(Z))`: upstream `−∂E/∂A = G`, and `backward(G, slope)` must be `−∂E/∂Z`.
    func testSigmoidBackwardMatchesFiniteDifferences() {
        for seed: UInt64 in [4, 5, 6] {
            var random = SplitMix64(seed: seed)
            let z = NumericalGradient.randomMatrix(4, 3, &random, in: (-4, 4))
            let g = NumericalGradient.randomMatrix(4, 3, &random)
            let a = ActivationOp.forward(z, .sigmoid)
            let analytic = ActivationOp.backward(g, slope: ActivationOp.slope(z, a, .sigmoid))
            let numeric = NumericalGradient.gradient(of: { NumericalGradient.frobenius(g, ActivationOp.forward($0, .sigmoid)) },
                                                     at: z)
            assertGradient(analytic, numeric, "seed \(seed) −∂E/∂Z")
        }
    }

    func testSigmoidDerivativeMatchesFiniteDifferencesOfTheFunction() {
        for z in stride(from: -6.0, through: 6.0, by: 0.75) {
            let h = NumericalGradient.step
            let numeric = (Activation.sigmoid.apply(z + h) - Activation.sigmoid.apply(z - h)) / (2 * h)
            let analytic = Activation.sigmoid.derivative(z: z, a: Activation.sigmoid.apply(z))
            XCTAssertLessThan(abs(analytic - numeric) / abs(numeric), 1e-6, "σ'(\(z))")
        }
    }

    // MARK: Squared error

    func testErrorAndLossByHand() {
        // y = [0 1 1 0]ᵀ, A = [0.5 0.5 0.75 0.25]ᵀ → error = y − A = [−0.5 0.5 0.25 −0.25]ᵀ
        // loss = (0.25 + 0.25 + 0.0625 + 0.0625)/4 = 0.625/4 = 0.15625
        let y = Matrix([[0], [1], [1], [0]])
        let a = Matrix([[0.5], [0.5], [0.75], [0.25]])
        let error = SquaredErrorOp.error(targets: y, prediction: a)
        XCTAssertEqual(error, Matrix([[-0.5], [0.5], [0.25], [-0.25]]))
        XCTAssertEqual(SquaredErrorOp.loss(error), 0.15625)
    }

    /// `error = y − A` is `−∂E/∂A` for `E = ½·Σ(y − A)²`.
    func testErrorIsMinusTheGradientOfHalfTheSumOfSquares() {
        var random = SplitMix64(seed: 7)
        let y = NumericalGradient.randomMatrix(4, 2, &random, in: (0, 1))
        let a = NumericalGradient.randomMatrix(4, 2, &random, in: (0, 1))
        func minusE(_ a: Matrix) -> Double {
            var sum = 0.0
            for r in 0..<a.rows { for c in 0..<a.columns { sum += (y[r, c] - a[r, c]) * (y[r, c] - a[r, c]) } }
            return -0.5 * sum
        }
        assertGradient(SquaredErrorOp.error(targets: y, prediction: a),
                       NumericalGradient.gradient(of: minusE, at: a), "−∂E/∂A")
    }
}
