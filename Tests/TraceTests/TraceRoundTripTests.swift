import XCTest
import Foundation
import Trace

/// A run recorded by `TraceFileWriter` and read back by `TraceFile.read` is the run a
/// `MemorySink` saw, event for event.
final class TraceRoundTripTests: TemporaryFilesTestCase {

    func testEveryEpochKeptReadsBackAsTheMemoryRun() throws {
        let lesson = try TraceRecording.xorLesson()
        let path = temporaryPath()
        let header = try TraceRecording.record(lesson, epochs: 4, sampling: .all, to: path)
        let trace = try TraceFile.read(path: path)

        XCTAssertEqual(trace.header, header)
        XCTAssertEqual(trace.warnings, [])
        // 4 epochs × 23 steps of the 2-2-1 network.
        XCTAssertEqual(trace.events.count, 4 * 23)
        XCTAssertEqual(trace.events, try TraceRecording.memory(lesson, epochs: 4, sampling: .all))
        XCTAssertEqual(trace.events.map(\.sequence), Array(0..<92))
    }

    func testHeaderFieldsComeFromTheLessonFile() throws {
        let lesson = try TraceRecording.xorLesson()
        let path = temporaryPath()
        try TraceRecording.record(lesson, epochs: 2, sampling: .all, to: path)
        let header = try TraceFile.read(path: path).header
        // Lessons/xor.json: 2 inputs, 2 + 1 sigmoid units, 4 examples, η 0.5, seed 42.
        XCTAssertEqual(header.version, 1)
        XCTAssertEqual(header.lesson, "xor")
        XCTAssertEqual(header.title, lesson.title)
        XCTAssertEqual(header.network, NetworkSpec(inputs: 2, layers: [LayerSpec(units: 2, activation: .sigmoid),
                                                                       LayerSpec(units: 1, activation: .sigmoid)]))
        XCTAssertEqual(header.examples, 4)
        XCTAssertEqual(header.learningRate, 0.5)
        XCTAssertEqual(header.epochs, 2)
        XCTAssertEqual(header.seed, 42)
        XCTAssertEqual(header.sampling, .all)
        XCTAssertEqual(header.stepsPerEpoch, 23)
    }

    func testDefaultSamplingOverTwelveHundredEpochs() throws {
        let lesson = try TraceRecording.xorLesson()
        let path = temporaryPath()
        let header = try TraceRecording.record(lesson, epochs: 1200, sampling: .default, to: path)
        let trace = try TraceFile.read(path: path)

        XCTAssertEqual(trace.header, header)
        XCTAssertEqual(trace.warnings, [])
        XCTAssertEqual(trace.events, try TraceRecording.memory(lesson, epochs: 1200, sampling: .default))

        // Kept in full: 1, 2, 3 (first 3), 500, 1000 (every 500th), 1200 (the last).
        // 6 epochs × 23 steps + 1194 loss-only epochs = 138 + 1194 = 1332 events.
        let kept: Set<Int> = [1, 2, 3, 500, 1000, 1200]
        XCTAssertEqual(trace.events.count, 1332)
        XCTAssertEqual(trace.events.map(\.sequence), Array(0..<1332))
        let byEpoch = Dictionary(grouping: trace.events, by: \.epoch)
        XCTAssertEqual(Set(byEpoch.keys), Set(1...1200))
        for epoch in 1...1200 {
            let events = byEpoch[epoch] ?? []
            XCTAssertEqual(events.filter { $0.name == "loss" }.count, 1, "epoch \(epoch) has one loss")
            if kept.contains(epoch) {
                XCTAssertEqual(events.map(\.step), Array(1...23), "epoch \(epoch) is kept in full")
                XCTAssertTrue(events.allSatisfy { $0.values != nil })
            } else {
                XCTAssertEqual(events.count, 1, "epoch \(epoch) keeps only its loss")
                XCTAssertEqual(events.first?.step, 12)
                XCTAssertEqual(events.first?.operation, .meanSquaredError)
                XCTAssertEqual(events.first?.values?.shape, Shape(rows: 1, columns: 1))
            }
        }
    }

    func testTwoRunsGiveByteIdenticalFiles() throws {
        let lesson = try TraceRecording.xorLesson()
        let first = temporaryPath(), second = temporaryPath()
        try TraceRecording.record(lesson, epochs: 600, sampling: .default, to: first)
        try TraceRecording.record(lesson, epochs: 600, sampling: .default, to: second)
        let a = try TraceRecording.bytes(first), b = try TraceRecording.bytes(second)
        XCTAssertFalse(a.isEmpty)
        XCTAssertTrue(a == b, "the two files differ")
    }

