import XCTest
import Foundation
import Trace

/// Lines too long to be a trace line are reported without being parsed, so that a damaged or
/// hostile file can cost neither minutes nor gigabytes; the limit follows the trace's network.
final class TraceLineLimitTests: XCTestCase {
    private var header = ""
    private var events: [String] = []

    override func setUpWithError() throws {
        let path = Fixtures.temporaryPath(".jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TraceRecording.record(try TraceRecording.xorLesson(), epochs: 1, sampling: .all, to: path)
        let lines = String(decoding: try TraceRecording.bytes(path), as: UTF8.self).split(separator: "\n").map(String.init)
        header = lines[0]
        events = Array(lines.dropFirst())
    }

    private func parse(_ lines: [String]) throws -> TraceFile {
        try TraceFile.parse(Array((lines.joined(separator: "\n") + "\n").utf8), path: "t.jsonl")
    }

    func testTheLimitFollowsTheLargestMatrixOfTheNetwork() throws {
        // XOR: the largest matrices are X, Z1, A1, Error_hidden, delta_hidden, [4×2]: 8 numbers.
        let xor = try TraceFile.parse(Array((header + "\n").utf8), path: "t.jsonl").header
        XCTAssertEqual(xor.largestMatrixElements, 8)
        XCTAssertEqual(xor.maximumEventLineBytes, 64 * 1024 + 8 * 32)
        XCTAssertLessThan(events.map(\.utf8.count).max() ?? 0, xor.maximumEventLineBytes, "every real line fits")
        // 3 inputs, layers of 50 and 7 neurons, 20 examples: W2 is [50×7] = 350, Z1 [20×50] = 1000.
        var wide = xor
        wide.network = NetworkSpec(inputs: 3, layers: [LayerSpec(units: 50, activation: .sigmoid), LayerSpec(units: 7, activation: .sigmoid)])
        wide.examples = 20
        XCTAssertEqual(wide.largestMatrixElements, 1000)
        // A header claiming absurd sizes is capped at 64 MiB.
        wide.examples = 1 << 40
        XCTAssertEqual(wide.maximumEventLineBytes, TraceFile.maximumLineBytes)
    }

    func testALineJustOverTheLimitIsTooLong() throws {
        let limit = 64 * 1024 + 8 * 32
        let long = String(repeating: " ", count: limit - events[0].utf8.count + 1) + events[0]
        XCTAssertEqual(long.utf8.count, limit + 1)
        XCTAssertThrowsError(try parse([header, long])) { error in
            XCTAssertEqual(error as? TraceFormatError, .malformedLine(path: "t.jsonl", line: 2, problem: .tooLong(bytes: limit + 1)))
        }
        // One byte shorter, the same line (JSON allows the spaces) is read.
        XCTAssertEqual(try parse([header, String(long.dropFirst())]).events.count, 1)
    }

    func testSixtyMegabytesOfNumbersAreRefusedAtOnce() throws {
        // Before the limit followed the network, this line (under the 64 MiB cap) was parsed:
        // 30 seconds and 1.4 GB in a debug build.
        let numbers = "[" + String(repeating: "0,", count: 30_000_000) + "0]"
        let start = Date()
        XCTAssertThrowsError(try parse([header, numbers])) { error in
            XCTAssertEqual(error as? TraceFormatError,
                           .malformedLine(path: "t.jsonl", line: 2, problem: .tooLong(bytes: numbers.utf8.count)))
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testAHugeFirstLineIsNotAHeader() throws {
        let huge = String(repeating: "x", count: TraceHeader.maximumHeaderBytes + 1)
        XCTAssertThrowsError(try parse([huge])) { error in
            XCTAssertEqual(error as? TraceFormatError, .missingHeader(path: "t.jsonl"))
        }
    }

    func testAHugeCutLastLineIsAWarningNotAnError() throws {
        let bytes = Array((header + "\n" + events[0] + "\n").utf8) + [UInt8](repeating: UInt8(ascii: "["), count: 2_000_000)
        let trace = try TraceFile.parse(bytes, path: "t.jsonl")
        XCTAssertEqual(trace.events.count, 1)
        XCTAssertEqual(trace.warnings, [.truncated(path: "t.jsonl", line: 3, eventsRead: 1)])
    }

    func testAShapeClaimingABillionColumnsIsABadFieldNotAnAllocation() throws {
        // The values are checked against the shape before any room is reserved for them.
        let line = #"{"seq":0,"epoch":1,"step":1,"phase":"forward","op":"data","name":"X","code":"X","inputs":[],"inputShapes":[],"shape":[1,1000000000],"formula":"X","values":[[1]]}"#
        XCTAssertThrowsError(try parse([header, line])) { error in
            XCTAssertEqual(error as? TraceFormatError, .malformedLine(path: "t.jsonl", line: 2, problem: .badField("values")))
        }
    }
}
