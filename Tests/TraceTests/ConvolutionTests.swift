import XCTest
import Foundation
import Trace

/// The convolution by hand (the notes' edge detector, §4.1), against a direct loop, and its three
/// gradients against central finite differences (`h = 1e-6`, relative error
/// `|a − n| / max(|a|, |n|, 1e-3)` below 1e-6) of `E = Σ(G ⊙ conv(A, W, b))`.
final class ConvolutionTests: XCTestCase {
    /// The notes' filter: −1 in the left column, 0 in the middle, 1 on the right, as one column of
    /// `W` ordered (c, i, j) with a single channel.
    private let edgeFilter = Matrix(rows: 9, columns: 1, elements: [-1, 0, 1, -1, 0, 1, -1, 0, 1])

    func testTheNotesEdgeDetector() {
        let shape = TensorShape(channels: 1, height: 3, width: 3)
        let white = Matrix(rows: 1, columns: 9, repeating: 255)
        let edge = Matrix(rows: 1, columns: 9, elements: [0, 255, 255, 0, 255, 255, 0, 255, 255])
        let bias = Matrix(rows: 1, columns: 1)
        // −765 + 0 + 765 = 0: no edge. 0 + 0 + 765 = 765: black to white.
        XCTAssertEqual(Conv2DOp.forward(white, inputShape: shape, weights: edgeFilter, bias: bias, kernel: 3),
                       Matrix([[0]]))
        XCTAssertEqual(Conv2DOp.forward(edge, inputShape: shape, weights: edgeFilter, bias: bias, kernel: 3),
                       Matrix([[765]]))
        // Both patches in one batch, plus a bias of 1.
        let both = Matrix(rows: 2, columns: 9, elements: white.elements + edge.elements)
        XCTAssertEqual(Conv2DOp.forward(both, inputShape: shape, weights: edgeFilter, bias: Matrix([[1]]), kernel: 3),
                       Matrix([[1], [766]]))
    }

    /// The filter slid over a 4×5 image with a vertical edge between columns 1 and 2: only the
    /// positions whose window straddles the edge light up (`oh × ow = 2 × 3`).
    func testTheEdgeDetectorSlidesOverAnImage() {
        let shape = TensorShape(channels: 1, height: 4, width: 5)
        let row: [Double] = [0, 0, 255, 255, 255]
        let image = Matrix(rows: 1, columns: 20, elements: Array([row, row, row, row].joined()))
        var op = Conv2DOp(inputShape: shape, filters: 1, kernel: 3)
        XCTAssertEqual(op.outputShape, TensorShape(channels: 1, height: 2, width: 3))
        // x = 0: columns 0,1,2 → 3·(255 − 0) = 765; x = 1: columns 1,2,3 → 765; x = 2: 2,3,4 → 0.
        XCTAssertEqual(op.forward(image, weights: edgeFilter, bias: Matrix([[0]])),
                       Matrix([[765, 765, 0, 765, 765, 0]]))
    }

    func testShapesOfTheNotesNetwork() {
        // 1×28×28 → conv 32 (3×3) → 32×26×26 → pool → 32×13×13 → conv 64 → 64×11×11 → pool → 64×5×5.
        let input = TensorShape(channels: 1, height: 28, width: 28)
        let conv1 = Conv2DOp.outputShape(of: input, filters: 32, kernel: 3)
        XCTAssertEqual(conv1, TensorShape(channels: 32, height: 26, width: 26))
        let pool1 = MaxPoolOp.outputShape(of: conv1)
        XCTAssertEqual(pool1.description, "32×13×13")
        XCTAssertEqual(pool1.count, 5408)  // the notes' 32·13·13 = 5408
        let conv2 = Conv2DOp(inputShape: pool1, filters: 64, kernel: 3)
        XCTAssertEqual(conv2.outputShape, TensorShape(channels: 64, height: 11, width: 11))
        XCTAssertEqual(conv2.weightShape, Shape(rows: 32 * 9, columns: 64))
        let pool2 = MaxPoolOp(inputShape: conv2.outputShape).outputShape
        XCTAssertEqual(pool2, TensorShape(channels: 64, height: 5, width: 5))
        XCTAssertEqual(FlattenOp.outputColumns(of: pool2), 1600)
    }

    // MARK: Against a direct loop

    /// `Z[e, f, y, x] = Σ_c Σ_i Σ_j A[e, c, y + i, x + j]·W[(c, i, j), f] + b[f]`, written out.
    private func directConvolution(_ a: Matrix, _ shape: TensorShape, _ w: Matrix, _ b: Matrix, _ k: Int) -> Matrix {
        let oh = shape.height - k + 1, ow = shape.width - k + 1, filters = w.columns
        var z = Matrix(rows: a.rows, columns: filters * oh * ow)
        for e in 0..<a.rows {
            for f in 0..<filters {
                for y in 0..<oh {
                    for x in 0..<ow {
                        var sum = b[0, f]
                        for c in 0..<shape.channels {
                            for i in 0..<k {
                                for j in 0..<k {
                                    sum += a[e, c * shape.height * shape.width + (y + i) * shape.width + x + j]
                                        * w[c * k * k + i * k + j, f]
                                }
                            }
                        }
                        z[e, f * oh * ow + y * ow + x] = sum
                    }
                }
            }
        }
        return z
    }

    private struct Problem {
        let shape: TensorShape, kernel: Int
        let a: Matrix, w: Matrix, b: Matrix, g: Matrix
    }

