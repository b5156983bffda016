import XCTest
import Foundation
import Trace

/// Every activation's forward values by hand and its backward rule against central finite
/// differences (`h = 1e-6`, relative error `|a − n| / max(|a|, |n|, 1e-3)` below 1e-6, see
/// ``assertGradient(_:_:tolerance:_:file:line:)``).
///
/// The scalar is `E(Z) = Σ(G ⊙ f(Z))`, so `∂E/∂A = G` and `backward(G, z:, a:)` must equal `∂E/∂Z`.
final class ActivationGradientTests: XCTestCase {
    // MARK: Values by hand

    func testElementwiseValuesByHand() {
        let cases: [(Activation, Double, Double)] = [
            (.heaviside, 0, 0), (.heaviside, 0.1, 1), (.heaviside, -3, 0),  // H(0) = 0: "1 si z > 0"
            (.sigmoid, 0, 0.5), (.sigmoid, log(3.0), 0.75),                  // 1/(1 + 1/3)
            (.tanh, 0, 0), (.tanh, 0.5, 0.46211715726000974),
            (.relu, -2, 0), (.relu, 0, 0), (.relu, 3, 3),
            (.leakyRelu, -2, -0.02), (.leakyRelu, 3, 3),                     // 0.01·(−2)
            (.elu, -1, -0.6321205588285577), (.elu, 2, 2),                   // e^(−1) − 1
            (.gelu, 1, 0.8413447460685429), (.gelu, 0, 0),                   // 1·Φ(1)
            (.gelu, -1, -0.15865525393145707),                               // −1·Φ(−1)
            (.swish, 1, 0.7310585786300049), (.swish, 0, 0),                 // 1·σ(1)
            (.linear, -2.5, -2.5),
        ]
        for (activation, z, expected) in cases {
            XCTAssertEqual(activation.apply(z), expected, accuracy: 1e-15, "\(activation)(\(z))")
        }
    }

    func testDerivativesByHand() {
        // σ'(0) = 0.25; tanh'(0) = 1; ReLU'(0) = 0 as the notes' `z > 0`; LeakyReLU'(−1) = 0.01;
        // ELU'(−1) = e^(−1); GELU'(0) = Φ(0) = 0.5; Swish'(0) = σ(0) = 0.5; H' = 0; id' = 1.
        let cases: [(Activation, Double, Double)] = [
            (.sigmoid, 0, 0.25), (.tanh, 0, 1), (.relu, 0, 0), (.relu, 2, 1), (.leakyRelu, -1, 0.01),
            (.leakyRelu, 1, 1), (.elu, -1, exp(-1.0)), (.elu, 1, 1), (.gelu, 0, 0.5), (.swish, 0, 0.5),
            (.heaviside, 2, 0), (.linear, 7, 1),
        ]
        for (activation, z, expected) in cases {
            XCTAssertEqual(activation.derivative(z: z, a: activation.apply(z)), expected, accuracy: 1e-15,
                           "\(activation)'(\(z))")
        }
        // GELU'(1) = Φ(1) + φ(1) = 0.8413447460685429 + 0.24197072451914337
        XCTAssertEqual(Activation.gelu.derivative(z: 1, a: Activation.gelu.apply(1)),
                       0.8413447460685429 + 0.24197072451914337, accuracy: 1e-15)
    }

    func testSoftmaxOfRowsWithAKnownSum() {
        // Row 1: e^0, e^(ln 2), e^(ln 3) = 1, 2, 3; sum 6 → [1/6, 1/3, 1/2].
        // Row 2: e^1 : e^2 : e^3 = 0.0900…, 0.2447…, 0.6652….
        // Row 3: a large equal row must not overflow: [½, ½, 0] up to e^(−1000).
        let z = Matrix([[0, log(2.0), log(3.0)], [1, 2, 3], [1000, 1000, 0]])
        let a = ActivationOp.forward(z, .softmax)
        assertClose(a, Matrix([[1.0 / 6, 1.0 / 3, 0.5],
                               [0.09003057317038046, 0.24472847105479764, 0.6652409557748219],
                               [0.5, 0.5, 0]]), tolerance: 1e-15, "softmax")
        for r in 0..<a.rows {
            XCTAssertEqual(a.row(r).elements.reduce(0, +), 1, accuracy: 1e-15, "row \(r) sums to 1")
        }
        XCTAssertFalse(Activation.softmax.isElementwise)
        XCTAssertTrue(Activation.allCases.filter { $0 != .softmax }.allSatisfy(\.isElementwise))
    }

