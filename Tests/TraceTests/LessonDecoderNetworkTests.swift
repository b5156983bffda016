import XCTest
import Trace

/// `network`: inputs or an input image, every layer type and activation, the layout checks and
/// the shapes of `init` for convolutions.
final class LessonDecoderNetworkTests: LessonDecoderTestCase {
    /// An 8×8 image through a convolution, pooling, dropout and flatten to 10 softmax classes.
    private let convolutional = """
        {"image": [1, 8, 8], "layers": [
          {"type": "conv2d", "filters": 4, "kernel": 3, "activation": "relu"},
          {"type": "maxpool", "size": 2},
          {"type": "dropout", "rate": 0.25},
          {"type": "flatten"},
          {"units": 10, "activation": "softmax"}]}
        """

    private var imageData: String { "{\"X\": \(zeros(2, 64)), \"y\": \(oneHot(2, 10))}" }

    /// A lesson on 8×8 images with the layers `layers` (a JSON array).
    private func imageLesson(_ layers: String, init initial: String = "") -> String {
        lessonText(network: "{\"image\": [1, 8, 8], \"layers\": \(layers)}", data: imageData,
                   extra: initial.isEmpty ? "" : "\"init\": \(initial)")
    }

    func testImageInputAndEveryLayerType() throws {
        let lesson = try decode(lessonText(network: convolutional, data: imageData))
        XCTAssertEqual(lesson.network, NetworkSpec(inputImage: TensorShape(channels: 1, height: 8, width: 8), layers: [
            .conv2d(filters: 4, kernel: 3, activation: .relu), .maxPool(size: 2), .dropout(rate: 0.25), .flatten,
            LayerSpec(units: 10, activation: .softmax),
        ]))
        XCTAssertEqual(lesson.network.inputs, 64)
        XCTAssertEqual(lesson.network.depth, 2)
        XCTAssertEqual(lesson.network.weightShape(ofLayer: 1), Shape(rows: 9, columns: 4), "[C·k·k × filters]")
        XCTAssertEqual(lesson.network.weightShape(ofLayer: 2), Shape(rows: 36, columns: 10), "4 maps of 3×3 flattened")
    }

    func testTypeIsDenseWhenNotGiven() throws {
        let typed = #"{"inputs": 2, "layers": [{"type": "dense", "units": 2, "activation": "sigmoid"}, {"type": "dense", "units": 1, "activation": "sigmoid"}]}"#
        XCTAssertEqual(try decode(lessonText(network: typed)).network, try decode(lessonText()).network)
    }

    func testEveryActivationIsAccepted() throws {
        for activation in Activation.allCases {
            let network = "{\"inputs\": 2, \"layers\": [{\"units\": 3, \"activation\": \"\(activation.rawValue)\"}, {\"units\": 1, \"activation\": \"sigmoid\"}]}"
            XCTAssertEqual(try decode(lessonText(network: network)).network.layers[0].activation, activation)
        }
    }

