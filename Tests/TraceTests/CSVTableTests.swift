import XCTest
import Foundation
import Trace

/// `CSVTable` on small hand-written files: layout, numbers, headers and every error.
final class CSVTableTests: XCTestCase {
    private func parse(_ text: String, header: CSVTable.Header = .detect) throws -> CSVTable {
        try CSVTable.parse(text, header: header)
    }

    private func error(_ text: String, header: CSVTable.Header = .detect) -> CSVError? {
        do {
            _ = try CSVTable.parse(text, header: header)
            return nil
        } catch {
            return error
        }
    }

    func testRowsColumnsAndLines() throws {
        let table = try parse("1,2,3\n4,5,6\n")
        XCTAssertNil(table.header)
        XCTAssertEqual(table.rowCount, 2)
        XCTAssertEqual(table.columnCount, 3)
        XCTAssertEqual(table.values, [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(table.lines, [1, 2])
        XCTAssertEqual(table[1, 0], 4)
        XCTAssertEqual(Array(table.row(1)), [4, 5, 6])
        XCTAssertEqual(table.matrix, Matrix([[1, 2, 3], [4, 5, 6]]))
    }

    func testLastLineWithoutNewline() throws {
        XCTAssertEqual(try parse("1,2\n3,4").values, [1, 2, 3, 4])
    }

    /// Lines 1, 3 and 4 are blank (line 4 only spaces); `\r\n` ends lines 1–5, a lone `\r` line 6.
    func testBlankLinesAndLineEndsAreSkippedButCounted() throws {
        let table = try parse("\r\n1, 2\r\n\r\n  \t \r\n3 ,4\r\n5,\t6\r7,8")
        XCTAssertEqual(table.values, [1, 2, 3, 4, 5, 6, 7, 8])
        XCTAssertEqual(table.lines, [2, 5, 6, 7])
    }

    func testByteOrderMarkIsSkipped() throws {
        let table = try CSVTable.parse([0xEF, 0xBB, 0xBF] + Array("x,y\n1,2\n".utf8))
        XCTAssertEqual(table.header, ["x", "y"])
        XCTAssertEqual(table.values, [1, 2])
    }

    /// Every form of the number syntax, against the value of the same literal in Swift.
    func testNumberForms() throws {
        let table = try parse("-0.25,1e-3,.5,5.,+7,1E2,0.1,007,-0,2.5e+1,1e-400")
        XCTAssertEqual(table.values, [-0.25, 0.001, 0.5, 5, 7, 100, 0.1, 7, 0, 25, 0])
        XCTAssertEqual(table.values[8].sign, .minus, "-0 keeps its sign")
    }

    /// More digits than the fast path takes: the long expansion of the double nearest 0.1 and a
    /// 30-digit integer read as the correctly rounded doubles.
    func testLongNumbersAreCorrectlyRounded() throws {
        let table = try parse("0.1000000000000000055511151231257827,123456789012345678901234567890,9007199254740993")
        XCTAssertEqual(table.values, [0.1, 1.2345678901234568e29, 9007199254740992])
    }

    /// The byte reader against `Double(String)` (the C library's `strtod`), an independent
    /// implementation, on 20 000 numbers written three ways.
    func testRandomNumbersMatchDoubleFromString() throws {
        var generator = SplitMix64(seed: 2024)
        var texts: [String] = []
        for _ in 0..<20_000 {
            let magnitude = generator.nextUniform(in: -30, 30)
            let value = (generator.nextUnit() - 0.5) * pow(10, magnitude)
            texts.append(value.description)
            texts.append(String(format: "%.17g", value))
            texts.append(String(format: "%.3f", generator.nextUniform(in: -100, 100)))
        }
        let table = try parse(texts.joined(separator: ","))
        XCTAssertEqual(table.values, texts.map { Double($0)! })
    }

    func testHeaderIsDetectedWhenACellIsNotANumber() throws {
        let table = try parse("x1, \"x2\" ,label\n0,1,1\n")
        XCTAssertEqual(table.header, ["x1", "x2", "label"])
        XCTAssertEqual(table.values, [0, 1, 1])
        XCTAssertEqual(table.lines, [2])
    }

    /// An unnamed first column, as pandas writes its index: still a header.
    func testHeaderWithAnEmptyName() throws {
        XCTAssertEqual(try parse(",a,b\n0,1,2").header, ["", "a", "b"])
    }

    func testHeaderOfNumbersNeedsPresent() throws {
        let detected = try parse("0,1,2\n5,6,7")
        XCTAssertNil(detected.header)
        XCTAssertEqual(detected.rowCount, 2)
        let present = try parse("0,1,2\n5,6,7", header: .present)
        XCTAssertEqual(present.header, ["0", "1", "2"])
        XCTAssertEqual(present.values, [5, 6, 7])
    }

    func testAbsentHeaderMakesANameAnError() {
        XCTAssertEqual(error("x,y\n1,2", header: .absent), .notANumber(line: 1, column: 1, text: "x"))
    }

    func testEmptyFiles() {
        XCTAssertEqual(error(""), .empty)
        XCTAssertEqual(error("\n \n\r\n"), .empty)
        XCTAssertEqual(error("a,b\n\n"), .empty, "a header alone has no rows")
        XCTAssertEqual(error("1,2", header: .present), .empty)
    }

    func testNotANumber() {
        XCTAssertEqual(error("1,2\n3,x\n"), .notANumber(line: 2, column: 2, text: "x"))
        XCTAssertEqual(error("1,2\n\n3, 4 5\n"), .notANumber(line: 3, column: 2, text: "4 5"))
        for bad in ["nan", "inf", "0x10", "1e", "-", ".", "1.2.3", "1.5e", "e5", "\"3\""] {
            XCTAssertEqual(error("1,2\n3,\(bad)"), .notANumber(line: 2, column: 2, text: bad), bad)
        }
    }

    /// `1,,3` is a row with a missing number, not a header.
    func testEmptyCell() {
        XCTAssertEqual(error("1,,3\n4,5,6"), .notANumber(line: 1, column: 2, text: ""))
    }

    func testLongCellIsQuotedShort() {
        let cell = String(repeating: "a", count: 60)
        XCTAssertEqual(error("1\n" + cell), .notANumber(line: 2, column: 1, text: String(repeating: "a", count: 39) + "…"))
    }

    func testTooLargeNumber() {
        XCTAssertEqual(error("1,2\n3,-1e400"), .notFinite(line: 2, column: 2, text: "-1e400"))
    }

    func testCellCounts() {
        XCTAssertEqual(error("1,2\n3\n"), .cellCount(line: 2, count: 1, expected: 2, firstLine: 1))
        XCTAssertEqual(error("\n1,2\n3,4,5\n"), .cellCount(line: 3, count: 3, expected: 2, firstLine: 2))
        XCTAssertEqual(error("1,2\n3,4,\n"), .cellCount(line: 2, count: 3, expected: 2, firstLine: 1),
                       "a comma too many is a cell too many, not an empty number")
        XCTAssertEqual(error("a,b,c\n1,2"), .cellCount(line: 2, count: 2, expected: 3, firstLine: 1))
        XCTAssertEqual(error("1,2,3\n4,x"), .cellCount(line: 2, count: 2, expected: 3, firstLine: 1))
    }

    /// Files written by a spreadsheet set to Spanish: `;` between cells, `,` as decimal mark.
    func testSemicolonSeparatedFiles() {
        XCTAssertEqual(error("1;2;3\n4;5;6"), .semicolonSeparated(line: 1))
        XCTAssertEqual(error("0,5;1,5\n2,5;3"), .semicolonSeparated(line: 1))
        XCTAssertEqual(error("a;b\n1;2"), .semicolonSeparated(line: 1))
        XCTAssertEqual(error("x;y\n1;2", header: .present), .semicolonSeparated(line: 2))
    }

    func testReadingFiles() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-csv-\(UUID().uuidString).csv").path
        try "a,b\n1,2\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(try CSVTable.read(contentsOfFile: path).values, [1, 2])
        XCTAssertThrowsError(try CSVTable.read(contentsOfFile: path, maximumBytes: 4)) {
            XCTAssertEqual($0 as? CSVError, .tooLarge(bytes: 8, limit: 4))
        }
        XCTAssertThrowsError(try CSVTable.read(contentsOfFile: path + ".missing")) {
            XCTAssertEqual($0 as? CSVError, .notFound)
        }
        XCTAssertThrowsError(try CSVTable.read(contentsOfFile: FileManager.default.temporaryDirectory.path)) {
            XCTAssertEqual($0 as? CSVError, .notRegularFile)
        }
    }
}
