import XCTest
import Foundation
@testable import Trace

/// ``TraceIndex``: where it finds the events, that reading them lazily gives the events the eager
/// reader gives, and that damage is reported when it is met.
final class TraceIndexTests: TemporaryFilesTestCase {
    /// Chunk sizes that put line ends everywhere: smaller than a line, around one, the default.
    private let chunkSizes = [16, 97, 4096, TraceIndex.chunkBytes]

    private func recorded(epochs: Int, sampling: SamplingPolicy) throws -> [UInt8] {
        let path = temporaryPath()
        try TraceRecording.record(try TraceRecording.xorLesson(), epochs: epochs, sampling: sampling, to: path)
        return try TraceRecording.bytes(path)
    }

    private func assertSameAsEager(_ bytes: [UInt8], _ message: String = "", file: StaticString = #filePath,
                                   line: UInt = #line) {
        for chunk in chunkSizes {
            if let difference = IndexComparison.difference(bytes, chunkBytes: chunk) {
                XCTFail("\(message) chunk \(chunk): \(difference)", file: file, line: line)
            }
        }
    }

    // MARK: Where the events are

    func testEntriesPointAtTheLinesOfTheFile() throws {
        let bytes = try recorded(epochs: 3, sampling: .all)
        let lines = TraceRecording.lineRanges(bytes)
        for chunk in chunkSizes {
            let index = try TraceIndex.index(bytes: bytes, path: "t.jsonl", chunkBytes: chunk)
            XCTAssertEqual(index.entries.count, 69)
            XCTAssertEqual(index.epochs, [TraceIndex.Span(epoch: 1, first: 0, count: 23),
                                          TraceIndex.Span(epoch: 2, first: 23, count: 23),
                                          TraceIndex.Span(epoch: 3, first: 46, count: 23)])
            for (position, entry) in index.entries.enumerated() {
                let range = lines[position + 1]
                XCTAssertEqual(entry.offset, range.lowerBound, "offset of event \(position)")
                XCTAssertEqual(Int(entry.length), range.count, "length of event \(position)")
                XCTAssertEqual(entry.line, position + 2, "line of event \(position)")
            }
        }
    }

    func testLossOnlyEpochsKeepTheirLossButNoEntries() throws {
        // 1200 epochs at the default sampling: 1, 2, 3, 500, 1000 and 1200 kept.
        let bytes = try recorded(epochs: 1200, sampling: .default)
        let index = try TraceIndex.index(bytes: bytes, path: "t.jsonl")
        XCTAssertEqual(index.epochs.map(\.epoch), [1, 2, 3, 500, 1000, 1200])
        XCTAssertEqual(index.entries.count, 6 * 23)
        XCTAssertEqual(index.losses.map(\.epoch), Array(1...1200))
        XCTAssertEqual(index.eventCount, 6 * 23 + 1194)
        XCTAssertEqual(index.lastEpoch, 1200)
        XCTAssertEqual(index.names.count, 19, "each name once: W1, b1, W2, b2 appear twice an epoch")
    }

    // MARK: The same events as the eager reader

    func testLazyEventsAreTheEagerEvents() throws {
        assertSameAsEager(try recorded(epochs: 4, sampling: .all), "all")
        assertSameAsEager(try recorded(epochs: 1200, sampling: .default), "default")
        assertSameAsEager(try recorded(epochs: 30, sampling: SamplingPolicy(first: 0, every: 7, last: false)), "every 7")
        assertSameAsEager(try recorded(epochs: 5, sampling: SamplingPolicy(first: 0, every: 0, last: false)), "none kept")
    }

    func testEmptyLinesAndAMissingLastNewlineAreReadAsTheEagerReaderReadsThem() throws {
        let bytes = try recorded(epochs: 2, sampling: .all)
        let lines = TraceRecording.lineRanges(bytes).map { Array(bytes[$0]) }
        var spaced: [UInt8] = []
        for (number, line) in lines.enumerated() {
            spaced += line + [0x0A]
            if number % 5 == 3 { spaced += [0x0A, 0x0A] }
        }
        assertSameAsEager(spaced, "empty lines")
        let index = try TraceIndex.index(bytes: spaced, path: "t.jsonl")
        XCTAssertEqual(index.entries.last?.line, 47 + 2 * 9, "lines are counted with the empty ones")
        assertSameAsEager(Array(bytes.dropLast()), "no final newline")
        XCTAssertEqual(try TraceIndex.index(bytes: Array(bytes.dropLast()), path: "t.jsonl").eventCount, 46)
    }

