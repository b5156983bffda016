import XCTest
import Foundation
import Trace

/// What the tests of each part of the lesson format share: a lesson made of its parts, its
/// decoding, and the comparison of the problems it reports.
class LessonDecoderTestCase: XCTestCase {
    /// The notes' 2-2-1 sigmoid network.
    let xorNetwork = #"{"inputs": 2, "layers": [{"units": 2, "activation": "sigmoid"}, {"units": 1, "activation": "sigmoid"}]}"#
    /// The four XOR examples.
    let xorData = #"{"X": [[0, 0], [0, 1], [1, 0], [1, 1]], "y": [[0], [1], [1], [0]]}"#
    /// The least `training` a lesson needs.
    let shortTraining = #"{"learningRate": 0.5, "epochs": 10}"#

    /// A lesson file with the given parts; `extra` is added at the top level (`"variants": […]`).
    func lessonText(network: String? = nil, data: String? = nil, training: String? = nil, extra: String = "") -> String {
        var text = "{\"network\": \(network ?? xorNetwork), \"data\": \(data ?? xorData), \"training\": \(training ?? shortTraining)"
        if !extra.isEmpty { text += ", " + extra }
        return text + "}"
    }

    /// Decodes `text` as the lesson `test.json` of `folder` (the working directory by default).
    func decode(_ text: String, folder: String? = nil) throws -> Lesson {
        try LessonDecoder.decode(JSONParser.parse(text), fallbackName: "test", path: "test.json", folder: folder)
    }

    /// The problems of an invalid lesson; fails when it decodes or fails otherwise.
    func problems(_ text: String, folder: String? = nil, file: StaticString = #filePath, line: UInt = #line) -> [LessonProblem] {
        do {
            let lesson = try decode(text, folder: folder)
            XCTFail("decoded \(lesson.name)", file: file, line: line)
        } catch let error as LessonError {
            guard case .invalid(_, let problems) = error else {
                XCTFail("expected .invalid, got \(error)", file: file, line: line)
                return []
            }
            return problems
        } catch {
            XCTFail("not a lesson error: \(error)", file: file, line: line)
        }
        return []
    }

    /// Asserts that decoding `text` reports exactly `expected`, in any order.
    func assertProblems(_ text: String, folder: String? = nil, _ expected: [LessonProblem],
                        file: StaticString = #filePath, line: UInt = #line) {
        let actual = problems(text, folder: folder, file: file, line: line)
        for problem in expected where !actual.contains(problem) {
            XCTFail("missing \(problem) in \(actual)", file: file, line: line)
        }
        for problem in actual where !expected.contains(problem) {
            XCTFail("unexpected \(problem)", file: file, line: line)
        }
    }

    /// A folder of its own for the test, removed afterwards.
    func temporaryFolder() throws -> String {
        let folder = Fixtures.temporaryPath("-lesson")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }

    /// Writes `text` to `name` (which may have folders) inside `folder`.
    func write(_ text: String, to name: String, in folder: String) throws {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// `rows` rows of `columns` zeros, as a JSON matrix.
    func zeros(_ rows: Int, _ columns: Int) -> String {
        "[" + Array(repeating: "[" + Array(repeating: "0", count: columns).joined(separator: ",") + "]", count: rows)
            .joined(separator: ",") + "]"
    }

    /// `rows` one-hot rows over `classes` classes (row `i` is class `i mod classes`), as a JSON matrix.
    func oneHot(_ rows: Int, _ classes: Int) -> String {
        "[" + (0..<rows).map { row in
            "[" + (0..<classes).map { $0 == row % classes ? "1" : "0" }.joined(separator: ",") + "]"
        }.joined(separator: ",") + "]"
    }
}
