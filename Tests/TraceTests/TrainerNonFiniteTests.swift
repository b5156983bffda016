import XCTest
import Foundation
import Trace

/// Training stops with `TrainingError.nonFinite` at the first step whose result holds NaN or an
/// infinity, naming that step. Each case below is reasoned out by hand.
///
/// Steps of an epoch of the 2-2-1 network: 1 X, 2 y, 3 W1, 4 b1, 5 W2, 6 b2, 7 Z1, 8 A1, 9 Z2,
/// 10 A2, 11 error, 12 loss, 13 delta_out, 14 Error_hidden, 15 delta_hidden, 16 dW2, 17 db2,
/// 18 dW1, 19 db1, 20–23 the updated W2, b2, W1, b1.
final class TrainerNonFiniteTests: XCTestCase {
    private let network = #""network": {"inputs": 2, "layers": [{"units": 2, "activation": "sigmoid"}, {"units": 1, "activation": "sigmoid"}]}"#

    private func lesson(x: String, learningRate: String, initial: String) throws -> Lesson {
        let text = """
        {\(network), "data": {"X": \(x), "y": [[0], [1], [1], [0]]},
         "training": {"learningRate": \(learningRate), "epochs": 5}, "init": \(initial)}
        """
        return try LessonDecoder.decode(JSONParser.parse(text), fallbackName: "nonfinite", path: "nonfinite.json")
    }

    private func nonFinite<Sink: TraceSink>(_ lesson: Lesson, epochs: Int, into sink: inout Sink,
                                           file: StaticString = #filePath, line: UInt = #line) -> TrainingError? {
        var trainer = lesson.makeTrainer()
        do {
            for epoch in 1...epochs { try trainer.runEpoch(epoch, into: &sink) }
            XCTFail("\(epochs) epochs ran without a non-finite value", file: file, line: line)
        } catch let error as TrainingError {
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
        }
        return nil
    }

