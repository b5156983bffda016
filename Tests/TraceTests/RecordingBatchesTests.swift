import XCTest
import Trace

/// A recording of a run with several batches per epoch: its loss curve holds each epoch's mean
/// loss (`epoch_loss`), and only the sampled epochs count as kept, although every epoch records
/// its summary.
final class RecordingBatchesTests: XCTestCase {
    func testEachEpochsLossIsTheMeanOfItsBatchesAndOnlySampledEpochsAreKept() throws {
        let spec = NetworkSpec(inputs: 2, layers: [LayerSpec(units: 3, activation: .tanh), LayerSpec(units: 1, activation: .sigmoid)])
        var training = TrainingSettings(learningRate: 0.3, epochs: 5, seed: 4,
                                        sampling: SamplingPolicy(first: 1, every: 0, last: true))
        training.batchSize = 2
        let lesson = Lesson(name: "lotes", title: "Lotes", summary: "", section: nil, network: spec,
                            inputs: Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), targets: Matrix([[0], [1], [1], [0]]),
                            training: training, initialValues: [:])
        var trainer = lesson.makeTrainer()
        var sink = MemorySink(sampling: training.sampling, totalEpochs: 5)
        var returned: [Double] = []
        for epoch in 1...5 { returned.append(try trainer.runEpoch(epoch, into: &sink)) }
        let recording = Recording(header: TraceHeader(lesson: lesson), events: sink.events)

        XCTAssertEqual(recording.epochs.map(\.epoch), [1, 5])
        XCTAssertEqual(recording.losses.map(\.epoch), [1, 2, 3, 4, 5])
        XCTAssertEqual(recording.losses.map(\.loss), returned)
        // Epoch 1's loss is the mean of its two batches: the first batch's loss step is recorded,
        // and the second batch's follows from the mean.
        let firstBatch = try XCTUnwrap(sink.events.first { $0.epoch == 1 && $0.name == "loss" }?.values?[0, 0])
        XCTAssertNotEqual(recording.losses[0].loss, firstBatch)
        XCTAssertEqual(sink.events.filter { $0.epoch == 3 }.map(\.name), ["epoch_loss"], "unkept epochs record only their summary")
    }
}
