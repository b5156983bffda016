import XCTest
@testable import Trace

/// The in-place products (`product`, `productTransposingLeft`, `productTransposingRight`) on every
/// path they have: the straightforward loops for tiny shapes, the tiled kernel, and the kernel
/// shared among the cores for large shapes. Each is compared bit for bit (`==`, not a tolerance)
/// with a triple loop written here, which sums `0 + a·b + a·b + …` in increasing `k`: the fast
/// paths only reorder work across output elements, never within one.
///
/// A debug build's tiles are summed with scalars, an optimised build's with SIMD; the two tile
/// functions are compared directly here, and `swift test -c release -Xswiftc -enable-testing
/// --filter MatrixProduct` runs every test on the SIMD tiles.
final class MatrixProductTests: XCTestCase {
    // MARK: Small products worked by hand

    func testProductWorkedByHand() {
        // [1 2 3]   [ 7  8]   [1·7 + 2·9 + 3·11   1·8 + 2·10 + 3·12]   [ 58  64]
        // [4 5 6] · [ 9 10] = [4·7 + 5·9 + 6·11   4·8 + 5·10 + 6·12] = [139 154]
        //           [11 12]
        var result = Matrix(rows: 2, columns: 2, repeating: .nan)
        Matrix.product(Matrix([[1, 2, 3], [4, 5, 6]]), Matrix([[7, 8], [9, 10], [11, 12]]), into: &result)
        XCTAssertEqual(result, Matrix([[58, 64], [139, 154]]))
    }

    func testTransposingLeftWorkedByHand() {
        // [1 2]ᵀ   [5 6]   [1 3]   [5 6]   [1·5 + 3·7   1·6 + 3·8]   [26 30]
        // [3 4]  · [7 8] = [2 4] · [7 8] = [2·5 + 4·7   2·6 + 4·8] = [38 44]
        var result = Matrix(rows: 2, columns: 2, repeating: .nan)
        Matrix.productTransposingLeft(Matrix([[1, 2], [3, 4]]), Matrix([[5, 6], [7, 8]]), into: &result)
        XCTAssertEqual(result, Matrix([[26, 30], [38, 44]]))
    }

    func testTransposingRightWorkedByHand() {
        // [1 2] · [5 6]ᵀ   [1 2]   [5 7]   [1·5 + 2·6   1·7 + 2·8]   [17 23]
        // [3 4]   [7 8]  = [3 4] · [6 8] = [3·5 + 4·6   3·7 + 4·8] = [39 53]
        var result = Matrix(rows: 2, columns: 2, repeating: .nan)
        Matrix.productTransposingRight(Matrix([[1, 2], [3, 4]]), Matrix([[5, 6], [7, 8]]), into: &result)
        XCTAssertEqual(result, Matrix([[17, 23], [39, 53]]))
    }

