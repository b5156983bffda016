import XCTest
import Trace

/// `Matrix.fixed` and `formattedLines`, against text written out by hand.
final class MatrixFormattingTests: XCTestCase {
    func testFixedWritesExactlyTheGivenDecimals() {
        XCTAssertEqual(Matrix.fixed(0.5), "0.5000")
        XCTAssertEqual(Matrix.fixed(2.0 / 3.0), "0.6667", "0.66666… rounds up in the 4th decimal")
        XCTAssertEqual(Matrix.fixed(1.23456789, digits: 2), "1.23")
        XCTAssertEqual(Matrix.fixed(3, digits: 0), "3")
        XCTAssertEqual(Matrix.fixed(12.5, digits: 1), "12.5")
    }

    func testFixedNeverUsesAnExponent() {
        // Double.description would write "1e-05" and "1e+20".
        XCTAssertEqual(Matrix.fixed(1e-5), "0.0000")
        XCTAssertEqual(Matrix.fixed(1e-5, digits: 6), "0.000010")
        XCTAssertEqual(Matrix.fixed(-2.5e-7, digits: 8), "-0.00000025")
        // 1e20 = 2²⁰·5²⁰ is exact in binary (5²⁰ < 2⁵³).
        XCTAssertEqual(Matrix.fixed(1e20, digits: 2), "100000000000000000000.00")
    }

    func testFixedNegatives() {
        XCTAssertEqual(Matrix.fixed(-0.12), "-0.1200")
        XCTAssertEqual(Matrix.fixed(-1), "-1.0000")
        XCTAssertEqual(Matrix.fixed(-0.00005001), "-0.0001")
    }

    func testFixedNeverPrintsMinusZero() {
        XCTAssertEqual(Matrix.fixed(-0.0), "0.0000")
        // −0.00001 and −0.00004 round to −0.0000 at 4 decimals: the sign goes.
        XCTAssertEqual(Matrix.fixed(-1e-5), "0.0000")
        XCTAssertEqual(Matrix.fixed(-0.00004), "0.0000")
        XCTAssertEqual(Matrix.fixed(-0.0, digits: 0), "0")
        XCTAssertEqual(Matrix.fixed(-0.4, digits: 0), "0")
    }

    func testFixedNonFiniteValuesStandOut() {
        XCTAssertEqual(Matrix.fixed(.nan), "NaN")
        XCTAssertEqual(Matrix.fixed(.infinity), "∞")
        XCTAssertEqual(Matrix.fixed(-.infinity), "\u{2212}∞", "a real minus sign, U+2212")
    }

    func testFormattedLinesOfTheDocumentedExample() {
        XCTAssertEqual(Matrix([[0.525, -0.12]]).formattedLines(), ["[ 0.5250  -0.1200 ]"])
    }

    func testFormattedLinesAlignTheDecimalPoints() {
        // Column 0 cells "1.0000", "100.0000" → width 8; column 1 "-10.0000", "2.0000" → width 8.
        let lines = Matrix([[1, -10], [100, 2]]).formattedLines()
        XCTAssertEqual(lines, [
            "[   1.0000  -10.0000 ]",
            "[ 100.0000    2.0000 ]",
        ])
        // The decimal points of a column sit at the same offset in every line.
        let points = lines.map { line in
            line.enumerated().filter { $0.element == "." }.map(\.offset)
        }
        XCTAssertEqual(points[0], points[1])
    }

    func testFormattedLinesWithOtherDigitsAndNegativeZero() {
        XCTAssertEqual(Matrix([[0.5], [-0.0]]).formattedLines(digits: 2), ["[ 0.50 ]", "[ 0.00 ]"])
    }

    func testFormattedLinesMeasureCellsInCharacters() {
        // "∞" is one character (three UTF-8 bytes): column 1 is as wide as "1.0000".
        let lines = Matrix([[.nan, 1], [2, .infinity]]).formattedLines()
        XCTAssertEqual(lines, [
            "[    NaN  1.0000 ]",
            "[ 2.0000       ∞ ]",
        ])
        XCTAssertEqual(lines[0].count, lines[1].count)
    }

    func testFormattedLinesOfAnEmptyMatrix() {
        XCTAssertEqual(Matrix(rows: 0, columns: 3).formattedLines(), ["[ ]"])
        XCTAssertEqual(Matrix(rows: 2, columns: 0).formattedLines(), ["[ ]"])
    }
}
