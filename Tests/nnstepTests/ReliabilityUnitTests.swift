import XCTest
import Trace
@testable import nnstep

/// The pieces of the reliability work that need no process: sizes as messages write them,
/// training stopped between epochs, and which kept epochs a stopped recording holds.
final class ReliabilityUnitTests: XCTestCase {
    func testByteCounts() {
        XCTAssertEqual(ByteCount.text(0), "0 bytes")
        XCTAssertEqual(ByteCount.text(999), "999 bytes")
        XCTAssertEqual(ByteCount.text(1000), "1 kB")
        XCTAssertEqual(ByteCount.text(1_377_120), "1.4 MB")
        XCTAssertEqual(ByteCount.text(16_000_000), "16 MB")
        XCTAssertEqual(ByteCount.text(2_686_740_416), "2.7 GB")
        XCTAssertEqual(ByteCount.text(480_736_000_000), "481 GB")
        XCTAssertEqual(ByteCount.text(3.6e12), "3.6 TB")
        XCTAssertEqual(ByteCount.text(2e20), "200 EB")
        XCTAssertEqual(ByteCount.text(1e40), "1e+22 EB")
    }

    func testTrainingStopsBetweenEpochsWhenASignalArrives() throws {
        let lesson = try LessonLibrary.load(path: TestSupport.explicitLesson)
        var sink = MemorySink(sampling: .all, totalEpochs: lesson.training.epochs)
        var asked = 0
        let ending = try Training.run(lesson, into: &sink) {
            asked += 1
            return asked == 4 ? SIGINT : nil
        }
        // Asked before epochs 1, 2, 3 (no signal) and 4 (SIGINT): 3 whole epochs of 23 steps.
        XCTAssertEqual(ending, .interrupted(signal: SIGINT, epochs: 3))
        XCTAssertEqual(sink.events.count, 3 * 23)
        XCTAssertEqual(sink.events.last?.epoch, 3)
        XCTAssertEqual(sink.events.last?.step, 23)
    }

    func testKeptEpochsOfAStoppedRecording() throws {
        var header = TraceHeader(lesson: try LessonLibrary.load(path: TestSupport.explicitLesson))
        header.epochs = 5000
        header.sampling = .default
        // First 3 and multiples of 500; the last (5000) only counts when the run got there.
        XCTAssertEqual(RecordCommand.keptEpochs(0, of: header), 0)
        XCTAssertEqual(RecordCommand.keptEpochs(2, of: header), 2)
        XCTAssertEqual(RecordCommand.keptEpochs(1234, of: header), 5)
        XCTAssertEqual(RecordCommand.keptEpochs(4999, of: header), 12)
        XCTAssertEqual(RecordCommand.keptEpochs(5000, of: header), 13)
        header.sampling = SamplingPolicy(first: 0, every: 0, last: true)
        XCTAssertEqual(RecordCommand.keptEpochs(4999, of: header), 0)
        XCTAssertEqual(RecordCommand.keptEpochs(5000, of: header), 1)
    }

    func testTheLessonCommandThatShowsAFailingEpoch() {
        var options = Invocation.Options()
        options.learningRate = 2.5
        options.seed = 7
        options.language = .english
        XCTAssertEqual(RecordCommand.lessonCommand("mi red.json", options, epoch: 1234),
                       "nnstep lesson 'mi red.json' --lr 2.5 --seed 7 --epoch 1234 --lang en")
    }

    func testHintsFollowTheOperationOfTheFailingStep() throws {
        let header = TraceHeader(lesson: try LessonLibrary.load(path: TestSupport.explicitLesson))
        let messages = Messages(.english)
        func hint(step: Int) -> String {
            messages.nonFiniteHint(.nonFinite(epoch: 1, step: step, name: "", formula: ""), header: header)
        }
        // The 23 steps of docs/trace-format.md: 7 and 9 affine, 11–12 error, 13–15 backward,
        // 16–19 changes, 20–23 updates; data, parameters and sigmoids get the general hint.
        XCTAssertTrue(hint(step: 7).hasPrefix("The weighted sum went out of the range"))
        XCTAssertEqual(hint(step: 9), hint(step: 7))
        XCTAssertTrue(hint(step: 12).hasPrefix("The error (y minus the prediction)"))
        XCTAssertTrue(hint(step: 14).hasPrefix("The deltas went out"))
        XCTAssertEqual(hint(step: 18), "The change (η times the sum over the examples) went out of the range of numbers (±1.8e308): the learning rate η = 0.5 is too large or the data are huge. Try a smaller --lr.")
        XCTAssertTrue(hint(step: 23).hasPrefix("The weights went out of the range"))
        XCTAssertTrue(hint(step: 8).hasPrefix("The usual cause is a learning rate"))
        XCTAssertTrue(hint(step: 99).hasPrefix("The usual cause is a learning rate"), "a step the plan does not have")
    }
}
