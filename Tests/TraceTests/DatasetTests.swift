import XCTest
import Trace

/// `Dataset` and `DatasetColumns` on a small hand-written table.
final class DatasetTests: XCTestCase {
    /// Three examples: two inputs and a label in 0…2.
    private let table = try! CSVTable.parse("x1,x2,label\n1,2,0\n3,4,2\n\n5,6,1\n")

    private func error(_ columns: DatasetColumns, table: CSVTable? = nil) -> DatasetError? {
        do {
            _ = try Dataset(table: table ?? self.table, columns: columns)
            return nil
        } catch {
            return error
        }
    }

    func testOneHotTargetsAndScaledInputs() throws {
        let data = try Dataset(table: table, columns: DatasetColumns(inputs: 1...2, label: 3, targets: .oneHot(classes: 3), scale: 0.5))
        XCTAssertEqual(data.count, 3)
        XCTAssertEqual(data.inputs, Matrix([[0.5, 1], [1.5, 2], [2.5, 3]]))
        XCTAssertEqual(data.targets, Matrix([[1, 0, 0], [0, 0, 1], [0, 1, 0]]))
        XCTAssertEqual(data.labels, [0, 2, 1])
        XCTAssertEqual(data.lines, [2, 3, 5])
        XCTAssertEqual(data.classCounts, [1, 1, 1])
    }

    func testValueTargetsKeepTheLabel() throws {
        let data = try Dataset(table: table, columns: DatasetColumns(inputs: 2...2, label: 3))
        XCTAssertEqual(data.inputs, Matrix([[2], [4], [6]]))
        XCTAssertEqual(data.targets, Matrix([[0], [2], [1]]))
        XCTAssertNil(data.labels)
        XCTAssertNil(data.classCounts)
    }

    /// The label may come before the inputs.
    func testLabelInTheFirstColumn() throws {
        let data = try Dataset(table: table, columns: DatasetColumns(inputs: 2...3, label: 1))
        XCTAssertEqual(data.inputs, Matrix([[2, 0], [4, 2], [6, 1]]))
        XCTAssertEqual(data.targets, Matrix([[1], [3], [5]]))
    }

    func testColumnErrors() {
        XCTAssertEqual(error(DatasetColumns(inputs: 0...2, label: 3)), .columnOutOfRange(column: 0, columns: 3))
        XCTAssertEqual(error(DatasetColumns(inputs: 1...4, label: 3)), .columnOutOfRange(column: 4, columns: 3))
        XCTAssertEqual(error(DatasetColumns(inputs: 1...2, label: 65)), .columnOutOfRange(column: 65, columns: 3))
        XCTAssertEqual(error(DatasetColumns(inputs: 1...3, label: 3)), .labelAmongInputs(label: 3, inputs: 1...3))
    }

    func testScaleAndClassErrors() {
        for scale in [0, -1, Double.infinity, .nan] {
            XCTAssertEqual(error(DatasetColumns(inputs: 1...2, label: 3, scale: scale)).map { "\($0)" },
                           "\(DatasetError.invalidScale(value: scale))")
        }
        XCTAssertEqual(error(DatasetColumns(inputs: 1...2, label: 3, targets: .oneHot(classes: 1))), .tooFewClasses(classes: 1))
    }

    /// The first bad label is reported with its file line; the others are counted.
    func testLabelsThatAreNotClasses() throws {
        XCTAssertEqual(error(DatasetColumns(inputs: 1...2, label: 3, targets: .oneHot(classes: 2))),
                       .labelNotAClass(line: 3, column: 3, value: 2, classes: 2, others: 0))
        let odd = try CSVTable.parse("1,0\n2,2.5\n3,-1\n4,1\n5,10")
        XCTAssertEqual(error(DatasetColumns(inputs: 1...1, label: 2, targets: .oneHot(classes: 10)), table: odd),
                       .labelNotAClass(line: 2, column: 2, value: 2.5, classes: 10, others: 2))
    }

    func testExamplesInTheGivenOrder() throws {
        let data = try Dataset(table: table, columns: DatasetColumns(inputs: 1...2, label: 3, targets: .oneHot(classes: 3)))
        let picked = data.examples([2, 0])
        XCTAssertEqual(picked.inputs, Matrix([[5, 6], [1, 2]]))
        XCTAssertEqual(picked.targets, Matrix([[0, 1, 0], [1, 0, 0]]))
        XCTAssertEqual(picked.labels, [1, 0])
        XCTAssertEqual(picked.lines, [5, 2])
        XCTAssertEqual(data.examples([]).count, 0)
    }

    func testResizingNeedsOneInputPerPixel() throws {
        let data = try Dataset(table: table, columns: DatasetColumns(inputs: 1...2, label: 3))
        XCTAssertThrowsError(try data.resizingImages(from: .init(height: 2, width: 2), to: .init(height: 4, width: 4))) {
            XCTAssertEqual($0 as? DatasetError, .imageSizeMismatch(inputs: 2, height: 2, width: 2))
        }
        let wide = try data.resizingImages(from: .init(height: 1, width: 2), to: .init(height: 1, width: 4))
        // 1×2 → 1×4: centres at s = −¼ → 0, ¼, ¾, 1¼ → 1 (see ImageResamplerTests).
        XCTAssertEqual(wide.inputs, Matrix([[1, 1.25, 1.75, 2], [3, 3.25, 3.75, 4], [5, 5.25, 5.75, 6]]))
    }

    func testColumnRangeText() {
        XCTAssertEqual(DatasetColumns.columnRange("1-64"), 1...64)
        XCTAssertEqual(DatasetColumns.columnRange(" 1 - 64 "), 1...64)
        XCTAssertEqual(DatasetColumns.columnRange("1–64"), 1...64)
        XCTAssertEqual(DatasetColumns.columnRange("7"), 7...7)
        for bad in ["", "64-1", "a-b", "1-2-3", "-5", "5-", "1,2", "1.5-3", "+1-2", "99999999999999999999"] {
            XCTAssertNil(DatasetColumns.columnRange(bad), bad)
        }
    }
}
