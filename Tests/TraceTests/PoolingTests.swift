import XCTest
import Trace

/// Max-pooling by hand (even and odd sizes, ties) and its backward rule against central finite
/// differences (`h = 1e-6`, relative error `|a − n| / max(|a|, |n|, 1e-3)` below 1e-6) on random
/// data, whose values are far enough apart that no block has a tie within `h`.
final class PoolingTests: XCTestCase {
    func testTwoByTwoBlocksByHand() {
        // One channel 4×4:          blocks' maxima:
        //  1  2 | 5  0              [ 4  5 ]
        //  3  4 | 1  1              [ 9  8 ]
        // ------+------
        //  9  0 | 7  8
        //  2  1 | 6  3
        let shape = TensorShape(channels: 1, height: 4, width: 4)
        let a = Matrix(rows: 1, columns: 16, elements: [1, 2, 5, 0, 3, 4, 1, 1, 9, 0, 7, 8, 2, 1, 6, 3])
        var op = MaxPoolOp(inputShape: shape)
        XCTAssertEqual(op.forward(a), Matrix([[4, 5, 9, 8]]))
        XCTAssertEqual(op.argmax, [5, 2, 8, 11])
        // Each gradient goes to its block's maximum, zeros elsewhere.
        XCTAssertEqual(op.backward(Matrix([[10, 20, 30, 40]])),
                       Matrix(rows: 1, columns: 16, elements: [0, 0, 20, 0, 0, 10, 0, 0, 30, 0, 0, 40, 0, 0, 0, 0]))
    }

    /// An 11×11 map pools to 5×5 (PyTorch's floor): the last row and column are dropped and get
    /// no gradient. The map holds `r·11 + c`, so every block's maximum is its bottom-right corner,
    /// `(2y + 1)·11 + 2x + 1`.
    func testOddSizeRoundsDown() {
        let shape = TensorShape(channels: 1, height: 11, width: 11)
        let a = Matrix(rows: 1, columns: 121, elements: (0..<121).map(Double.init))
        var op = MaxPoolOp(inputShape: shape)
        XCTAssertEqual(op.outputShape, TensorShape(channels: 1, height: 5, width: 5))
        let p = op.forward(a)
        var expected: [Double] = []
        for y in 0..<5 { for x in 0..<5 { expected.append(Double((2 * y + 1) * 11 + 2 * x + 1)) } }
        XCTAssertEqual(p.elements, expected)
        XCTAssertEqual(p.elements.last, 108)  // row 9, column 9: 9·11 + 9
        let back = op.backward(Matrix(rows: 1, columns: 25, repeating: 1))
        XCTAssertEqual(back.elements.reduce(0, +), 25)
        for c in 0..<11 { XCTAssertEqual(back[0, 10 * 11 + c], 0, "dropped last row") }
        for r in 0..<11 { XCTAssertEqual(back[0, r * 11 + 10], 0, "dropped last column") }
    }

    func testTiesGoToTheFirstMaximumInRowMajorOrder() {
        let shape = TensorShape(channels: 1, height: 2, width: 2)
        var op = MaxPoolOp(inputShape: shape)
        XCTAssertEqual(op.forward(Matrix([[1, 3, 3, 3]])), Matrix([[3]]))
        XCTAssertEqual(op.argmax, [1])
        XCTAssertEqual(op.backward(Matrix([[7]])), Matrix([[0, 7, 0, 0]]))
    }

    func testChannelsAndExamplesArePooledSeparately() {
        // 2 examples × 2 channels of 2×2: each channel is one block.
        let shape = TensorShape(channels: 2, height: 2, width: 2)
        let a = Matrix([[1, 2, 3, 4, 8, 7, 6, 5], [-1, -2, -3, -4, 0, 0, 0, 1]])
        var op = MaxPoolOp(inputShape: shape)
        XCTAssertEqual(op.forward(a), Matrix([[4, 8], [-1, 1]]))
        XCTAssertEqual(op.argmax, [3, 4, 0, 7])
    }

    func testBackwardMatchesFiniteDifferences() {
        for (seed, shape) in [(81, TensorShape(channels: 2, height: 5, width: 7)),
                              (82, TensorShape(channels: 3, height: 6, width: 4))] as [(UInt64, TensorShape)] {
            var random = SplitMix64(seed: seed)
            let a = NumericalGradient.randomMatrix(2, shape.count, &random)
            var op = MaxPoolOp(inputShape: shape)
            let g = NumericalGradient.randomMatrix(2, op.outputShape.count, &random)
            _ = op.forward(a)
            let analytic = op.backward(g)
            let numeric = NumericalGradient.gradient(of: { x in
                var fresh = MaxPoolOp(inputShape: shape)
                return NumericalGradient.frobenius(g, fresh.forward(x))
            }, at: a)
            assertGradient(analytic, numeric, "seed \(seed) ∂E/∂A")
        }
    }

    func testLargerBlocksAndIntoForms() {
        // 3×3 blocks over 1×7×7 → 1×2×2.
        let shape = TensorShape(channels: 1, height: 7, width: 7)
        var random = SplitMix64(seed: 83)
        let a = NumericalGradient.randomMatrix(3, 49, &random)
        var op = MaxPoolOp(inputShape: shape, size: 3)
        XCTAssertEqual(op.outputShape, TensorShape(channels: 1, height: 2, width: 2))
        var p = Matrix(rows: 3, columns: 4, repeating: .nan)
        op.forward(a, into: &p)
        for e in 0..<3 {
            let top = (0..<3).flatMap { i in (0..<3).map { j in a[e, i * 7 + j] } }.max()
            XCTAssertEqual(p[e, 0], top)
        }
        var back = Matrix(rows: 3, columns: 49, repeating: .nan)
        op.backward(p, into: &back)
        XCTAssertEqual(back, op.backward(p))
    }

    func testFlattenChangesNoNumber() {
        let shape = TensorShape(channels: 2, height: 2, width: 3)
        let a = Matrix(rows: 2, columns: 12, elements: (0..<24).map(Double.init))
        XCTAssertEqual(FlattenOp.forward(a, shape: shape), a)
        XCTAssertEqual(FlattenOp.backward(a, shape: shape), a)
    }
}
