import XCTest
import Foundation
import Trace

/// The limits of lesson files: how many layers, and how large a file is read at all.
final class LessonLimitsTests: XCTestCase {
    /// `Lessons/xor.json` with `count` hidden layers of 2 sigmoid neurons before its output layer.
    private func lesson(hiddenLayers count: Int) throws -> JSONValue {
        let hidden = String(repeating: "{\"units\": 2, \"activation\": \"sigmoid\"},", count: count)
        let text = try String(contentsOf: Fixtures.lessons.appendingPathComponent("xor.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"layers\": [\n", with: "\"layers\": [\n" + hidden)
        return try JSONParser.parse(text)
    }

    func testAHundredLayersAreAllowedAndOneMoreIsAProblem() throws {
        // xor.json has 2 layers: 98 more make 100, 99 more make 101.
        let hundred = try LessonDecoder.decode(try lesson(hiddenLayers: 98), fallbackName: "x", path: "x.json")
        XCTAssertEqual(hundred.network.depth, 100)
        XCTAssertThrowsError(try LessonDecoder.decode(try lesson(hiddenLayers: 99), fallbackName: "x", path: "x.json")) { error in
            XCTAssertEqual(error as? LessonError, .invalid(path: "x.json", problems: [
                LessonProblem(path: "network.layers", kind: .tooManyLayers(count: 101, maximum: 100)),
            ]))
        }
    }

    func testHundredThousandLayersAreRefusedQuickly() throws {
        // Before the limit this list made the trainer hang.
        let start = Date()
        XCTAssertThrowsError(try LessonDecoder.decode(try lesson(hiddenLayers: 100_000), fallbackName: "x", path: "x.json"))
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testAFileLargerThanTheLimitIsNotRead() throws {
        let path = Fixtures.lessons.appendingPathComponent("xor.json").path
        let size = try XCTUnwrap((try FileManager.default.attributesOfItem(atPath: path))[.size] as? NSNumber).intValue
        XCTAssertThrowsError(try LessonLibrary.load(path: path, maximumBytes: size - 1)) { error in
            XCTAssertEqual(error as? LessonError, .tooLarge(path: path, bytes: size, limit: size - 1))
        }
        XCTAssertEqual(try LessonLibrary.load(path: path, maximumBytes: size).name, "xor")
        XCTAssertEqual(LessonLibrary.maximumFileBytes, 16_000_000)
    }
}
