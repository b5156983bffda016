import XCTest
import Trace
@testable import Explain

/// Matrices as `pmatrix`: aligned, whole numbers for data, elided past the limit with the
/// shape stated.
final class LaTeXMatrixTests: XCTestCase {
    func testRowsOnTheirOwnLinesWithDecimalPointsLinedUp() {
        let matrix = LaTeXMatrix().render(Matrix([[0.5, -0.3], [0.8, 0.2]]))
        XCTAssertEqual(matrix, """
            \\begin{pmatrix}
              0.5000 &           -0.3000 \\\\
              0.8000 & \\phantom{-}0.2000
            \\end{pmatrix}
            """)
    }

    func testDataOfWholeNumbersIsWrittenAsSuch() {
        XCTAssertEqual(LaTeXMatrix().render(Matrix([[0, 1], [1, 0]])), "\\begin{pmatrix}\n  0 & 1 \\\\\n  1 & 0\n\\end{pmatrix}")
        XCTAssertEqual(LaTeXMatrix().render(Matrix([[0.1, -0.1]])), "\\begin{pmatrix} 0.1000 & -0.1000 \\end{pmatrix}")
    }

    func testLargeMatricesAreElidedWithTheirShapeStated() {
        let large = Matrix(rows: 10, columns: 784, elements: (0..<7840).map { Double($0) / 7840 })
        let text = LaTeXMatrix().render(large)
        XCTAssertTrue(text.hasPrefix("\\underset{[10 \\times 784]}{\\begin{pmatrix}"), text)
        let rows = text.components(separatedBy: "\n").filter { $0.hasPrefix("  ") }
        XCTAssertEqual(rows.count, 8, "6 rows, the \\vdots row and the last")
        for row in rows { XCTAssertEqual(row.components(separatedBy: "&").count, 8, row) }
        XCTAssertTrue(rows[6].contains("\\vdots") && rows[6].contains("\\ddots"), rows[6])
        XCTAssertTrue(rows[0].contains("\\cdots"), rows[0])
        XCTAssertTrue(rows[7].contains(LaTeXNumber().format(large[9, 783])), "the last element is kept")
        XCTAssertLessThan(text.count, 1200, "never the 7840 numbers")
    }

    func testTheLimitIsConfigurable() {
        let matrix = Matrix(rows: 5, columns: 5, repeating: 0.5)
        XCTAssertFalse(LaTeXMatrix().render(matrix).contains("dots"))
        let small = LaTeXMatrix(maxRows: 4, maxColumns: 3).render(matrix)
        XCTAssertTrue(small.hasPrefix("\\underset{[5 \\times 5]}"))
        XCTAssertEqual(small.components(separatedBy: "\\\\").count, 4)
    }

    func testRowsAsTuples() {
        let delta = Matrix([[-0.0232, 0.0199], [0.0157, -0.0163]])
        XCTAssertEqual(LaTeXMatrix().tuple(delta, row: 1), "(0.0157,\\ -0.0163)")
    }
}
