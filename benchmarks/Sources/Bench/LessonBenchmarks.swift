import Foundation
import Trace

/// The rows of the digits and CNN lessons: their default runs as `nnstep record` trains them,
/// recorded at their default sampling into memory, with the test accuracy they reach.
enum LessonBenchmarks {
    /// Trains `lesson` for `epochs` epochs into a sink that keeps what its sampling keeps,
    /// returning the last test accuracy.
    static func train(_ lesson: Lesson, epochs: Int) throws -> Double {
        var trainer = lesson.makeTrainer()
        var sink = MemorySink(sampling: lesson.training.sampling, totalEpochs: lesson.training.epochs)
        for epoch in 1...epochs { try trainer.runEpoch(epoch, into: &sink) }
        return sink.events.last { $0.name == Trainer.SummaryName.testAccuracy }?.values?[0, 0] ?? .nan
    }

    /// "digits MLP 64→128→64→10, batch 64, 10 epochs, default trace" against
    /// `reference/digits_numpy.py`, and "CNN lesson, one epoch, default trace".
    @MainActor static func rows(root: URL, references: String) throws -> [Table.Row] {
        var rows: [Table.Row] = []
        let digits = try LessonLibrary.load(path: root.appendingPathComponent("Lessons/digitos.json").path)
        var accuracy = 0.0
        let time = try Measure.median(runs: 5) { accuracy = try train(digits, epochs: 10) }
        let workload = "digits MLP 64→128→64→10, batch 64, 10 epochs, default trace (test accuracy \(percent(accuracy)))"
        switch Measure.reference(references + "/digits_numpy.py", ["--epochs", "10", "--runs", "5"]) {
        case .success(let numpy):
            rows.append(.init(workload: workload, nnstep: Table.seconds(time), reference: Table.seconds(numpy),
                              ratio: String(format: "%.1f× ", max(numpy / time, time / numpy))
                                  + (numpy >= time ? "faster" : "slower"),
                              target: "faster than numpy", met: time < numpy))
        case .failure(let missing):
            rows.append(.init(workload: workload, nnstep: Table.seconds(time), reference: "skipped: \(missing.reason)",
                              ratio: "—", target: "faster than numpy", met: nil))
        }

        let cnn = try LessonLibrary.load(path: root.appendingPathComponent("Lessons/cnn.json").path)
        var cnnAccuracy = 0.0
        let cnnTime = try Measure.median(runs: 3) { cnnAccuracy = try train(cnn, epochs: 1) }
        rows.append(.init(workload: "CNN lesson, one epoch, default trace (test accuracy after it \(percent(cnnAccuracy)))",
                          nnstep: Table.seconds(cnnTime), reference: "—", ratio: "—", target: "report; < 10 s",
                          met: cnnTime < 10))
        return rows
    }

    private static func percent(_ fraction: Double) -> String { String(format: "%.1f %%", 100 * fraction) }
}
