import Foundation
import XCTest
import Trace

/// Files and helpers shared by the `nnstep` tests.
enum TestSupport {
    /// The repository's root, found from this source file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The lesson with the numpy reference's explicit initial values.
    static let explicitLesson = root.appendingPathComponent("Tests/TraceTests/Fixtures/xor-explicit.json").path

    /// The recording of `lesson` trained in memory with its own sampling policy.
    static func recording(_ path: String = explicitLesson, epochs: Int? = nil) throws -> Recording {
        var lesson = try LessonLibrary.load(path: path)
        if let epochs { lesson.training.epochs = epochs }
        var sink = MemorySink(sampling: lesson.training.sampling, totalEpochs: lesson.training.epochs)
        var trainer = lesson.makeTrainer()
        for epoch in 1...lesson.training.epochs { try trainer.runEpoch(epoch, into: &sink) }
        return Recording(header: TraceHeader(lesson: lesson), events: sink.events)
    }

    /// A new temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
