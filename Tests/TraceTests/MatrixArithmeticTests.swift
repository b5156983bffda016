import XCTest
import Trace

/// The matrix operations of `Matrix+Arithmetic.swift`, against products and sums done by hand.
final class MatrixArithmeticTests: XCTestCase {
    func testProductOfTwoByThreeAndThreeByTwo() {
        // [1 2 3]   [ 7  8]   [1·7 + 2·9 + 3·11   1·8 + 2·10 + 3·12]   [ 58  64]
        // [4 5 6] · [ 9 10] = [4·7 + 5·9 + 6·11   4·8 + 5·10 + 6·12] = [139 154]
        //           [11 12]
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        let b = Matrix([[7, 8], [9, 10], [11, 12]])
        let product = a.dot(b)
        XCTAssertEqual(product.shape, Shape(rows: 2, columns: 2))
        XCTAssertEqual(product, Matrix([[58, 64], [139, 154]]))
    }

    func testProductTheOtherWayRoundHasAnotherShape() {
        // [ 7  8]   [1 2 3]   [7+32   14+40   21+48]   [ 39  54  69]
        // [ 9 10] · [4 5 6] = [9+40   18+50   27+60] = [ 49  68  87]
        // [11 12]             [11+48  22+60   33+72]   [ 59  82 105]
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        let b = Matrix([[7, 8], [9, 10], [11, 12]])
        XCTAssertEqual(b.dot(a), Matrix([[39, 54, 69], [49, 68, 87], [59, 82, 105]]))
    }

    func testRowTimesColumnIsAScalarAndColumnTimesRowAnOuterProduct() {
        // [1 2 3]·[4 5 6]ᵀ = 4 + 10 + 18 = 32;   [1 2]ᵀ·[3 4] = [[3, 4], [6, 8]]
        XCTAssertEqual(Matrix([[1, 2, 3]]).dot(Matrix([[4], [5], [6]])), Matrix([[32]]))
        XCTAssertEqual(Matrix([[1], [2]]).dot(Matrix([[3, 4]])), Matrix([[3, 4], [6, 8]]))
    }

    func testProductWithFractionsAndNegatives() {
        // XOR input [1 1] through the notes' W1 = [[0.5, −0.3], [0.8, 0.2]]:
        // [1·0.5 + 1·0.8   1·(−0.3) + 1·0.2] = [1.3  −0.1]  (both sums rounded once, as written)
        let z = Matrix([[1, 1]]).dot(Matrix([[0.5, -0.3], [0.8, 0.2]]))
        XCTAssertEqual(z[0, 0], 0.5 + 0.8)
        XCTAssertEqual(z[0, 1], -0.3 + 0.2)
        // [0.5 −0.25]·[2 4]ᵀ = 1 − 1 = 0 exactly (powers of two).
        XCTAssertEqual(Matrix([[0.5, -0.25]]).dot(Matrix([[2], [4]])), Matrix([[0]]))
    }

