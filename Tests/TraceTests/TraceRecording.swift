import XCTest
import Foundation
import Trace

/// Runs of the shipped XOR lesson recorded to trace files or to memory, shared by the trace tests.
enum TraceRecording {
    /// `Lessons/xor.json`.
    static func xorLesson() throws -> Lesson {
        try LessonLibrary.load(path: Fixtures.lessons.appendingPathComponent("xor.json").path)
    }

    /// The header of a run of `lesson` over `epochs` epochs keeping `sampling`.
    static func header(_ lesson: Lesson, epochs: Int, sampling: SamplingPolicy) -> TraceHeader {
        var header = TraceHeader(lesson: lesson)
        header.epochs = epochs
        header.sampling = sampling
        return header
    }

    /// Trains `lesson` from scratch for `epochs` epochs into a `TraceFileWriter` at `path`,
    /// flushes it, and returns the header written.
    @discardableResult
    static func record(_ lesson: Lesson, epochs: Int, sampling: SamplingPolicy, to path: String) throws -> TraceHeader {
        let header = header(lesson, epochs: epochs, sampling: sampling)
        var writer = try TraceFileWriter(path: path, header: header)
        var trainer = lesson.makeTrainer()
        for epoch in 1...epochs { try trainer.runEpoch(epoch, into: &writer) }
        try writer.flush()
        return header
    }

    /// The same run into a `MemorySink`.
    static func memory(_ lesson: Lesson, epochs: Int, sampling: SamplingPolicy) throws -> [TraceEvent] {
        var sink = MemorySink(sampling: sampling, totalEpochs: epochs)
        var trainer = lesson.makeTrainer()
        for epoch in 1...epochs { try trainer.runEpoch(epoch, into: &sink) }
        return sink.events
    }

    /// The bytes of the file at `path`.
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Writes `bytes` to a new temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], suffix: String = ".jsonl") throws -> String {
        let path = Fixtures.temporaryPath(suffix)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The ranges of the lines of `bytes`, newlines excluded (a last line without one included).
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            ranges.append(start..<index)
            start = index + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }
}
