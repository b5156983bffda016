import Foundation
import XCTest
import Explain
import Trace
@testable import nnstep

/// The stepper and the debugger over a trace opened with a ``TraceIndex`` (values read from the
/// file when needed) say exactly what they say over the same run held in memory.
final class IndexedRecordingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TestSupport.temporaryFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The explicit XOR lesson over `epochs` epochs keeping `sampling`: in memory, and written to a
    /// trace file and opened with an index.
    private func recordings(epochs: Int, sampling: SamplingPolicy) throws -> (memory: Recording, indexed: Recording) {
        var lesson = try LessonLibrary.load(path: TestSupport.explicitLesson)
        lesson.training.epochs = epochs
        lesson.training.sampling = sampling
        let header = TraceHeader(lesson: lesson)
        let path = folder.appendingPathComponent("t.jsonl").path
        var sink = MemorySink(sampling: sampling, totalEpochs: epochs)
        var trainer = lesson.makeTrainer()
        for epoch in 1...epochs { try trainer.runEpoch(epoch, into: &sink) }
        var writer = try TraceFileWriter(path: path, header: header)
        trainer = lesson.makeTrainer()
        for epoch in 1...epochs { try trainer.runEpoch(epoch, into: &writer) }
        try writer.flush()
        return (Recording(header: header, events: sink.events), Recording(index: try TraceIndex.open(path: path)))
    }

    private func run(_ script: String, on recording: Recording) -> [ScriptRunner.Chunk] {
        var runner = ScriptRunner(debugger: Debugger(recording: recording, language: .spanish, palette: .plain, width: 100))
        return runner.run(CommandScript.commands(script)).chunks
    }

    func testScriptsSayTheSame() throws {
        let (memory, indexed) = try recordings(epochs: 1200, sampling: .default)
        XCTAssertEqual(indexed.epochs.numbers, memory.epochs.numbers)
        let scripts = [
            "break delta_hidden; continue; continue; print delta_hidden; reverse-continue; info breakpoints",
            "break loss < 0.05; continue; reverse-continue; delete; break loss < 0.0000001; continue",
            "break nan; continue",
            "watch W1[0,1]; continue; continue; diff W1; diff A2; where; list; explain",
            "break W1[0,1] changes sign; continue; break A2[1,0] > 0.9; continue; break epoch 700; reverse-continue; continue",
            "goto 500.13; finish; finish; next 30; prev 50; goto 1000; next epoch; prev epoch; goto 7; goto delta_out",
            "print shape Z1; display W2; next; next; undisplay; print W1[0,:]; print b2; goto 1200.23; next",
        ]
        for script in scripts {
            XCTAssertEqual(run(script, on: indexed), run(script, on: memory), script)
        }
        XCTAssertNil(indexed.damage)
    }

    func testEveryScreenOfTheStepperIsTheSame() throws {
        let (memory, indexed) = try recordings(epochs: 40, sampling: .all)
        let size = TerminalSize(columns: 110, rows: 50)
        var inMemory = Stepper(recording: memory, language: .english, size: size)
        var fromFile = Stepper(recording: indexed, language: .english, size: size)
        XCTAssertEqual(fromFile.screen, inMemory.screen)
        var keys: [Key] = Array(repeating: .character("n"), count: 30) + [.character("N"), .character("N"), .end]
        keys += Array(repeating: .character("p"), count: 40) + [.character("P"), .home]
        for key in keys {
            _ = inMemory.apply(key)
            _ = fromFile.apply(key)
            XCTAssertEqual(fromFile.screen, inMemory.screen, "after \(key)")
        }
    }

    func testLossesAndNearestEpochsNeedNoValues() throws {
        let (memory, indexed) = try recordings(epochs: 3000, sampling: .default)
        XCTAssertTrue(indexed.losses.elementsEqual(memory.losses) { $0.epoch == $1.epoch && $0.loss == $1.loss })
        for epoch in [0, 1, 4, 250, 251, 749, 750, 1499, 2999, 3000, 4000] {
            XCTAssertEqual(indexed.nearestKeptEpochIndex(to: epoch), memory.nearestKeptEpochIndex(to: epoch), "\(epoch)")
            XCTAssertEqual(indexed.loss(atOrBefore: epoch), memory.loss(atOrBefore: epoch), "\(epoch)")
            XCTAssertEqual(indexed.epochs.firstIndex(ofEpoch: epoch), memory.epochs.firstIndex(ofEpoch: epoch), "\(epoch)")
        }
        for position in memory.epochs.indices {
            XCTAssertEqual(indexed.epochs.stepCount(at: position), memory.epochs[position].events.count)
            for step in [0, 11, 22] {
                XCTAssertEqual(indexed.epochs.summary(step, ofEpochAt: position), StepSummary(memory.epochs[position].events[step]))
            }
        }
    }
}
