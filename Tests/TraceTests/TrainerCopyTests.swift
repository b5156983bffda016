import XCTest
import Trace

/// A trainer is a value: its numbers live in storage shared by copies until one of them trains
/// (copy on write), so a copy never sees another copy's epochs.
final class TrainerCopyTests: XCTestCase {
    private func xor() throws -> Lesson {
        try LessonLibrary.load(path: Fixtures.lessons.appendingPathComponent("xor.json").path)
    }

    private func train(_ trainer: inout Trainer, epochs: ClosedRange<Int>) throws {
        var sink = DiscardingSink()
        for epoch in epochs { try trainer.runEpoch(epoch, into: &sink) }
    }

    func testACopyKeepsItsParametersWhileTheOriginalTrains() throws {
        var original = try xor().makeTrainer()
        try train(&original, epochs: 1...3)
        let copy = original
        let before = copy.parameters
        try train(&original, epochs: 4...10)
        XCTAssertEqual(copy.parameters, before)
        XCTAssertNotEqual(original.parameters, before)
        XCTAssertEqual(copy.predict(copy.inputs), try xor().makeTrainer().predicting(after: 3))
    }

    func testCopiesTrainedAlikeEndAlike() throws {
        var first = try xor().makeTrainer()
        try train(&first, epochs: 1...5)
        var second = first
        try train(&first, epochs: 6...20)
        try train(&second, epochs: 6...20)
        XCTAssertEqual(first.parameters, second.parameters)
        XCTAssertEqual(first.predict(first.inputs), second.predict(second.inputs))
    }

    func testMiniBatchesWithTestDataCopyToo() throws {
        // The digits network on a few examples: mini-batches of 4 and a last one of 2, Adam, a test set.
        let lesson = try LessonLibrary.load(path: Fixtures.lessons.appendingPathComponent("digitos.json").path)
        let rows = 10
        var trainer = Trainer(spec: lesson.network,
                              inputs: Matrix(rows: rows, columns: lesson.inputs.columns,
                                             elements: Array(lesson.inputs.elements.prefix(rows * lesson.inputs.columns))),
                              targets: Matrix(rows: rows, columns: lesson.targets.columns,
                                              elements: Array(lesson.targets.elements.prefix(rows * lesson.targets.columns))),
                              settings: { var settings = lesson.training; settings.batchSize = 4; return settings }(),
                              parameters: lesson.initialParameters, test: lesson.testSet)
        try train(&trainer, epochs: 1...2)
        var copy = trainer
        try train(&trainer, epochs: 3...4)
        try train(&copy, epochs: 3...4)
        XCTAssertEqual(trainer.parameters, copy.parameters)
    }
}

private extension Trainer {
    /// The prediction on its own inputs after `epochs` epochs from here.
    func predicting(after epochs: Int) throws -> Matrix {
        var trainer = self
        var sink = DiscardingSink()
        for epoch in 1...epochs { try trainer.runEpoch(epoch, into: &sink) }
        return trainer.predict(trainer.inputs)
    }
}