    /// W1 = [[1e308, 0.5], [1e308, 0.5]]. The 4th example x = [1, 1] gives
    /// Z1[3,0] = 1·1e308 + 1·1e308 + 0 = 2e308 > 1.797…e308 (the largest double): +∞ at step 7.
    /// Steps 1–6 only copy finite values, and the other rows stay finite (0·1e308 = 0, 1·1e308).
    func testHugeInitialWeightsOverflowTheFirstWeightedSum() throws {
        let lesson = try lesson(x: "[[0, 0], [0, 1], [1, 0], [1, 1]]", learningRate: "0.5",
                                initial: #"{"W1": [[1e308, 0.5], [1e308, 0.5]], "b1": [[0, 0]], "W2": [[1], [1]], "b2": [[0]]}"#)
        var sink = MemorySink(sampling: .all, totalEpochs: 5)
        XCTAssertEqual(nonFinite(lesson, epochs: 5, into: &sink),
                       .nonFinite(epoch: 1, step: 7, name: "Z1", formula: "Z₁ = X·W₁ + b₁"))
        // The offending step is recorded first, with its values.
        XCTAssertEqual(sink.events.map(\.name), ["X", "y", "W1", "b1", "W2", "b2", "Z1"])
        let z1 = try XCTUnwrap(sink.events.last { $0.name == "Z1" }?.values)
        XCTAssertEqual(z1.shape, Shape(rows: 4, columns: 2))
        XCTAssertEqual(z1[3, 0], .infinity)
        XCTAssertEqual(z1[1, 0], 1e308)
        XCTAssertEqual(z1[0, 0], 0)
    }

    /// The XOR inputs scaled by 1000, W1 = 0.0001 everywhere, b1 = 0, W2 = [1, 1]ᵀ, b2 = 0, η = 1e308.
    /// (The plain 0/1 inputs cannot overflow in one step: |δ| ≤ 0.25 and |A| ≤ 1 keep every
    /// adjustment below η itself; a 1000 in the input of dW1 can.)
    ///
    ///     Z1 = rows [0 0], [0.1 0.1], [0.1 0.1], [0.2 0.2]     (1000·0.0001 = 0.1)
    ///     A1 ≈ 0.5, 0.525, 0.525, 0.550;  Z2 = A1·[1 1]ᵀ ≈ 1.0, 1.05, 1.05, 1.10
    ///     A2 ≈ 0.731, 0.741, 0.741, 0.750;  error ≈ −0.731, 0.259, 0.259, −0.750
    ///     δ_out = error ⊙ A2(1−A2) ≈ −0.1437, 0.0498, 0.0498, −0.1406
    ///     δ_hidden = δ_out·W2ᵀ ⊙ A1(1−A1) ≈ −0.0359, 0.0124, 0.0124, −0.0348 (both columns)
    ///     dW2 = η·A1ᵀ·δ_out ≈ 1e308·(−0.097) ≈ −9.7e306           finite (step 16)
    ///     db2 = η·Σδ_out ≈ 1e308·(−0.185) ≈ −1.85e307              finite (step 17)
    ///     dW1 = η·Xᵀ·δ_hidden: Xᵀ·δ_hidden = 1000·0.0124 + 1000·(−0.0348) ≈ −22.4 in every element,
    ///           and −22.4·1e308 = −2.24e309 < −1.797e308:  −∞ at step 18.
    func testHugeLearningRateOverflowsTheFirstWeightAdjustment() throws {
        let lesson = try lesson(x: "[[0, 0], [0, 1000], [1000, 0], [1000, 1000]]", learningRate: "1e308",
                                initial: #"{"W1": [[0.0001, 0.0001], [0.0001, 0.0001]], "b1": [[0, 0]], "W2": [[1], [1]], "b2": [[0]]}"#)
        let expected = TrainingError.nonFinite(epoch: 1, step: 18, name: "dW1", formula: "ΔW₁ = η·Xᵀ·δ_hidden")

        var all = MemorySink(sampling: .all, totalEpochs: 5)
        XCTAssertEqual(nonFinite(lesson, epochs: 5, into: &all), expected)
        XCTAssertEqual(all.events.count, 18)
        let dW1 = try XCTUnwrap(all.events.last { $0.name == "dW1" }?.values)
        XCTAssertTrue(dW1.elements.allSatisfy { $0 == -.infinity }, "\(dW1)")
        let dW2 = try XCTUnwrap(all.events.first { $0.name == "dW2" }?.values)
        XCTAssertEqual(dW2[0, 0], -9.7e306, accuracy: 0.2e306)

        // Sinks that keep less see the same error: the check does not depend on recording.
        var discard = DiscardingSink()
        XCTAssertEqual(nonFinite(lesson, epochs: 5, into: &discard), expected)
        var lossOnly = MemorySink(sampling: SamplingPolicy(first: 0, every: 0, last: false), totalEpochs: 5)
        XCTAssertEqual(nonFinite(lesson, epochs: 5, into: &lossOnly), expected)
        XCTAssertEqual(lossOnly.events.map(\.name), ["loss"])
    }

    /// The same network with η = 1e306: epoch 1 stays finite (dW1 ≈ −22.4·1e306 = −2.24e307,
    /// so W1 ≈ −2.24e307 after the update), and in epoch 2 the example x = [0, 1000] gives
    /// Z1 = 1000·(−2.24e307) ≈ −2.24e310: −∞ at step 7 of epoch 2.
    func testOverflowInALaterEpochNamesThatEpoch() throws {
        let lesson = try lesson(x: "[[0, 0], [0, 1000], [1000, 0], [1000, 1000]]", learningRate: "1e306",
                                initial: #"{"W1": [[0.0001, 0.0001], [0.0001, 0.0001]], "b1": [[0, 0]], "W2": [[1], [1]], "b2": [[0]]}"#)
        var sink = MemorySink(sampling: .all, totalEpochs: 5)
        XCTAssertEqual(nonFinite(lesson, epochs: 5, into: &sink),
                       .nonFinite(epoch: 2, step: 7, name: "Z1", formula: "Z₁ = X·W₁ + b₁"))
        XCTAssertEqual(sink.events.count, 23 + 7)
        XCTAssertTrue(sink.events.prefix(23).allSatisfy { $0.values?.isFinite == true }, "epoch 1 is finite")
    }

    /// A non-finite step written by `TraceFileWriter` reads back with its infinities.
    func testTheOffendingStepIsInTheTraceFile() throws {
        let lesson = try lesson(x: "[[0, 0], [0, 1000], [1000, 0], [1000, 1000]]", learningRate: "1e308",
                                initial: #"{"W1": [[0.0001, 0.0001], [0.0001, 0.0001]], "b1": [[0, 0]], "W2": [[1], [1]], "b2": [[0]]}"#)
        let path = Fixtures.temporaryPath(".jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var header = TraceHeader(lesson: lesson)
        header.sampling = .all
        var writer = try TraceFileWriter(path: path, header: header)
        var memory = MemorySink(sampling: .all, totalEpochs: lesson.training.epochs)
        XCTAssertNotNil(nonFinite(lesson, epochs: 5, into: &writer))
        XCTAssertNotNil(nonFinite(lesson, epochs: 5, into: &memory))
        try writer.flush()
        let trace = try TraceFile.read(path: path)
        XCTAssertEqual(trace.events, memory.events)
        XCTAssertEqual(trace.events.last?.values?[0, 0], -.infinity)
    }
}