    func testLinesInAnotherKeyOrderAreReadInFull() throws {
        // Keys reversed, spaces after the colons, a key the reader does not know, an escaped name:
        // the quick scan gives up on some, and the full parser reads them.
        let bytes = try recorded(epochs: 2, sampling: .all)
        var text = ""
        for (number, range) in TraceRecording.lineRanges(bytes).enumerated() {
            let line = String(decoding: bytes[range], as: UTF8.self)
            guard number > 0, case .object(let members) = try JSONParser.parse(line) else {
                text += line + "\n"
                continue
            }
            var keys = members.map { JSONText.string($0.key) + ": " + render($0.value) }
            switch number % 4 {
            case 0: keys.reverse()
            case 1: keys.insert("\"batch\":3", at: 3)
            case 2: keys = keys.map { $0.replacingOccurrences(of: "\"name\": \"", with: "\"name\": \"\\u0000") }
            default: break
            }
            text += "{" + keys.joined(separator: ",") + "}\n"
        }
        for chunk in chunkSizes {
            let index = try TraceIndex.index(bytes: Array(text.utf8), path: "t.jsonl", chunkBytes: chunk)
            let eager = try TraceFile.parse(Array(text.utf8), path: "t.jsonl")
            XCTAssertNil(IndexComparison.difference(eager, index), "chunk \(chunk)")
        }
    }

