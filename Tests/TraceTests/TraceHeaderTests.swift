import XCTest
import Trace

/// The header line: every network and training setting a lesson can have is recorded and reads
/// back the same, and headers written before those settings existed still read.
final class TraceHeaderTests: XCTestCase {
    /// The XOR header as nnstep wrote it before the general networks (docs/trace-format.md).
    private let firstXORHeader = #"{"format":"nnstep-trace","version":1,"lesson":"xor","title":"XOR con una red multicapa 2-2-1","network":{"inputs":2,"layers":[{"units":2,"activation":"sigmoid"},{"units":1,"activation":"sigmoid"}]},"examples":4,"hyperparameters":{"learningRate":0.5,"epochs":5000},"seed":42,"sampling":{"first":3,"every":500,"last":true},"stepsPerEpoch":23}"#

    private func roundTrip(_ header: TraceHeader) throws -> TraceHeader {
        try TraceLineDecoder.header(JSONParser.parse(TraceLineEncoder.header(header)))
    }

    /// The header of an 8×8 image classifier with every setting changed from its default.
    private func everyFeature() -> TraceHeader {
        let network = NetworkSpec(inputImage: TensorShape(channels: 1, height: 8, width: 8), layers: [
            .conv2d(filters: 4, kernel: 3, activation: .relu), .maxPool(size: 2), .dropout(rate: 0.25), .flatten,
            LayerSpec(units: 16, activation: .tanh), LayerSpec(units: 10, activation: .softmax),
        ])
        var header = TraceHeader(lesson: "digitos", title: "Dígitos 8×8", network: network, examples: 1437, learningRate: 0.01,
                                 epochs: 30, seed: 7, sampling: SamplingPolicy(first: 1, every: 10, last: true), stepsPerEpoch: 40)
        header.variant = "η = 0.01"
        header.testExamples = 360
        header.loss = .crossEntropy
        header.batchSize = 32
        header.shuffle = true
        header.reduction = .mean
        header.optimizer = .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
        header.l2 = 0.0001
        header.earlyStopping = EarlyStopping(patience: 5, minimumImprovement: 0.001)
        header.initialization = .he
        return header
    }

    func testAHeaderWrittenBeforeTheNewFieldsReadsAsTheNotesLoop() throws {
        let header = try TraceLineDecoder.header(JSONParser.parse(firstXORHeader))
        XCTAssertEqual(header, TraceHeader(lesson: try TraceRecording.xorLesson()))
        XCTAssertNil(header.variant)
        XCTAssertEqual(header.testExamples, 0)
        XCTAssertEqual(header.loss, .squaredError)
        XCTAssertEqual(header.batchSize, 4, "the whole batch")
        XCTAssertEqual(header.optimizer, .gradientDescent)
        XCTAssertEqual(header.reduction, .sum)
        XCTAssertEqual(header.training, try TraceRecording.xorLesson().training)
    }

