import XCTest
import Foundation
import Trace

/// `TraceFile.read` on cut, corrupted and missing files: what it keeps and what it reports.
final class TraceReaderErrorTests: TemporaryFilesTestCase {
    /// A 2-epoch XOR run with every step kept: the header and 46 events, 47 lines.
    private var full: [UInt8] = []
    private var fullEvents: [TraceEvent] = []
    private var lines: [Range<Int>] = []

    override func setUpWithError() throws {
        try super.setUpWithError()
        let path = temporaryPath()
        try TraceRecording.record(try TraceRecording.xorLesson(), epochs: 2, sampling: .all, to: path)
        full = try TraceRecording.bytes(path)
        fullEvents = try TraceFile.read(path: path).events
        lines = TraceRecording.lineRanges(full)
        XCTAssertEqual(lines.count, 47)
        XCTAssertEqual(fullEvents.count, 46)
    }

    private func file(_ bytes: [UInt8]) throws -> String {
        let path = try TraceRecording.temporaryFile(bytes)
        paths.append(path)
        return path
    }

    /// The file with line `number` (from 1) replaced by `text`.
    private func replacing(line number: Int, with text: String) -> [UInt8] {
        var out: [UInt8] = []
        for (index, range) in lines.enumerated() {
            out += index == number - 1 ? Array(text.utf8) : Array(full[range])
            out.append(0x0A)
        }
        return out
    }