    /// Batch 2, `C_in = 2`, `F = 3`, `k = 3`, an odd 5×7 input (→ 3×5 outputs).
    private func problem(seed: UInt64, batch: Int = 2, shape: TensorShape = TensorShape(channels: 2, height: 5, width: 7),
                         filters: Int = 3, kernel: Int = 3) -> Problem {
        var random = SplitMix64(seed: seed)
        let outputs = filters * (shape.height - kernel + 1) * (shape.width - kernel + 1)
        return Problem(shape: shape, kernel: kernel,
                       a: NumericalGradient.randomMatrix(batch, shape.count, &random),
                       w: NumericalGradient.randomMatrix(shape.channels * kernel * kernel, filters, &random),
                       b: NumericalGradient.randomMatrix(1, filters, &random),
                       g: NumericalGradient.randomMatrix(batch, outputs, &random))
    }

    func testForwardMatchesADirectLoop() {
        for (seed, kernel) in [(61, 3), (62, 2), (63, 1), (64, 5)] as [(UInt64, Int)] {
            let p = problem(seed: seed, kernel: kernel)
            assertClose(Conv2DOp.forward(p.a, inputShape: p.shape, weights: p.w, bias: p.b, kernel: p.kernel),
                        directConvolution(p.a, p.shape, p.w, p.b, p.kernel), tolerance: 1e-13, "k = \(kernel)")
        }
    }

    // MARK: Gradients against finite differences

    func testGradientsMatchFiniteDifferences() {
        for seed: UInt64 in [65, 66] {
            let p = problem(seed: seed)
            func e(_ a: Matrix, _ w: Matrix, _ b: Matrix) -> Double {
                NumericalGradient.frobenius(p.g, directConvolution(a, p.shape, w, b, p.kernel))
            }
            let analytic = Conv2DOp.backward(p.g, input: p.a, inputShape: p.shape, weights: p.w, bias: p.b, kernel: p.kernel)
            assertGradient(analytic.input, NumericalGradient.gradient(of: { e($0, p.w, p.b) }, at: p.a), "seed \(seed) ∂E/∂A")
            assertGradient(analytic.weights, NumericalGradient.gradient(of: { e(p.a, $0, p.b) }, at: p.w), "seed \(seed) ∂E/∂W")
            assertGradient(analytic.bias, NumericalGradient.gradient(of: { e(p.a, p.w, $0) }, at: p.b), "seed \(seed) ∂E/∂b")
        }
    }

    /// The same check through the op itself as the scalar, on a non-square kernel-to-input ratio.
    func testGradientsMatchFiniteDifferencesOfTheOpItself() {
        let p = problem(seed: 67, batch: 3, shape: TensorShape(channels: 3, height: 6, width: 4), filters: 2, kernel: 2)
        func e(_ a: Matrix, _ w: Matrix, _ b: Matrix) -> Double {
            NumericalGradient.frobenius(p.g, Conv2DOp.forward(a, inputShape: p.shape, weights: w, bias: b, kernel: p.kernel))
        }
        let analytic = Conv2DOp.backward(p.g, input: p.a, inputShape: p.shape, weights: p.w, bias: p.b, kernel: p.kernel)
        assertGradient(analytic.input, NumericalGradient.gradient(of: { e($0, p.w, p.b) }, at: p.a), "∂E/∂A")
        assertGradient(analytic.weights, NumericalGradient.gradient(of: { e(p.a, $0, p.b) }, at: p.w), "∂E/∂W")
        assertGradient(analytic.bias, NumericalGradient.gradient(of: { e(p.a, p.w, $0) }, at: p.b), "∂E/∂b")
    }

    // MARK: Reused buffers

    /// One op across batches of different sizes gives the numbers of a fresh op every time, and
    /// `backwardParameters` the same weight and bias gradients as the full backward.
    func testAReusedOpGivesTheSameNumbersAsAFreshOne() {
        let shape = TensorShape(channels: 2, height: 5, width: 7)
        var op = Conv2DOp(inputShape: shape, filters: 3, kernel: 3)
        for (seed, batch) in [(71, 2), (72, 3), (73, 2)] as [(UInt64, Int)] {
            let p = problem(seed: seed, batch: batch)
            var z = Matrix(rows: batch, columns: op.outputShape.count, repeating: .nan)
            op.forward(p.a, weights: p.w, bias: p.b, into: &z)
            XCTAssertEqual(z, Conv2DOp.forward(p.a, inputShape: shape, weights: p.w, bias: p.b, kernel: 3), "batch \(batch)")
            var dW = Matrix(rows: 18, columns: 3, repeating: .nan), db = Matrix(rows: 1, columns: 3, repeating: .nan)
            var dA = Matrix(rows: batch, columns: shape.count, repeating: .nan)
            op.backward(p.g, weights: p.w, weightGradient: &dW, biasGradient: &db, inputGradient: &dA)
            let fresh = Conv2DOp.backward(p.g, input: p.a, inputShape: shape, weights: p.w, bias: p.b, kernel: 3)
            XCTAssertEqual(dW, fresh.weights)
            XCTAssertEqual(db, fresh.bias)
            XCTAssertEqual(dA, fresh.input)
            var dW2 = Matrix(rows: 18, columns: 3), db2 = Matrix(rows: 1, columns: 3)
            op.backwardParameters(p.g, weightGradient: &dW2, biasGradient: &db2)
            XCTAssertEqual(dW2, dW)
            XCTAssertEqual(db2, db)
        }
    }
}
