import Foundation
import XCTest

/// The resource guards through the binary: a run estimated too large is refused before it
/// starts, with the estimate, the limit and the option that overrides it.
///
/// The XOR figures below are worked out by hand from `ResourceEstimate`'s formulas: an XOR epoch
/// has 23 steps holding 88 numbers (X 8, y 4, W1 4, b1 2, W2 2, b2 1, Z1 8, A1 8, Z2 4, A2 4,
/// error 4, loss 1, delta_out 4, Error_hidden 8, delta_hidden 8, dW2 2, db2 1, dW1 4, db1 2,
/// W2 2, b2 1, W1 4, b1 2); with the default sampling, 10,000,000 epochs keep
/// 3 + 10,000,000 / 500 = 20,003 of them.
final class ResourceGuardTests: XCTestCase {
    func testLessonWhoseRecordingWouldNotFitInMemory() throws {
        // 20,003 × (23·256 + 88·8) + 9,979,997 × 256 + 16·88 = 2,686,740,416 bytes: 2.7 GB.
        let result = try NNStepProcess.run(["lesson", "xor", "--print", "--epochs", "10000000"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "Entrenar «xor» necesitaría unos 2.7 GB de memoria (10000000 épocas, 20003 guardadas con todos sus valores) y el límite es 2 GB. Reduce las épocas (--epochs) o las que se guardan completas («training.sampling» de la lección), o usa --force si el equipo tiene memoria de sobra.\n")
    }

    func testRecordWhoseTraceWouldBeTooLarge() throws {
        // 1024 + 20,003 × (23·256 + 88·20) + 9,979,997 × 256 = 2,707,863,200 bytes: 2.7 GB.
        let folder = try TestSupport.temporaryFolder()
        let result = try NNStepProcess.run(["record", "xor", "--epochs", "10000000", "-o", "x.jsonl", "--lang", "en"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "The trace of \"xor\" would take about 2.7 GB (10000000 epochs, 20003 kept with all their values) and the limit is 1 GB. Use fewer epochs (--epochs) or keep fewer of them complete (the lesson's \"training.sampling\"), or use --force if there is room on the disk.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.jsonl").path),
                       "nothing is written before the check")
    }

    func testNetworkTooWideForMemoryInsteadOfATrap() throws {
        // Two layers of 100,000 neurons: W2 alone is 10¹⁰ numbers. Before the guard, this lesson
        // ended with "Fatal error: failed to allocate 80000000032 bytes".
        let file = try NNStepProcess.xorLesson(named: "ancha.json") {
            $0.replacingOccurrences(of: "{ \"units\": 2, \"activation\": \"sigmoid\" },",
                                    with: "{ \"units\": 100000, \"activation\": \"sigmoid\" }, { \"units\": 100000, \"activation\": \"sigmoid\" },")
        }
        // Per epoch: 3 × 10¹⁰ numbers for W2, ΔW2 and the updated W2, and about 4.6 × 10⁶ for
        // the rest: v ≈ 3.0046 × 10¹⁰. Training needs 16·v ≈ 480 GB; the stepper's recording of
        // 13 kept epochs adds 13 × 8·v ≈ 3.1 TB.
        let lesson = try NNStepProcess.run(["lesson", file.path, "--print"])
        XCTAssertEqual(lesson.status, 1)
        XCTAssertFalse(lesson.signaled)
        XCTAssertEqual(lesson.stderr, "Entrenar «xor» necesitaría unos 3.6 TB de memoria (5000 épocas, 13 guardadas con todos sus valores) y el límite es 2 GB. Reduce las épocas (--epochs) o las que se guardan completas («training.sampling» de la lección), o usa --force si el equipo tiene memoria de sobra.\n")
        // `export` trains a lesson the same way; the same guard stops it.
        let export = try NNStepProcess.run(["export", "latex", file.path, "-o", "/dev/null"])
        XCTAssertEqual(export.status, 1)
        XCTAssertFalse(export.signaled)
        XCTAssertEqual(export.stderr, lesson.stderr)
        let record = try NNStepProcess.run(["record", file.path, "-o", "/dev/null"])
        XCTAssertEqual(record.status, 1)
        XCTAssertFalse(record.signaled)
        XCTAssertEqual(record.stderr, "Entrenar «xor» necesitaría unos 480 GB de memoria (5000 épocas, 13 guardadas con todos sus valores) y el límite es 2 GB. Reduce las épocas (--epochs) o las que se guardan completas («training.sampling» de la lección), o usa --force si el equipo tiene memoria de sobra.\n")
    }

    /// `--force` is an option of the three commands that have a guard. What it skips is tested
    /// where skipping is cheap: a lesson file over the size limit (`BadLessonTests`) and a
    /// recording estimated at 15 GB that is interrupted (`RecordInterruptionTests`).
    func testForceIsAnOptionOfLessonRecordAndReplay() throws {
        let folder = try TestSupport.temporaryFolder()
        let recorded = try NNStepProcess.run(["record", "xor", "--epochs", "3", "-o", "t.jsonl", "--force"], in: folder)
        XCTAssertEqual(recorded.status, 0, recorded.stderr)
        let replayed = try NNStepProcess.run(["replay", "t.jsonl", "--print", "--force"], in: folder)
        XCTAssertEqual(replayed.status, 0, replayed.stderr)
        let lesson = try NNStepProcess.run(["lesson", "xor", "--print", "--epochs", "3", "--force"])
        XCTAssertEqual(lesson.status, 0, lesson.stderr)
        XCTAssertEqual(replayed.stdout, lesson.stdout)
        let lessons = try NNStepProcess.run(["lessons", "--force"])
        XCTAssertEqual(lessons.status, 2, "lessons has nothing to guard")
    }
}
