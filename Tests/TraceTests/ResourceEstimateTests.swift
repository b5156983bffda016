import XCTest
import Trace

/// The resource estimates: counting kept epochs without walking them, and the figures for the
/// XOR lesson worked out by hand.
final class ResourceEstimateTests: XCTestCase {
    func testKeptCountMatchesWalkingEveryEpoch() {
        let policies = [SamplingPolicy.default, .all, SamplingPolicy(first: 0, every: 0, last: false),
                        SamplingPolicy(first: 0, every: 0, last: true), SamplingPolicy(first: 7, every: 3, last: true),
                        SamplingPolicy(first: 10, every: 4, last: false), SamplingPolicy(first: 100, every: 500, last: true)]
        for policy in policies {
            for total in [1, 2, 3, 4, 9, 12, 13, 99, 500, 501, 1000] {
                for extra in [Set<Int>(), [1, 5, 6, 2000, 0, -3]] {
                    let walked = (1...total).filter { policy.keeps(epoch: $0, of: total) || extra.contains($0) }.count
                    XCTAssertEqual(policy.keptCount(of: total, extra: extra), walked, "\(policy) of \(total), extra \(extra)")
                }
            }
        }
        XCTAssertEqual(SamplingPolicy.default.keptCount(of: 0), 0)
        // 3 first epochs and 20,000 multiples of 500 (the last one among them): no walking.
        XCTAssertEqual(SamplingPolicy.default.keptCount(of: 10_000_000), 20_003)
    }

    func testXORFiguresByHand() throws {
        // An XOR epoch: 23 steps, 88 numbers (X 8, y 4, W1 4, b1 2, W2 2, b2 1, Z1 8, A1 8, Z2 4,
        // A2 4, error 4, loss 1, delta_out 4, Error_hidden 8, delta_hidden 8, dW2 2, db2 1, dW1 4,
        // db1 2, W2 2, b2 1, W1 4, b1 2). 5000 epochs with the default sampling keep 13.
        let estimate = ResourceEstimate(lesson: try TraceRecording.xorLesson())
        XCTAssertEqual(estimate.stepsPerEpoch, 23)
        XCTAssertEqual(estimate.numbersPerEpoch, 88)
        XCTAssertEqual(estimate.keptEpochs, 13)
        // The batch's 88 numbers twice, and the data: X (4×2) and y (4×1).
        XCTAssertEqual(estimate.fixedNumbers, 12)
        XCTAssertEqual(estimate.trainingBytes, 16 * 88 + 8 * 12)
        XCTAssertEqual(estimate.traceFileBytes, 1024 + 13 * (23 * 256 + 88 * 20) + 4987 * 256)
        XCTAssertEqual(estimate.recordingBytes, 13 * (23 * 256 + 88 * 8) + 4987 * 256)
    }

    func testTheTraceEstimateIsWithinAFactorOfTwoOfARealTrace() throws {
        var lesson = try TraceRecording.xorLesson()
        lesson.training.epochs = 2_000
        let path = Fixtures.temporaryPath(".jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TraceRecording.record(lesson, epochs: 2_000, sampling: lesson.training.sampling, to: path)
        let real = Double(try TraceRecording.bytes(path).count)
        let estimate = ResourceEstimate(lesson: lesson).traceFileBytes
        XCTAssertGreaterThan(estimate, real / 2)
        XCTAssertLessThan(estimate, real * 2)
    }

    func testAbsurdLessonsDoNotOverflow() throws {
        var lesson = try TraceRecording.xorLesson()
        lesson.network = NetworkSpec(inputs: 100_000, layers: Array(repeating: LayerSpec(units: 100_000, activation: .sigmoid),
                                                                     count: LessonDecoder.maximumLayers))
        lesson.training.epochs = LessonDecoder.maximumEpochs
        lesson.training.sampling = .all
        let estimate = ResourceEstimate(lesson: lesson)
        XCTAssertTrue(estimate.traceFileBytes.isFinite)
        XCTAssertGreaterThan(estimate.traceFileBytes, 1e20)
    }

    /// A convolution holds its patch matrices: conv 1→2 of 3×3 over 1×6×6 gives 2×4×4 maps, so
    /// each batch of 5 has a patch matrix of 5·16 rows × 9 columns, counted twice.
    func testAConvolutionCountsItsPatchesAndABatchIsWhatIsKept() {
        let network = NetworkSpec(inputImage: TensorShape(channels: 1, height: 6, width: 6), layers: [
            .conv2d(filters: 2, kernel: 3, activation: .relu), .flatten, LayerSpec(units: 3, activation: .softmax)])
        var training = TrainingSettings(learningRate: 0.1, epochs: 4, seed: 1, sampling: .all)
        training.loss = .crossEntropy
        training.batchSize = 5
        let lesson = Lesson(name: "c", title: "c", summary: "", section: nil, network: network,
                            inputs: Matrix(rows: 20, columns: 36), targets: Matrix(rows: 20, columns: 3),
                            training: training, initialValues: [:])
        let estimate = ResourceEstimate(lesson: lesson)
        let data = 20 * 36 + 20 * 3, patches = 2 * (5 * 16) * 9
        XCTAssertEqual(estimate.fixedNumbers, Double(data + patches))
        // X 5·36, y 5·3, W1 9·2, b1 2, W2 32·3, b2 3, Z1 A1 F 5·32 each, Z2 A2 5·3 each, loss 1,
        // delta_out 5·3, Error_F 5·32, delta_hidden 5·32, dW2 96, db2 3, dW1 18, db1 2, and the four updates.
        let batchNumbers = [180, 15, 18, 2, 96, 3, 160, 160, 160, 15, 15, 1, 15, 160, 160, 96, 3, 18, 2, 96, 3, 18, 2]
        XCTAssertEqual(estimate.stepsPerEpoch, batchNumbers.count)
        XCTAssertEqual(estimate.numbersPerEpoch, Double(batchNumbers.reduce(0, +)))
    }
}