    func testTheQuickScanReadsWhatTheDecoderReads() throws {
        let bytes = try recorded(epochs: 1, sampling: .all)
        for range in TraceRecording.lineRanges(bytes).dropFirst() {
            let line = Array(bytes[range])
            let event = try TraceLineDecoder.event(JSONParser.parse(bytes: line))
            let summary = line.withUnsafeBufferPointer(TraceLineScanner.summary)
            XCTAssertEqual(summary, TraceLineSummary(event), event.name)
        }
        func scan(_ text: String) -> TraceLineSummary? {
            Array(text.utf8).withUnsafeBufferPointer(TraceLineScanner.summary)
        }
        let start = #"{"seq":0,"epoch":12,"step":3,"phase":"forward","op":"parameter","name":"W1","code":"W1","#
        XCTAssertEqual(scan(start + #""values":garbage"#)?.name, "W1", "it stops at the name")
        XCTAssertEqual(scan(#"{"seq":1,"epoch":4,"step":12,"batch":2,"phase":"error","op":"mse","name":"loss","code":null,"inputs":["error"],"inputShapes":[[4,1]],"shape":[1,1],"formula":"loss = mean(error²)","values":[[0.25]]}"#)?.loss, 0.25)
        XCTAssertEqual(scan(#"{"values":[["NaN"]],"op":"mse","name":"loss","phase":"error","step":12,"epoch":4}"#)?.loss?.isNaN, true)
        XCTAssertNil(scan(#"{"seq":1,"epoch":4,"step":12,"phase":"error","op":"mse","name":"loss","values":[[0.25,1]]}"#),
                     "a loss that is not one number is read in full")
        XCTAssertNil(scan(#"{"seq":1,"epoch":04,"step":12,"phase":"error","op":"mse","name":"loss","values":null}"#))
        XCTAssertNil(scan(#"{"seq":1,"epoch":0,"step":12,"phase":"error","op":"mse","name":"loss","values":null}"#))
        XCTAssertNil(scan(#"{"seq":1,"epoch":1,"step":12,"phase":"sideways","op":"mse","name":"loss","values":null}"#))
        XCTAssertNil(scan(#"{"seq":1,"epoch":1,"step":12,"phase":"error","op":"mse","name":"lo\"ss","values":null}"#))
        XCTAssertNil(scan(#"{"seq":4}"#))
        XCTAssertNil(scan("garbage"))
        XCTAssertEqual(scan(#"{"seq":1,"epoch":2,"epoch":3,"step":1,"phase":"update","op":"update","name":"b1"}"#)?.epoch, 2,
                       "the first of two keys, as JSONValue's subscript")
    }

    // MARK: Cut and damaged files

    func testACutLastLineIsSkippedWithTheWarning() throws {
        let bytes = try recorded(epochs: 2, sampling: .all)
        let lines = TraceRecording.lineRanges(bytes)
        for number in [2, 24, 47] {
            let range = lines[number - 1]
            for cut in [range.lowerBound + 1, (range.lowerBound + range.upperBound) / 2, range.upperBound - 1] {
                let prefix = Array(bytes[..<cut])
                assertSameAsEager(prefix, "cut in line \(number) at \(cut)")
                let index = try TraceIndex.index(bytes: prefix, path: "cut.jsonl", chunkBytes: 64)
                XCTAssertEqual(index.warnings, [.truncated(path: "cut.jsonl", line: number, eventsRead: number - 2)])
                XCTAssertEqual(index.eventCount, number - 2)
            }
        }
    }

    func testErrorsFoundWhenOpeningAreTheEagerReadersErrors() throws {
        let bytes = try recorded(epochs: 2, sampling: .all)
        let lines = TraceRecording.lineRanges(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        func replacing(_ number: Int, with text: String) -> [UInt8] {
            var copy = lines
            copy[number - 1] = text
            return Array((copy.joined(separator: "\n") + "\n").utf8)
        }
        let cases: [(String, [UInt8])] = [
            ("empty", []),
            ("no header", Array((lines.dropFirst().joined(separator: "\n") + "\n").utf8)),
            ("version 2", replacing(1, with: lines[0].replacingOccurrences(of: "\"version\":1", with: "\"version\":2"))),
            ("bad header field", replacing(1, with: lines[0].replacingOccurrences(of: "\"seed\":42", with: "\"seed\":-1"))),
            ("header of 2 MB", Array(String(repeating: " ", count: 2 << 20).utf8) + [0x0A]),
            ("garbage", replacing(6, with: "garbage")),
            ("not an event", replacing(6, with: #"{"seq":4}"#)),
            ("line too long", replacing(30, with: String(repeating: "x", count: 100_000))),
            ("last line too long and cut", Array((lines.joined(separator: "\n") + "\n" + String(repeating: "x", count: 200_000)).utf8)),
            ("header alone", Array((lines[0] + "\n").utf8)),
            ("header alone, no newline", Array(lines[0].utf8)),
        ]
        for (name, text) in cases {
            assertSameAsEager(text, name)
        }
        XCTAssertThrowsError(try TraceIndex.index(bytes: replacing(30, with: String(repeating: "x", count: 100_000)),
                                                  path: "t.jsonl", chunkBytes: 1000)) { error in
            XCTAssertEqual(error as? TraceFormatError, .malformedLine(path: "t.jsonl", line: 30, problem: .tooLong(bytes: 100_000)))
        }
    }

    func testDamagedValuesAreReportedWhenTheirEpochIsRead() throws {
        let bytes = try recorded(epochs: 3, sampling: .all)
        var lines = TraceRecording.lineRanges(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        // Line 33 is step 9 of epoch 2 (Z2, [4×1]): one row too few.
        let original = lines[32]
        lines[32] = original.replacingOccurrences(of: #","values":[["#, with: #","values":[[1.0],["#)
        XCTAssertNotEqual(lines[32], original)
        let damaged = Array((lines.joined(separator: "\n") + "\n").utf8)
        XCTAssertThrowsError(try TraceFile.parse(damaged, path: "d.jsonl"))
        let index = try TraceIndex.index(bytes: damaged, path: "d.jsonl")
        let recording = Recording(index: index)
        XCTAssertEqual(recording.epochs[0].events.count, 23)
        XCTAssertEqual(recording.epochs[2].events.count, 23)
        XCTAssertNil(recording.damage, "epochs 1 and 3 read fine")
        let epoch = recording.epochs[1]
        let expected = TraceFormatError.malformedLine(path: "d.jsonl", line: 33, problem: .badField("values"))
        XCTAssertEqual(recording.damage, expected)
        XCTAssertEqual(epoch.events.count, 23, "the damaged step is a stand-in")
        XCTAssertEqual(epoch.events[8].name, "Z2")
        XCTAssertNil(epoch.events[8].values)
        XCTAssertEqual(epoch.events[9].name, "A2")
        XCTAssertNotNil(epoch.events[9].values, "the other steps are read")
        XCTAssertThrowsError(try index.epoch(at: 1)) { XCTAssertEqual($0 as? TraceFormatError, expected) }
    }

    func testAFileChangedAfterOpeningIsReported() throws {
        let path = temporaryPath()
        try TraceRecording.record(try TraceRecording.xorLesson(), epochs: 3, sampling: .all, to: path)
        let index = try TraceIndex.open(path: path)
        XCTAssertEqual(try index.epoch(at: 0).events.count, 23)
        // Cut in place (a file written again over it is a new file, and the old one is still read).
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(index.entries[40].offset))
        try handle.close()
        XCTAssertThrowsError(try index.epoch(at: 2)) { XCTAssertEqual($0 as? TraceFormatError, .changed(path: path)) }
        XCTAssertThrowsError(try index.event(20, ofEpochAt: 1)) { XCTAssertEqual($0 as? TraceFormatError, .changed(path: path)) }
        XCTAssertEqual(try index.epoch(at: 0).events.count, 23, "an epoch read before is still at hand")
    }

    func testOpeningAFileReportsWhatTheEagerReaderReports() throws {
        XCTAssertThrowsError(try TraceIndex.open(path: "/nonexistent/t.jsonl")) {
            XCTAssertEqual($0 as? TraceFormatError, .missing(path: "/nonexistent/t.jsonl"))
        }
        XCTAssertThrowsError(try TraceIndex.open(path: NSTemporaryDirectory())) {
            XCTAssertEqual($0 as? TraceFormatError, .notRegularFile(path: NSTemporaryDirectory()))
        }
        let path = temporaryPath()
        try TraceRecording.record(try TraceRecording.xorLesson(), epochs: 1200, sampling: .default, to: path)
        XCTAssertNil(IndexComparison.difference(try TraceFile.read(path: path), try TraceIndex.open(path: path)))
    }

    // MARK: Non-finite values

    func testTheFirstNonFiniteValueIsFound() throws {
        let bytes = try recorded(epochs: 2, sampling: .all)
        let lines = TraceRecording.lineRanges(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        func replacing(_ number: Int, _ change: (String) -> String) -> [UInt8] {
            var copy = lines
            copy[number - 1] = change(copy[number - 1])
            XCTAssertNotEqual(copy[number - 1], lines[number - 1])
            return Array((copy.joined(separator: "\n") + "\n").utf8)
        }
        // The loss of epoch 1 (line 13), written as nnstep writes an infinity.
        let infinite = replacing(13) { $0.replacing(#/"values":\[\[[^\]]*\]\]/#, with: #""values":[["Infinity"]]"#) }
        XCTAssertEqual(try TraceIndex.index(bytes: infinite, path: "t.jsonl").firstNonFinite?.name, "loss")
        assertSameAsEager(infinite, "Infinity")
        // The first value of Z1 in epoch 2 (line 31), a number too large for a double.
        let large = replacing(31) { $0.replacing(#/"values":\[\[[^,]*,/#, with: #""values":[[1e400,"#) }
        let index = try TraceIndex.index(bytes: large, path: "t.jsonl")
        XCTAssertEqual(index.firstNonFinite?.name, "Z1")
        XCTAssertEqual(index.firstNonFinite?.epoch, 2)
        assertSameAsEager(large, "1e400")
        XCTAssertNil(try TraceIndex.index(bytes: bytes, path: "t.jsonl").firstNonFinite, "small exponents are finite")
    }

    // MARK: The epochs read last

    func testEpochsReadAreKeptUpToTheCacheSize() throws {
        let bytes = try recorded(epochs: 100, sampling: .all)
        let index = try TraceIndex.index(bytes: bytes, path: "t.jsonl")
        let recording = Recording(index: index)
        let first = recording.epochs[0]
        for position in recording.epochs.indices { XCTAssertEqual(recording.epochs[position].epoch, position + 1) }
        XCTAssertEqual(recording.epochs[0], first)
        XCTAssertEqual(recording.epochs[99].events.map(\.step), Array(1...23))
        XCTAssertEqual(recording.epochs.firstIndex(ofEpoch: 57), 56)
        XCTAssertEqual(recording.nearestKeptEpochIndex(to: 1000), 99)
        XCTAssertEqual(recording.loss(atOrBefore: 50), index.losses[49].loss)
        XCTAssertNil(recording.loss(atOrBefore: 0))
    }
}

/// `value` written back as JSON, keys in their order.
private func render(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return JSONText.number(number)
    case .string(let text): return JSONText.string(text)
    case .array(let items): return "[" + items.map(render).joined(separator: ",") + "]"
    case .object(let members): return "{" + members.map { JSONText.string($0.key) + ":" + render($0.value) }.joined(separator: ",") + "}"
    }
}