    func testWriterTruncatesAnExistingFile() throws {
        let lesson = try TraceRecording.xorLesson()
        let reused = temporaryPath(), fresh = temporaryPath()
        try TraceRecording.record(lesson, epochs: 10, sampling: .all, to: reused)
        try TraceRecording.record(lesson, epochs: 2, sampling: .all, to: reused)
        try TraceRecording.record(lesson, epochs: 2, sampling: .all, to: fresh)
        XCTAssertTrue(try TraceRecording.bytes(reused) == TraceRecording.bytes(fresh),
                      "a file written over a longer one keeps none of the old lines")
        XCTAssertEqual(try TraceFile.read(path: reused).events.count, 46)
    }

    func testEveryLineEndsWithANewline() throws {
        let lesson = try TraceRecording.xorLesson()
        let path = temporaryPath()
        try TraceRecording.record(lesson, epochs: 3, sampling: .default, to: path)
        let bytes = try TraceRecording.bytes(path)
        XCTAssertEqual(bytes.last, 0x0A)
        // Header + 3 full epochs (sampling keeps the first 3).
        XCTAssertEqual(bytes.filter { $0 == 0x0A }.count, 1 + 3 * 23)
    }

    func testEncodedEventsDecodeToTheSameEventNonFiniteValuesIncluded() throws {
        let event = TraceEvent(sequence: 7, epoch: 2, step: 18, phase: .update, operation: .weightGradient, name: "dW1",
                               codeName: nil, inputs: ["X", "delta_hidden"],
                               inputShapes: [Shape(rows: 4, columns: 2), Shape(rows: 4, columns: 2)],
                               shape: Shape(rows: 2, columns: 2), formula: "ΔW₁ = η·Xᵀ·δ_hidden \"quoted\"",
                               values: Matrix([[.infinity, -.infinity], [-0.0, .leastNonzeroMagnitude]]))
        let decoded = try TraceLineDecoder.event(JSONParser.parse(TraceLineEncoder.event(event)))
        XCTAssertEqual(decoded, event)
        XCTAssertEqual(decoded.values?[1, 0].sign, .minus)

        var withNaN = event
        withNaN.values = Matrix([[.nan]])
        withNaN.shape = Shape(rows: 1, columns: 1)
        let back = try TraceLineDecoder.event(JSONParser.parse(TraceLineEncoder.event(withNaN)))
        XCTAssertEqual(back.values?[0, 0].isNaN, true)

        var unknown = event
        unknown.operation = .unknown("conv2d")
        unknown.values = nil
        XCTAssertEqual(try TraceLineDecoder.event(JSONParser.parse(TraceLineEncoder.event(unknown))), unknown,
                       "an operation this version does not know is kept by name")
    }

    func testEncodedHeaderDecodesToTheSameHeader() throws {
        let header = TraceHeader(lesson: "x\"y", title: "Título ⊙", network: NetworkSpec(
            inputs: 3, layers: [LayerSpec(units: 4, activation: .sigmoid), LayerSpec(units: 2, activation: .sigmoid)]),
            examples: 8, learningRate: 0.1 + 0.2, epochs: 77, seed: 9_007_199_254_740_992,
            sampling: SamplingPolicy(first: 0, every: 0, last: false), stepsPerEpoch: 23)
        XCTAssertEqual(try TraceLineDecoder.header(JSONParser.parse(TraceLineEncoder.header(header))), header)
    }

    /// Seeds are limited to 0…2⁵³ everywhere they enter (lesson files, `--seed`), the whole
    /// numbers a JSON number holds exactly: every such seed must read back unchanged.
    func testHeadersWithSeedsUpToTwoToThe53ReadBack() throws {
        let lesson = try TraceRecording.xorLesson()
        XCTAssertEqual(LessonDecoder.maximumSeed, 9_007_199_254_740_992)
        for seed: UInt64 in [0, 42, 9_007_199_254_740_991, LessonDecoder.maximumSeed] {
            let path = temporaryPath()
            var header = TraceRecording.header(lesson, epochs: 1, sampling: .all)
            header.seed = seed
            let writer = try TraceFileWriter(path: path, header: header)
            try writer.flush()
            do {
                let trace = try TraceFile.read(path: path)
                XCTAssertEqual(trace.header.seed, seed)
            } catch {
                XCTFail("seed \(seed): \(error)")
            }
        }
    }
}