    func testProductWithIdentityIsTheSameMatrix() {
        let m = Matrix([[1.5, -2], [3, 0.25], [7, 8]])
        XCTAssertEqual(m.dot(Matrix([[1, 0], [0, 1]])), m)
        XCTAssertEqual(Matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]]).dot(m), m)
    }

    func testTransposeMovesElementIJToJI() {
        let m = Matrix([[1, 2, 3], [4, 5, 6]])
        let t = m.transposed
        XCTAssertEqual(t.shape, Shape(rows: 3, columns: 2))
        XCTAssertEqual(t, Matrix([[1, 4], [2, 5], [3, 6]]))
        XCTAssertEqual(t.transposed, m)
        XCTAssertEqual(Matrix([[1, 2, 3]]).transposed, Matrix([[1], [2], [3]]))
    }

    func testHadamardMultipliesElementByElement() {
        // [1 2] ⊙ [5 6] = [1·5 2·6] = [ 5 12]
        // [3 4]   [7 8]   [3·7 4·8]   [21 32]
        XCTAssertEqual(Matrix([[1, 2], [3, 4]]).hadamard(Matrix([[5, 6], [7, 8]])), Matrix([[5, 12], [21, 32]]))
        // σ'(Z) = A ⊙ (1 − A) for A = [0.5 0.25]: [0.25 0.1875]
        let a = Matrix([[0.5, 0.25]])
        XCTAssertEqual(a.hadamard(Matrix([[1, 1]]) - a), Matrix([[0.25, 0.1875]]))
    }

    func testAddingRowBroadcastsTheBiasOverEveryRow() {
        // [1 2]              [11 22]
        // [3 4] + [10 20] →  [13 24]
        // [5 6]              [15 26]
        let m = Matrix([[1, 2], [3, 4], [5, 6]]).addingRow(Matrix([[10, 20]]))
        XCTAssertEqual(m, Matrix([[11, 22], [13, 24], [15, 26]]))
    }

    func testColumnSumsAddTheRowsOfEachColumn() {
        // [1 2; 3 4; 5 6] → [1+3+5  2+4+6] = [9 12], a 1×2 row.
        let sums = Matrix([[1, 2], [3, 4], [5, 6]]).columnSums
        XCTAssertEqual(sums.shape, Shape(rows: 1, columns: 2))
        XCTAssertEqual(sums, Matrix([[9, 12]]))
        XCTAssertEqual(Matrix([[1, -1, 0.5]]).columnSums, Matrix([[1, -1, 0.5]]))
    }

    func testMeanOfAllElements() {
        // (1 + 2 + 3 + 4) / 4 = 2.5;  (0.25 + 0.25 + 0.0625 + 0.0625) / 4 = 0.625 / 4 = 0.15625
        XCTAssertEqual(Matrix([[1, 2], [3, 4]]).mean, 2.5)
        XCTAssertEqual(Matrix([[0.25], [0.25], [0.0625], [0.0625]]).mean, 0.15625)
        XCTAssertEqual(Matrix([[-3, 3]]).mean, 0)
        XCTAssertEqual(Matrix(rows: 0, columns: 0).mean, 0, "documented: an empty matrix has mean 0")
    }

    func testElementWiseSumDifferenceAndScaling() {
        XCTAssertEqual(Matrix([[1, 2]]) + Matrix([[3, 5]]), Matrix([[4, 7]]))
        XCTAssertEqual(Matrix([[1, 2]]) - Matrix([[3, 5]]), Matrix([[-2, -3]]))
        XCTAssertEqual(Matrix([[1, -2], [0.5, 4]]) * 0.5, Matrix([[0.5, -1], [0.25, 2]]))
    }

    func testElementAccessRowsColumnsAndNestedRows() {
        let m = Matrix([[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(m[1, 0], 4)
        XCTAssertEqual(m[0, 2], 3)
        XCTAssertEqual(m.elements, [1, 2, 3, 4, 5, 6], "row-major")
        XCTAssertEqual(m.row(1), Matrix([[4, 5, 6]]))
        XCTAssertEqual(m.column(2), Matrix([[3], [6]]))
        XCTAssertEqual(m.nestedRows, [[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(Matrix(rows: 2, columns: 3, elements: [1, 2, 3, 4, 5, 6]), m)
        XCTAssertEqual(Matrix(rows: 2, columns: 2, repeating: 7), Matrix([[7, 7], [7, 7]]))
    }

    func testValidatingRejectsRaggedRows() {
        XCTAssertNil(Matrix(validating: [[1, 2], [3]]))
        XCTAssertEqual(Matrix(validating: [[1, 2], [3, 4]]), Matrix([[1, 2], [3, 4]]))
    }

    func testCopiesAreIndependent() {
        let a = Matrix([[1, 2]])
        var b = a
        b[0, 0] = 9
        XCTAssertEqual(a, Matrix([[1, 2]]))
        XCTAssertEqual(b, Matrix([[9, 2]]))
    }

    func testIsFiniteFindsNaNAndInfinities() {
        XCTAssertTrue(Matrix([[1, -1e308]]).isFinite)
        XCTAssertFalse(Matrix([[1, .nan]]).isFinite)
        XCTAssertFalse(Matrix([[.infinity]]).isFinite)
        XCTAssertFalse(Matrix([[0], [-.infinity]]).isFinite)
    }

    func testShapeDescriptions() {
        XCTAssertEqual(Shape(rows: 4, columns: 2).description, "4×2")
        XCTAssertEqual(Shape(rows: 4, columns: 2).bracketed, "[4×2]")
        XCTAssertEqual(Shape(rows: 4, columns: 2).count, 8)
    }
}
