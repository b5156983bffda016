import XCTest
import Foundation
import Trace

/// When `TraceFileWriter` puts its lines on disk, and what it does when it cannot.
final class TraceFileWriterTests: TemporaryFilesTestCase {

    func testTheHeaderIsOnDiskAsSoonAsTheWriterExists() throws {
        let lesson = try TraceRecording.xorLesson()
        let path = temporaryPath()
        let header = TraceRecording.header(lesson, epochs: 10, sampling: .default)
        let writer = try TraceFileWriter(path: path, header: header)
        let trace = try TraceFile.read(path: path)
        XCTAssertEqual(trace.header, header)
        XCTAssertEqual(trace.events, [])
        withExtendedLifetime(writer) {}
    }

    /// docs/trace-format.md, "Writing": the buffer (at most 64 KiB) is written when it is full,
    /// at the end of every kept epoch, and at the end of the run; only whole lines are written.
    /// So at any moment the file holds whole lines, everything up to the latest kept epoch that
    /// ended, and misses at most 64 KiB.
    func testTheFileHoldsWholeLinesUpToTheLatestKeptEpoch() throws {
        let lesson = try TraceRecording.xorLesson()
        let path = temporaryPath()
        let sampling = SamplingPolicy(first: 3, every: 0, last: false)
        let header = TraceRecording.header(lesson, epochs: 10, sampling: sampling)
        let memory = try TraceRecording.memory(lesson, epochs: 10, sampling: sampling)
        let everything = memory.map { Array(TraceLineEncoder.event($0).utf8) + [0x0A] }

        var writer = try TraceFileWriter(path: path, header: header)
        var trainer = lesson.makeTrainer()
        for epoch in 1...10 {
            try trainer.runEpoch(epoch, into: &writer)
            let bytes = try TraceRecording.bytes(path)
            XCTAssertEqual(bytes.last, 0x0A, "whole lines only, after epoch \(epoch)")
            let trace = try TraceFile.read(path: path)
            XCTAssertEqual(trace.warnings, [])
            XCTAssertEqual(trace.events, Array(memory.prefix(trace.events.count)), "a prefix of the run")
            // Epochs 1–3 are kept, 23 events each: after epoch e ≤ 3, all 23·e are on disk.
            let producedSoFar = memory.filter { $0.epoch <= epoch }.count
            XCTAssertGreaterThanOrEqual(trace.events.count, 23 * min(epoch, 3), "after epoch \(epoch)")
            if epoch <= 3 { XCTAssertEqual(trace.events.count, producedSoFar, "a kept epoch is on disk when it ends") }
            let missing = everything[trace.events.count..<producedSoFar].reduce(0) { $0 + $1.count }
            XCTAssertLessThanOrEqual(missing, 64 << 10, "after epoch \(epoch)")
        }
    }

    func testEverythingIsOnDiskOnceTheWriterIsGone() throws {
        let lesson = try TraceRecording.xorLesson()
        let path = temporaryPath()
        let header = TraceRecording.header(lesson, epochs: 10, sampling: SamplingPolicy(first: 3, every: 0, last: false))
        do {
            var writer = try TraceFileWriter(path: path, header: header)
            var trainer = lesson.makeTrainer()
            for epoch in 1...10 { try trainer.runEpoch(epoch, into: &writer) }
        }
        // 3 × 23 + 7 loss-only epochs = 76 events.
        let trace = try TraceFile.read(path: path)
        XCTAssertEqual(trace.events.count, 76)
        XCTAssertEqual(trace.warnings, [])
    }

    func testAFileThatCannotBeCreatedIsUnwritable() throws {
        let lesson = try TraceRecording.xorLesson()
        let path = Fixtures.temporaryPath("-absent") + "/trace.jsonl"
        XCTAssertThrowsError(try TraceFileWriter(path: path, header: TraceHeader(lesson: lesson))) { error in
            guard case .unwritable(let errorPath, _)? = error as? TraceFormatError else { return XCTFail("\(error)") }
            XCTAssertEqual(errorPath, path)
        }
    }
}