    func testNamesSymbolsAndOperationsMatch() {
        XCTAssertEqual(Activation.allCases.map(\.rawValue),
                       ["heaviside", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu", "swish", "softmax", "linear"])
        for activation in Activation.allCases {
            XCTAssertEqual(activation.operation.rawValue, activation.rawValue)
            XCTAssertFalse(activation.symbol.isEmpty)
        }
        XCTAssertEqual(Activation.leakyReLUSlope, 0.01)
        XCTAssertEqual(Activation.eluScale, 1)
    }

    // MARK: Backward against finite differences

    /// `Z` in `(−3, 3)` with no element within 0.05 of the kinks of H, ReLU and LeakyReLU at 0.
    private func inputs(seed: UInt64, rows: Int = 4, columns: Int = 5) -> (z: Matrix, g: Matrix) {
        var random = SplitMix64(seed: seed)
        let z = NumericalGradient.randomMatrix(rows, columns, &random, in: (-3, 3)).map { abs($0) < 0.05 ? $0 + 0.5 : $0 }
        let g = NumericalGradient.randomMatrix(rows, columns, &random)
        return (z, g)
    }

    func testEveryActivationBackwardMatchesFiniteDifferences() {
        for activation in Activation.allCases {
            for seed: UInt64 in [21, 22, 23] {
                let (z, g) = inputs(seed: seed)
                let a = ActivationOp.forward(z, activation)
                let analytic = ActivationOp.backward(g, z: z, a: a, activation)
                let numeric = NumericalGradient.gradient(
                    of: { NumericalGradient.frobenius(g, ActivationOp.forward($0, activation)) }, at: z)
                assertGradient(analytic, numeric, "\(activation) seed \(seed) ∂E/∂Z")
            }
        }
    }

    /// The derivative of one element against the finite differences of `apply`, on a grid that
    /// avoids the kink at 0.
    func testElementwiseDerivativesMatchFiniteDifferencesOfTheFunction() {
        let h = NumericalGradient.step
        for activation in Activation.allCases where activation.isElementwise {
            for z in stride(from: -5.05, through: 5.0, by: 0.5) {
                let numeric = (activation.apply(z + h) - activation.apply(z - h)) / (2 * h)
                let analytic = activation.derivative(z: z, a: activation.apply(z))
                XCTAssertLessThan(abs(analytic - numeric) / max(abs(analytic), abs(numeric), 1e-3), 1e-6,
                                  "\(activation)'(\(z))")
            }
        }
    }

    func testSoftmaxBackwardIsTheJacobianTimesTheUpstream() {
        // a = [1/6, 1/3, 1/2], E = [1, 0, 0]: Σ E·a = 1/6, δ = a ⊙ (E − 1/6) = [5/36, −1/18, −1/12]
        let z = Matrix([[0, log(2.0), log(3.0)]])
        let a = ActivationOp.forward(z, .softmax)
        assertClose(ActivationOp.backward(Matrix([[1, 0, 0]]), z: z, a: a, .softmax),
                    Matrix([[5.0 / 36, -1.0 / 18, -1.0 / 12]]), tolerance: 1e-15, "δ")
        // The element-wise slope of the softmax is only the Jacobian's diagonal a ⊙ (1 − a).
        assertClose(ActivationOp.slope(z, a, .softmax), Matrix([[5.0 / 36, 2.0 / 9, 1.0 / 4]]), tolerance: 1e-15, "diagonal")
        // A constant upstream changes nothing: softmax is invariant to adding a constant to E's rows.
        assertClose(ActivationOp.backward(Matrix([[2, 2, 2]]), z: z, a: a, .softmax),
                    Matrix([[0, 0, 0]]), tolerance: 1e-15, "constant E")
    }

    // MARK: The trainer's path stays bit-for-bit

    func testSigmoidBackwardEqualsTheSlopePathBitForBit() {
        let (z, g) = inputs(seed: 31, rows: 6, columns: 7)
        let a = ActivationOp.forward(z, .sigmoid)
        let slopePath = ActivationOp.backward(g, slope: ActivationOp.slope(z, a, .sigmoid))
        XCTAssertEqual(ActivationOp.backward(g, z: z, a: a, .sigmoid), slopePath)
        XCTAssertEqual(a, z.map { 1 / (1 + exp(-$0)) })
    }

    func testElementwiseBackwardEqualsTheSlopePath() {
        for activation in Activation.allCases where activation.isElementwise {
            let (z, g) = inputs(seed: 32)
            let a = ActivationOp.forward(z, activation)
            XCTAssertEqual(ActivationOp.backward(g, z: z, a: a, activation),
                           ActivationOp.backward(g, slope: ActivationOp.slope(z, a, activation)), "\(activation)")
        }
    }

    func testIntoFormsMatchTheAllocatingForms() {
        for activation in Activation.allCases {
            let (z, g) = inputs(seed: 33)
            var a = Matrix(rows: z.rows, columns: z.columns, repeating: .nan)
            ActivationOp.forward(z, activation, into: &a)
            XCTAssertEqual(a, ActivationOp.forward(z, activation), "\(activation) forward")
            var delta = Matrix(rows: z.rows, columns: z.columns, repeating: .nan)
            ActivationOp.backward(g, z: z, a: a, activation, into: &delta)
            XCTAssertEqual(delta, ActivationOp.backward(g, z: z, a: a, activation), "\(activation) backward")
        }
    }
}