    private func readError(_ path: String, file: StaticString = #filePath, line: UInt = #line) -> TraceFormatError? {
        do {
            let trace = try TraceFile.read(path: path)
            XCTFail("read \(trace.events.count) events, expected an error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Truncation

    func testCutInsideAnEventLineKeepsTheEventsBeforeItAndWarns() throws {
        // Lines 2 (the first event), 3, 24 (first event of epoch 2) and 47 (the last), each cut
        // just after its first byte, in its middle, and just before its last byte.
        for lineNumber in [2, 3, 24, 47] {
            let range = lines[lineNumber - 1]
            for cut in [range.lowerBound + 1, (range.lowerBound + range.upperBound) / 2, range.upperBound - 1] {
                let path = try file(Array(full[0..<cut]))
                let trace = try TraceFile.read(path: path)
                // Line L holds event L − 2 (line 1 is the header): L − 2 complete events precede it.
                let before = lineNumber - 2
                XCTAssertEqual(trace.events, Array(fullEvents.prefix(before)), "cut at byte \(cut) of line \(lineNumber)")
                XCTAssertEqual(trace.warnings, [.truncated(path: path, line: lineNumber, eventsRead: before)],
                               "cut at byte \(cut) of line \(lineNumber)")
            }
        }
    }

    func testCutRightAfterANewlineLosesNothingItCouldKnow() throws {
        // Cut after line 10's newline: 9 events, complete, and no way to tell anything is missing.
        let path = try file(Array(full[0..<(lines[9].upperBound + 1)]))
        let trace = try TraceFile.read(path: path)
        XCTAssertEqual(trace.events, Array(fullEvents.prefix(9)))
        XCTAssertEqual(trace.warnings, [])
    }

    func testCutInsideTheHeaderIsAMissingHeader() throws {
        for cut in [1, lines[0].upperBound / 2, lines[0].upperBound - 1] {
            let path = try file(Array(full[0..<cut]))
            XCTAssertEqual(readError(path), .missingHeader(path: path), "cut at byte \(cut)")
        }
    }

    func testHeaderAloneIsAnEmptyTrace() throws {
        let path = try file(Array(full[0...lines[0].upperBound]))
        let trace = try TraceFile.read(path: path)
        XCTAssertEqual(trace.events, [])
        XCTAssertEqual(trace.warnings, [])
    }

    // MARK: Corruption

    func testGarbageLineInTheMiddleIsMalformedWithItsLineNumber() throws {
        let path = try file(replacing(line: 10, with: "garbage"))
        guard case .malformedLine(let errorPath, let line, .syntax(let syntax))? = readError(path) else {
            return XCTFail("expected a syntax error on a malformed line")
        }
        XCTAssertEqual(errorPath, path)
        XCTAssertEqual(line, 10)
        XCTAssertEqual(syntax.line, 1)
        XCTAssertEqual(syntax.column, 1)
        XCTAssertEqual(syntax.expected, .value)
    }

    func testCutLineFollowedByMoreLinesIsAnErrorNotAWarning() throws {
        // Line 30 loses its second half but keeps its newline: only the last line may be cut.
        let range = lines[29]
        let half = String(decoding: full[range.lowerBound..<(range.lowerBound + range.count / 2)], as: UTF8.self)
        let path = try file(replacing(line: 30, with: half))
        guard case .malformedLine(_, 30, .syntax)? = readError(path) else {
            return XCTFail("expected a syntax error on line 30")
        }
    }

    func testValidJSONThatIsNotAnEventNamesTheField() throws {
        let path = try file(replacing(line: 5, with: #"{"seq":3}"#))
        XCTAssertEqual(readError(path), .malformedLine(path: path, line: 5, problem: .badField("phase")))
    }

    func testValuesOfTheWrongShapeAreABadField() throws {
        // Line 2 is X, shape [4,2]: give it three rows.
        let text = String(decoding: full[lines[1]], as: UTF8.self)
            .replacingOccurrences(of: "\"values\":[[0.0,0.0],", with: "\"values\":[")
        XCTAssertNotEqual(text, String(decoding: full[lines[1]], as: UTF8.self), "fixture line 2 is X = [[0.0,0.0],…]")
        let path = try file(replacing(line: 2, with: text))
        XCTAssertEqual(readError(path), .malformedLine(path: path, line: 2, problem: .badField("values")))
    }

    func testBlankLinesAreSkippedAndLaterLinesKeepTheirNumbers() throws {
        // Line 4 emptied, line 6 garbage: the error still says line 6.
        var bytes = replacing(line: 6, with: "[1,")
        let lineFour = lines[3]
        bytes.removeSubrange(lineFour)
        let path = try file(bytes)
        // "[1," ends after its comma: a value was expected at column 4.
        guard case .malformedLine(path, 6, .syntax(let syntax))? = readError(path) else {
            return XCTFail("expected a syntax error on line 6")
        }
        XCTAssertEqual(syntax.column, 4)
        XCTAssertEqual(syntax.expected, .value)

        let blankOnly = try file(replacing(line: 4, with: ""))
        let trace = try TraceFile.read(path: blankOnly)
        XCTAssertEqual(trace.events.count, 45)
        XCTAssertFalse(trace.events.contains(fullEvents[2]), "line 4 held the third event")
    }

    // MARK: The header

    func testVersion99IsUnsupported() throws {
        let header = String(decoding: full[lines[0]], as: UTF8.self)
        XCTAssertTrue(header.contains("\"version\":1,"))
        let path = try file(replacing(line: 1, with: header.replacingOccurrences(of: "\"version\":1,", with: "\"version\":99,")))
        XCTAssertEqual(readError(path), .unsupportedVersion(path: path, found: 99, supported: 1))
    }

    func testFirstLineThatIsAnEventIsAMissingHeader() throws {
        let path = try file(Array(full[(lines[0].upperBound + 1)...]))
        XCTAssertEqual(readError(path), .missingHeader(path: path))
    }

    func testAnotherFormatIsAMissingHeader() throws {
        let path = try file(Array(#"{"format":"something-else","version":1}"#.utf8) + [0x0A])
        XCTAssertEqual(readError(path), .missingHeader(path: path))
    }

    func testHeaderWithAWrongFieldIsMalformedLineOne() throws {
        let header = String(decoding: full[lines[0]], as: UTF8.self)
        XCTAssertTrue(header.contains("\"stepsPerEpoch\":23"))
        let path = try file(replacing(line: 1, with: header.replacingOccurrences(of: "\"stepsPerEpoch\":23", with: "\"stepsPerEpoch\":\"23\"")))
        XCTAssertEqual(readError(path), .malformedLine(path: path, line: 1, problem: .badField("stepsPerEpoch")))
    }

    /// A header describing no network at all (`"layers":[]`) or layers of no neurons cannot come
    /// from a valid lesson (the lesson decoder rejects both), and the stepper cannot draw it
    /// (`NetworkDiagram` loops over `1...depth`, which traps for depth 0). docs/trace-format.md
    /// promises that a program using `TraceFile.read` "stops with one of these messages": the
    /// reader must report such a header as a bad field of line 1.
    func testHeaderWithoutLayersOrWithEmptyLayersIsABadField() throws {
        let header = String(decoding: full[lines[0]], as: UTF8.self)
        let layers = #""layers":[{"units":2,"activation":"sigmoid"},{"units":1,"activation":"sigmoid"}]"#
        XCTAssertTrue(header.contains(layers))
        for broken in [#""layers":[]"#,
                       #""layers":[{"units":0,"activation":"sigmoid"},{"units":1,"activation":"sigmoid"}]"#,
                       #""layers":[{"units":-2,"activation":"sigmoid"},{"units":1,"activation":"sigmoid"}]"#] {
            let path = try file(replacing(line: 1, with: header.replacingOccurrences(of: layers, with: broken)))
            switch readError(path) {
            case .malformedLine(path, 1, .badField(let field))?:
                XCTAssertTrue(field.hasPrefix("network"), "\(broken): field \(field)")
            case let other:
                XCTFail("\(broken): expected a bad field on line 1, got \(String(describing: other))")
            }
        }
    }

    /// docs/trace-format.md: a header key "missing or of the wrong type" is reported as line 1,
    /// field "seed". A negative seed must be that error; the probe runs in a child process
    /// because the reader may trap on it.
    func testNegativeSeedInTheHeaderIsABadFieldNotACrash() throws {
        let outcome = try CrashProbe.run("TraceHeaderSeedProbe/testNegativeSeedIsABadField")
        XCTAssertEqual(outcome.reason, .exit, outcome.summary)
        XCTAssertEqual(outcome.status, 0, outcome.summary)
    }

    func testCompleteLastLineWithoutItsNewlineIsRead() throws {
        // docs/trace-format.md: only a last line that "has no newline and is not a valid event"
        // is skipped with the warning.
        let path = try file(Array(full.dropLast()))
        let trace = try TraceFile.read(path: path)
        XCTAssertEqual(trace.events, fullEvents)
        XCTAssertEqual(trace.warnings, [])
    }

    // MARK: Files that are not there or hold nothing

    func testEmptyFile() throws {
        let path = try file([])
        XCTAssertEqual(readError(path), .empty(path: path))
    }

    func testMissingFileIsReportedAsMissing() {
        let path = Fixtures.temporaryPath(".jsonl")
        XCTAssertEqual(readError(path), .missing(path: path))
    }

    func testFolderIsNotARegularFile() throws {
        let folder = Fixtures.temporaryPath("-folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        paths.append(folder)
        XCTAssertEqual(readError(folder), .notRegularFile(path: folder))
    }

    func testFIFOIsRefusedWithoutBlocking() throws {
        // Opening a FIFO with no writer would block forever; the reader must refuse it first.
        let fifo = Fixtures.temporaryPath("-fifo")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        paths.append(fifo)
        XCTAssertEqual(readError(fifo), .notRegularFile(path: fifo))
        XCTAssertThrowsError(try LessonLibrary.load(path: fifo)) { error in
            XCTAssertEqual(error as? LessonError, .notRegularFile(path: fifo))
        }
    }
}

/// Run only as a child process by ``TraceReaderErrorTests/testNegativeSeedInTheHeaderIsABadFieldNotACrash()``.
final class TraceHeaderSeedProbe: XCTestCase {
    func testNegativeSeedIsABadField() throws {
        guard CrashProbe.isChild else { throw XCTSkip("a probe: TraceReaderErrorTests runs it in a child process") }
        let header = TraceLineEncoder.header(TraceHeader(lesson: try TraceRecording.xorLesson()))
        XCTAssertTrue(header.contains("\"seed\":42,"))
        let bytes = Array((header.replacingOccurrences(of: "\"seed\":42,", with: "\"seed\":-1,") + "\n").utf8)
        XCTAssertThrowsError(try TraceFile.parse(bytes, path: "negative-seed.jsonl")) { error in
            XCTAssertEqual(error as? TraceFormatError,
                           .malformedLine(path: "negative-seed.jsonl", line: 1, problem: .badField("seed")))
        }
    }
}
