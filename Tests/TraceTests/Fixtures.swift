import XCTest
import Foundation
import Trace

/// Paths and loaders for the files in `Tests/TraceTests/Fixtures`.
enum Fixtures {
    /// The fixtures folder, found from this source file so tests run from any directory.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The repository's `Lessons/` folder.
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lessons")

    /// The full path of fixture `name`.
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The golden values written by `Tests/Reference/xor_reference.py`.
    static func golden() throws -> JSONValue {
        try JSONParser.parse(bytes: [UInt8](Data(contentsOf: folder.appendingPathComponent("xor-golden.json"))))
    }

    /// A matrix stored as nested rows in a JSON value.
    static func matrix(_ value: JSONValue?) -> Matrix? {
        guard case .array(let rows)? = value else { return nil }
        let nested = rows.map { row -> [Double] in
            guard case .array(let cells) = row else { return [] }
            return cells.compactMap(JSONText.number(from:))
        }
        return Matrix(validating: nested)
    }

    /// A temporary file path that does not exist yet.
    static func temporaryPath(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-test-\(UUID().uuidString)\(suffix)").path
    }
}

/// Asserts two matrices have the same shape and every element within `tolerance`.
func assertClose(_ actual: Matrix?, _ expected: Matrix?, tolerance: Double, _ message: String,
                 file: StaticString = #filePath, line: UInt = #line) {
    guard let actual, let expected else {
        XCTFail("\(message): missing matrix", file: file, line: line)
        return
    }
    guard actual.shape == expected.shape else {
        XCTFail("\(message): shape \(actual.shape) ≠ \(expected.shape)", file: file, line: line)
        return
    }
    for (a, e) in zip(actual.elements, expected.elements) where !(abs(a - e) <= tolerance) {
        XCTFail("\(message): \(a) ≠ \(e) (tolerance \(tolerance))", file: file, line: line)
        return
    }
}

/// A test case that hands out temporary file paths and removes the files after each test.
class TemporaryFilesTestCase: XCTestCase {
    /// The paths handed out during the current test.
    var paths: [String] = []

    override func tearDown() {
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        paths = []
        super.tearDown()
    }

    /// A new `.jsonl` path in the temporary folder, removed after the test.
    func temporaryPath() -> String {
        let path = Fixtures.temporaryPath(".jsonl")
        paths.append(path)
        return path
    }
}
