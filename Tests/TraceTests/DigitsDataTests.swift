import XCTest
import Foundation
import Trace

/// `Lessons/data/digits-8x8.csv` read by `CSVTable` and `Dataset`, checked against a plain
/// reading of its text with `split` and `Double(String)`.
final class DigitsDataTests: XCTestCase {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lessons/data/digits-8x8.csv").path

    /// The file's lines, without the empty string after the last newline.
    private func textLines() throws -> [Substring] {
        try String(contentsOfFile: Self.path, encoding: .utf8).split(separator: "\n")
    }

    func testShapeAndLines() throws {
        let table = try CSVTable.read(contentsOfFile: Self.path)
        XCTAssertNil(table.header)
        XCTAssertEqual(table.rowCount, 1797)
        XCTAssertEqual(table.columnCount, 65)
        XCTAssertEqual(table.lines, Array(1...1797))
    }

    func testFirstRowIsTheFirstLine() throws {
        let table = try CSVTable.read(contentsOfFile: Self.path)
        let first = try textLines()[0].split(separator: ",").map { Double(String($0))! }
        XCTAssertEqual(first.count, 65)
        XCTAssertEqual(Array(table.row(0)), first)
        XCTAssertEqual(first[..<8], [0, 0, 5, 13, 9, 1, 0, 0], "the top row of pixels of the first image")
        XCTAssertEqual(first[64], 0, "the first image is a 0")
    }

    func testEveryValueMatchesTheText() throws {
        let table = try CSVTable.read(contentsOfFile: Self.path)
        let all = try textLines().flatMap { $0.split(separator: ",").map { Double(String($0))! } }
        XCTAssertEqual(table.values, all)
    }

    /// Class counts from the last cell of each line of text, against `Dataset.classCounts`.
    func testClassCounts() throws {
        var expected = Array(repeating: 0, count: 10)
        for line in try textLines() { expected[Int(String(line.split(separator: ",").last!))!] += 1 }
        let digits = try Dataset(table: CSVTable.read(contentsOfFile: Self.path),
                                 columns: DatasetColumns(inputs: 1...64, label: 65, targets: .oneHot(classes: 10), scale: 1.0 / 16))
        XCTAssertEqual(digits.classCounts, expected)
        XCTAssertEqual(expected.reduce(0, +), 1797)
        XCTAssertTrue(expected.allSatisfy { (170...190).contains($0) }, "\(expected)")
        XCTAssertEqual(digits.inputs.rows, 1797)
        XCTAssertEqual(digits.inputs.columns, 64)
        XCTAssertEqual(digits.inputs.elements.min(), 0)
        XCTAssertEqual(digits.inputs.elements.max(), 1, "ink counts 0…16 times 1/16")
        XCTAssertEqual(digits.targets.columns, 10)
        XCTAssertEqual(digits.targets.row(0), Matrix([[1, 0, 0, 0, 0, 0, 0, 0, 0, 0]]))
    }

    /// The CNN lesson's inputs: 1797 digits of 28 × 28, still in 0…1.
    func testResizedTo28By28() throws {
        let digits = try Dataset(table: CSVTable.read(contentsOfFile: Self.path),
                                 columns: DatasetColumns(inputs: 1...64, label: 65, targets: .oneHot(classes: 10), scale: 1.0 / 16))
        let big = try digits.resizingImages(from: .init(height: 8, width: 8), to: .init(height: 28, width: 28))
        XCTAssertEqual(big.inputs.shape, Shape(rows: 1797, columns: 784))
        XCTAssertEqual(big.targets, digits.targets)
        XCTAssertTrue(big.inputs.elements.allSatisfy { (0...1).contains($0) })
    }

    /// 1797 × 0.2 = 359.4, so 360 test examples, as scikit-learn's `train_test_split` counts them.
    func testSplitOfTheDigits() throws {
        let split = try DataSplit(examples: 1797, testFraction: 0.2, seed: 0)
        XCTAssertEqual(split.test.count, 360)
        XCTAssertEqual(split.train.count, 1437)
    }
}