    func testTheXORHeaderLine() throws {
        let line = TraceLineEncoder.header(TraceHeader(lesson: try TraceRecording.xorLesson()))
        XCTAssertEqual(line, #"{"format":"nnstep-trace","version":1,"lesson":"xor","title":"XOR con una red multicapa 2-2-1","network":{"inputs":2,"layers":[{"units":2,"activation":"sigmoid"},{"units":1,"activation":"sigmoid"}]},"examples":4,"testExamples":0,"hyperparameters":{"learningRate":0.5,"epochs":5000,"loss":"mse","batchSize":4,"shuffle":false,"reduction":"sum","optimizer":"sgd","l2":0.0,"initialization":"uniform"},"seed":42,"sampling":{"first":3,"every":500,"last":true},"stepsPerEpoch":23}"#)
    }

    func testEveryLayerTypeAndSettingRoundTrips() throws {
        let header = everyFeature()
        XCTAssertEqual(try roundTrip(header), header)
        let line = TraceLineEncoder.header(header)
        XCTAssertTrue(line.contains(#""network":{"inputs":64,"image":[1,8,8],"layers":[{"type":"conv2d","filters":4,"kernel":3,"activation":"relu"},{"type":"maxpool","size":2},{"type":"dropout","rate":0.25},{"type":"flatten"},{"units":16,"activation":"tanh"},{"units":10,"activation":"softmax"}]}"#), line)
        XCTAssertTrue(line.contains(#""variant":"η = 0.01""#), line)
        XCTAssertTrue(line.contains(#""optimizer":"adam","beta1":0.9,"beta2":0.999,"epsilon":1e-08"#), line)
        XCTAssertTrue(line.contains(#""earlyStopping":{"patience":5,"minImprovement":0.001}"#), line)
    }

    func testMomentumAndEveryLossRoundTrip() throws {
        var header = everyFeature()
        header.optimizer = .momentum(0.5)
        header.earlyStopping = nil
        header.variant = nil
        for loss in Loss.allCases {
            header.loss = loss
            XCTAssertEqual(try roundTrip(header), header)
        }
        XCTAssertTrue(TraceLineEncoder.header(header).contains(#""optimizer":"momentum","momentum":0.5,"#))
    }

    func testTheHeaderOfALessonRecordsItsSettingsAndVariant() throws {
        var lesson = try TraceRecording.xorLesson()
        lesson.training.batchSize = 2
        lesson.training.shuffle = true
        lesson.training.optimizer = .momentum(0.9)
        lesson.testSet = HeldOutSet(inputs: Matrix([[1, 1]]), targets: Matrix([[0]]))
        let header = TraceHeader(lesson: lesson, variant: "mini-lotes")
        XCTAssertEqual(header.variant, "mini-lotes")
        XCTAssertEqual(header.examples, 4)
        XCTAssertEqual(header.testExamples, 1)
        XCTAssertEqual(header.batchSize, 2)
        XCTAssertEqual(header.training, lesson.training)
        XCTAssertEqual(try roundTrip(header), header)
    }

    func testNewFieldsThatAreWrongAreNamed() throws {
        let line = TraceLineEncoder.header(everyFeature())
        let cases = [
            (#""type":"conv2d""#, #""type":"conv3d""#, "network.layers.type"),
            (#""kernel":3"#, #""kernel":0"#, "network.layers.kernel"),
            (#""rate":0.25"#, #""rate":1.5"#, "network.layers.rate"),
            (#""image":[1,8,8]"#, #""image":[1,8,9]"#, "network.image"),
            (#""loss":"cross_entropy""#, #""loss":"hinge""#, "hyperparameters.loss"),
            (#""batchSize":32"#, #""batchSize":2000"#, "hyperparameters.batchSize"),
            (#""optimizer":"adam""#, #""optimizer":"rmsprop""#, "hyperparameters.optimizer"),
            (#""beta2":0.999,"#, "", "hyperparameters.beta2"),
            (#""reduction":"mean""#, #""reduction":"max""#, "hyperparameters.reduction"),
            (#""testExamples":360"#, #""testExamples":-1"#, "testExamples"),
            (#""variant":"η = 0.01""#, #""variant":1"#, "variant"),
        ]
        for (original, broken, field) in cases {
            XCTAssertTrue(line.contains(original), original)
            let text = line.replacingOccurrences(of: original, with: broken)
            XCTAssertThrowsError(try TraceLineDecoder.header(JSONParser.parse(text)), field) { error in
                XCTAssertEqual((error as? TraceLineDecoder.FieldError)?.field, field)
            }
        }
    }

    func testTheLongestLineOfAConvolutionalNetwork() {
        var header = everyFeature()
        header.examples = 2
        header.testExamples = 0
        header.batchSize = 2
        // The largest matrix: the 3×3 patches of the 1×8×8 input, 2 examples × 6·6 positions × 9 = 648.
        XCTAssertEqual(header.largestMatrixElements, 648)
        header.testExamples = 10
        XCTAssertEqual(header.largestMatrixElements, 3240, "test examples go through the network too")
    }
}