    func testUnknownActivationListsEveryActivation() {
        let network = #"{"inputs": 2, "layers": [{"units": 1, "activation": "sigmod"}]}"#
        assertProblems(lessonText(network: network), [
            LessonProblem(path: "network.layers[0].activation", kind: .unknownActivation(name: "sigmod", known: [
                "heaviside", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu", "swish", "softmax", "linear"])),
        ])
    }

    // MARK: Problems

    func testInputsAndImageExcludeEachOther() {
        let network = #"{"inputs": 64, "image": [1, 8, 8], "layers": [{"units": 1, "activation": "sigmoid"}]}"#
        assertProblems(lessonText(network: network), [
            LessonProblem(path: "network.image", kind: .conflictsWith(other: "network.inputs")),
        ])
        assertProblems(lessonText(network: #"{"layers": [{"units": 1, "activation": "sigmoid"}]}"#), [
            LessonProblem(path: "network.inputs", kind: .missing),
        ])
    }

    func testImageIsThreeWholeNumbersInRange() {
        assertProblems(lessonText(network: #"{"image": [28, 28], "layers": [{"units": 1, "activation": "sigmoid"}]}"#), [
            LessonProblem(path: "network.image", kind: .imageDimensions(count: 2)),
        ])
        assertProblems(lessonText(network: #"{"image": [0, 2000, 2.5], "layers": [{"units": 1, "activation": "sigmoid"}]}"#), [
            LessonProblem(path: "network.image[0]", kind: .integerOutOfRange(value: 0, range: 1...1024)),
            LessonProblem(path: "network.image[1]", kind: .integerOutOfRange(value: 2000, range: 1...1024)),
            LessonProblem(path: "network.image[2]", kind: .integerOutOfRange(value: 2.5, range: 1...1024)),
        ])
    }

    func testUnknownLayerTypeAndKeysOfOtherTypes() {
        let layers = """
            [{"type": "conv", "filters": 4},
             {"type": "maxpool", "size": 2, "units": 3},
             {"type": "conv2d", "filters": 4, "kernal": 3, "activation": "relu"},
             {"type": 2},
             {"units": 10, "activation": "softmax"}]
            """
        assertProblems(imageLesson(layers), [
            LessonProblem(path: "network.layers[0].type", kind: .unknownName(
                name: "conv", known: ["dense", "conv2d", "maxpool", "flatten", "dropout"], category: .layerType)),
            LessonProblem(path: "network.layers[1].units", kind: .keyNotForType(
                type: "maxpool", known: ["type", "size"], category: .layerType)),
            LessonProblem(path: "network.layers[2].kernal", kind: .unknownKey(suggestion: "kernel")),
            LessonProblem(path: "network.layers[2].kernel", kind: .missing),
            LessonProblem(path: "network.layers[3].type", kind: .wrongType(expected: .string, found: .number)),
        ])
    }

    func testEachLayerTypeNeedsItsKeys() {
        let layers = #"[{"type": "conv2d"}, {"type": "maxpool"}, {"type": "dropout"}, {"type": "flatten"}, {"units": 10}]"#
        assertProblems(imageLesson(layers), [
            LessonProblem(path: "network.layers[0].filters", kind: .missing),
            LessonProblem(path: "network.layers[0].kernel", kind: .missing),
            LessonProblem(path: "network.layers[0].activation", kind: .missing),
            LessonProblem(path: "network.layers[1].size", kind: .missing),
            LessonProblem(path: "network.layers[2].rate", kind: .missing),
            LessonProblem(path: "network.layers[4].activation", kind: .missing),
        ])
    }

    func testLimitsOfFiltersKernelsAndWindows() {
        let layers = """
            [{"type": "conv2d", "filters": 2000, "kernel": 33, "activation": "relu"}, {"type": "maxpool", "size": 0},
             {"type": "flatten"}, {"units": 10, "activation": "softmax"}]
            """
        assertProblems(imageLesson(layers), [
            LessonProblem(path: "network.layers[0].filters", kind: .integerOutOfRange(value: 2000, range: 1...1024)),
            LessonProblem(path: "network.layers[0].kernel", kind: .integerOutOfRange(value: 33, range: 1...32)),
            LessonProblem(path: "network.layers[1].size", kind: .integerOutOfRange(value: 0, range: 1...32)),
        ])
    }

    func testDenseAfterMapsNeedsFlatten() {
        let layers = #"[{"type": "conv2d", "filters": 4, "kernel": 3, "activation": "relu"}, {"units": 10, "activation": "softmax"}]"#
        assertProblems(imageLesson(layers), [
            LessonProblem(path: "network.layers[1]", kind: .denseNeedsFlatten(input: TensorShape(channels: 4, height: 6, width: 6))),
        ])
    }

    func testConvolutionPoolingAndFlattenNeedAnImage() {
        // After a layer that is flagged, the layout reads its row as a 1×1×N image, so the layers
        // right after it are not flagged again.
        let network = """
            {"inputs": 2, "layers": [{"type": "conv2d", "filters": 2, "kernel": 1, "activation": "relu"}, {"type": "flatten"},
             {"units": 3, "activation": "relu"}, {"type": "flatten"}, {"type": "maxpool", "size": 1}, {"type": "flatten"},
             {"units": 1, "activation": "sigmoid"}]}
            """
        assertProblems(lessonText(network: network), [
            LessonProblem(path: "network.layers[0]", kind: .needsImage(type: "conv2d")),
            LessonProblem(path: "network.layers[3]", kind: .needsImage(type: "flatten")),
            LessonProblem(path: "network.layers[4]", kind: .needsImage(type: "maxpool")),
        ])
    }

    func testProblemsThatFollowFromAnEarlierOneAreNotReported() {
        // The convolution gets a row: the maps after it are made up, so the dense layer's
        // "needs a flatten" would only follow from that.
        let network = #"{"inputs": 2, "layers": [{"type": "conv2d", "filters": 2, "kernel": 3, "activation": "relu"}, {"units": 1, "activation": "sigmoid"}]}"#
        assertProblems(lessonText(network: network), [
            LessonProblem(path: "network.layers[0]", kind: .needsImage(type: "conv2d")),
        ])
        // A window too large leaves no maps: the next pooling is not judged on them.
        let layers = """
            [{"type": "maxpool", "size": 9}, {"type": "maxpool", "size": 2}, {"type": "flatten"}, {"units": 10, "activation": "softmax"}]
            """
        assertProblems(imageLesson(layers), [
            LessonProblem(path: "network.layers[0].size", kind: .kernelTooLarge(size: 9, input: TensorShape(channels: 1, height: 8, width: 8))),
        ])
    }

    func testKernelOrWindowLargerThanTheMaps() {
        let layers = """
            [{"type": "conv2d", "filters": 4, "kernel": 9, "activation": "relu"}, {"type": "flatten"}, {"units": 10, "activation": "softmax"}]
            """
        assertProblems(imageLesson(layers), [
            LessonProblem(path: "network.layers[0].kernel", kind: .kernelTooLarge(size: 9, input: TensorShape(channels: 1, height: 8, width: 8))),
        ])
        let pooling = """
            [{"type": "conv2d", "filters": 4, "kernel": 3, "activation": "relu"}, {"type": "maxpool", "size": 7},
             {"type": "flatten"}, {"units": 10, "activation": "softmax"}]
            """
        assertProblems(imageLesson(pooling), [
            LessonProblem(path: "network.layers[1].size", kind: .kernelTooLarge(size: 7, input: TensorShape(channels: 4, height: 6, width: 6))),
        ])
    }

    func testDropoutRateIsAFractionBelowOne() {
        for (rate, shown) in [("1", 1.0), ("-0.1", -0.1), ("1e400", Double.infinity)] {
            let network = "{\"inputs\": 2, \"layers\": [{\"units\": 2, \"activation\": \"relu\"}, {\"type\": \"dropout\", \"rate\": \(rate)}, {\"units\": 1, \"activation\": \"sigmoid\"}]}"
            assertProblems(lessonText(network: network), [
                LessonProblem(path: "network.layers[1].rate", kind: .dropoutRate(value: shown)),
            ])
        }
    }

    func testTheLastLayerMustBeDense() {
        let network = #"{"inputs": 2, "layers": [{"units": 1, "activation": "sigmoid"}, {"type": "dropout", "rate": 0.5}]}"#
        assertProblems(lessonText(network: network), [
            LessonProblem(path: "network.layers[1]", kind: .lastLayerNotDense(type: "dropout")),
        ])
    }

    // MARK: init

    func testInitialValuesOfAConvolutionalNetwork() throws {
        let w1 = zeros(9, 4), w2 = zeros(36, 10)
        let lesson = try decode(lessonText(network: convolutional, data: imageData,
                                           extra: "\"init\": {\"W1\": \(w1), \"b1\": [[1, 2, 3, 4]], \"W2\": \(w2)}"))
        XCTAssertEqual(lesson.initialValues["b1"], Matrix([[1, 2, 3, 4]]))
        XCTAssertEqual(lesson.initialParameters.weights.map(\.shape), [Shape(rows: 9, columns: 4), Shape(rows: 36, columns: 10)])
        assertProblems(lessonText(network: convolutional, data: imageData,
                                  extra: "\"init\": {\"W1\": \(zeros(3, 4)), \"W2\": \(zeros(10, 36)), \"W3\": [[1]]}"), [
            LessonProblem(path: "init.W1", kind: .shapeMismatch(found: Shape(rows: 3, columns: 4), expected: Shape(rows: 9, columns: 4),
                                                                rule: .convolutionWeightShape)),
            LessonProblem(path: "init.W2", kind: .shapeMismatch(found: Shape(rows: 10, columns: 36), expected: Shape(rows: 36, columns: 10),
                                                                rule: .weightShape)),
            LessonProblem(path: "init.W3", kind: .unknownParameter(known: ["W1", "b1", "W2", "b2"])),
        ])
    }

    func testXColumnsAreThePixelsOfTheImage() {
        assertProblems(lessonText(network: convolutional, data: "{\"X\": \(zeros(2, 63)), \"y\": \(oneHot(2, 10))}"), [
            LessonProblem(path: "data.X", kind: .shapeMismatch(found: Shape(rows: 2, columns: 63), expected: Shape(rows: 2, columns: 64),
                                                               rule: .columnsOfImage)),
        ])
    }
}