    func testXORShapesWorkedByHand() {
        // The XOR batch [4×2] through W1 = [[0.5, −0.3], [0.8, 0.2]]: each row picks rows of W1.
        var z = Matrix(rows: 4, columns: 2, repeating: .nan)
        Matrix.product(Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), Matrix([[0.5, -0.3], [0.8, 0.2]]), into: &z)
        XCTAssertEqual(z, Matrix([[0, 0], [0.8, 0.2], [0.5, -0.3], [0.5 + 0.8, -0.3 + 0.2]]))
    }

    func testLargeProductOfSmallIntegersIsExact() {
        // 40×300 · 300×36 goes through the tiled kernel (and its edge tiles: 36 = 9 tiles of 4,
        // 40 = 10 of 4, no overhang; 300 spans two blocks of the shared dimension). With a[i,k] = 1
        // and b[k,j] = j every sum is exact: 300·j.
        let a = Matrix(rows: 40, columns: 300, repeating: 1)
        let b = Matrix(rows: 300, columns: 36, elements: (0..<(300 * 36)).map { Double($0 % 36) })
        var result = Matrix(rows: 40, columns: 36, repeating: .nan)
        Matrix.product(a, b, into: &result)
        for i in 0..<40 {
            for j in 0..<36 { XCTAssertEqual(result[i, j], 300 * Double(j)) }
        }
    }

    // MARK: Bit for bit against the triple loop

    /// Shapes `m × k · k × n`: tiny ones (the straightforward loops), odd ones (tiles that
    /// overhang the result), ones spanning several blocks of the shared dimension, and large
    /// ones (shared among the cores).
    static let shapes: [(m: Int, k: Int, n: Int)] = [
        (1, 1, 1), (3, 5, 7), (4, 2, 2), (2, 2, 1), (1, 300, 1), (5, 1, 9),
        (30, 30, 30), (67, 129, 131), (33, 600, 17), (7, 1000, 5), (1, 2000, 300), (300, 2000, 1),
        (200, 784, 128),
        // Shared among the cores: bands of columns (few rows, a narrow last tile), bands of rows
        // (a short last tile), and the 784-input MLP's first layer.
        (64, 64, 130), (130, 70, 66), (64, 784, 128),
    ]

    func testProductMatchesTripleLoopBitForBit() {
        var generator = SplitMix64(seed: 1)
        for (m, k, n) in Self.shapes {
            let a = Self.random(m, k, &generator), b = Self.random(k, n, &generator)
            var result = Matrix(rows: m, columns: n, repeating: .nan)
            Matrix.product(a, b, into: &result)
            XCTAssertTrue(result == Self.tripleLoop(m, k, n, a, transposed: false, b, transposed: false),
                          "\(m)×\(k)·\(k)×\(n)")
        }
    }

    func testTransposingLeftMatchesTripleLoopBitForBit() {
        var generator = SplitMix64(seed: 2)
        for (m, k, n) in Self.shapes {
            let a = Self.random(k, m, &generator), b = Self.random(k, n, &generator)
            var result = Matrix(rows: m, columns: n, repeating: .nan)
            Matrix.productTransposingLeft(a, b, into: &result)
            XCTAssertTrue(result == Self.tripleLoop(m, k, n, a, transposed: true, b, transposed: false),
                          "[\(k)×\(m)]ᵀ·\(k)×\(n)")
        }
    }

    func testTransposingRightMatchesTripleLoopBitForBit() {
        var generator = SplitMix64(seed: 3)
        for (m, k, n) in Self.shapes {
            let a = Self.random(m, k, &generator), b = Self.random(n, k, &generator)
            var result = Matrix(rows: m, columns: n, repeating: .nan)
            Matrix.productTransposingRight(a, b, into: &result)
            XCTAssertTrue(result == Self.tripleLoop(m, k, n, a, transposed: false, b, transposed: true),
                          "\(m)×\(k)·[\(n)×\(k)]ᵀ")
        }
    }

    func testWeightGradientShapeMatchesTripleLoopBitForBit() {
        // The 784-input MLP's first weight gradient: [64×784]ᵀ·[64×128] → [784×128].
        var generator = SplitMix64(seed: 4)
        let a = Self.random(64, 784, &generator), b = Self.random(64, 128, &generator)
        var result = Matrix(rows: 784, columns: 128, repeating: .nan)
        Matrix.productTransposingLeft(a, b, into: &result)
        XCTAssertTrue(result == Self.tripleLoop(784, 64, 128, a, transposed: true, b, transposed: false))
    }

    func testRepeatedLargeProductsGiveTheSameBits() {
        // Whichever thread computes which part, the numbers must not move.
        var generator = SplitMix64(seed: 5)
        let a = Self.random(96, 300, &generator), b = Self.random(300, 130, &generator)
        var first = Matrix(rows: 96, columns: 130)
        Matrix.product(a, b, into: &first)
        for _ in 0..<8 {
            var again = Matrix(rows: 96, columns: 130, repeating: .nan)
            Matrix.product(a, b, into: &again)
            XCTAssertTrue(again == first)
        }
    }

    func testSignedZerosAndInfinitiesFollowTheTripleLoop() {
        // −0 products summed from +0 give +0; an infinity times zero gives NaN in its column only.
        let m = 8, k = 520, n = 12
        var a = Matrix(rows: m, columns: k, repeating: -0.0)
        var b = Matrix(rows: k, columns: n, repeating: 1)
        a[3, 7] = .infinity
        b[7, 5] = 0
        a[6, 100] = 2
        var result = Matrix(rows: m, columns: n, repeating: 1)
        Matrix.product(a, b, into: &result)
        let expected = Self.tripleLoop(m, k, n, a, transposed: false, b, transposed: false)
        for i in 0..<m {
            for j in 0..<n {
                let (x, y) = (result[i, j], expected[i, j])
                XCTAssertTrue(x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN), "(\(i), \(j)): \(x) vs \(y)")
            }
        }
        XCTAssertEqual(result[0, 0].sign, .plus)
        XCTAssertTrue(result[3, 5].isNaN)
        XCTAssertEqual(result[3, 4], .infinity)
    }

    func testSIMDAndScalarTilesGiveTheSameBits() {
        // The two tile functions on the same panels: `b` packed (step 4) or read in place (step 9),
        // from zero or on top of earlier sums, over depths of 1, 7 and 300.
        var generator = SplitMix64(seed: 6)
        let kernel = MatrixProductKernel.self
        for depth in [1, 7, 300] {
            for (bStep, accumulating) in [(4, false), (9, false), (4, true), (9, true)] {
                let a = (0..<(8 * depth)).map { index -> Double in
                    index % 2 == 0 ? generator.nextUniform(in: -1, 1) : 0
                }
                var pairs = a
                for index in stride(from: 0, to: pairs.count, by: 2) { pairs[index + 1] = pairs[index] }
                let b = (0..<(bStep * depth)).map { _ in generator.nextUniform(in: -1, 1) }
                let start = (0..<(4 * 6)).map { _ in generator.nextUniform(in: -1, 1) }
                var simd = start, scalars = start
                pairs.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in
                        simd.withUnsafeMutableBufferPointer { c in
                            kernel.multiplyTileWithSIMD(depth: depth, a: a.baseAddress!, b: b.baseAddress!, bStep: bStep,
                                                        c: c.baseAddress! + 1, rowStride: 6, accumulating: accumulating)
                        }
                        scalars.withUnsafeMutableBufferPointer { c in
                            kernel.multiplyTileWithScalars(depth: depth, a: a.baseAddress!, b: b.baseAddress!, bStep: bStep,
                                                           c: c.baseAddress! + 1, rowStride: 6, accumulating: accumulating)
                        }
                    }
                }
                XCTAssertEqual(simd.map(\.bitPattern), scalars.map(\.bitPattern), "depth \(depth), step \(bStep)")
                // And both against the sum written out: tile element (r, q) sits at 1 + 6r + q.
                for r in 0..<4 {
                    for q in 0..<4 {
                        var sum = accumulating ? start[1 + 6 * r + q] : 0
                        for p in 0..<depth { sum += pairs[8 * p + 2 * r] * b[bStep * p + q] }
                        XCTAssertEqual(scalars[1 + 6 * r + q].bitPattern, sum.bitPattern)
                    }
                }
                // Outside the tile nothing moves.
                for index in [0, 5, 6 * 3 + 5] { XCTAssertEqual(simd[index], start[index]) }
            }
        }
    }

    // MARK: Helpers

    /// `c[i,j] = 0`, then `c[i,j] += a[i,p]·b[p,j]` for `p = 0, 1, …, k−1`: the reference order.
    /// A transposed operand is read as its transpose (`a[p,i]`, `b[j,p]`).
    static func tripleLoop(_ m: Int, _ k: Int, _ n: Int, _ a: Matrix, transposed aT: Bool,
                           _ b: Matrix, transposed bT: Bool) -> Matrix {
        // Strides of element (row, column) of the operand as used, in the stored row-major array.
        let (aRow, aColumn) = aT ? (1, m) : (k, 1)
        let (bRow, bColumn) = bT ? (1, k) : (n, 1)
        var c = [Double](repeating: 0, count: m * n)
        a.elements.withUnsafeBufferPointer { a in
            b.elements.withUnsafeBufferPointer { b in
                for i in 0..<m {
                    for j in 0..<n {
                        var sum = 0.0
                        for p in 0..<k { sum += a[i * aRow + p * aColumn] * b[p * bRow + j * bColumn] }
                        c[i * n + j] = sum
                    }
                }
            }
        }
        return Matrix(rows: m, columns: n, elements: c)
    }

    /// An `r × c` matrix of values in `[−1, 1)` with all their bits (no exact sums by accident).
    static func random(_ r: Int, _ c: Int, _ generator: inout SplitMix64) -> Matrix {
        Matrix(rows: r, columns: c, elements: (0..<(r * c)).map { _ in generator.nextUniform(in: -1, 1) })
    }
}
