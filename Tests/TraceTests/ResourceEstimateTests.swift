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
        XCTAssertEqual(estimate.trainingBytes, 16 * 88)
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
}
