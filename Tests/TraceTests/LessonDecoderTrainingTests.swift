import XCTest
import Trace

/// `training`: loss, batches, shuffling, reduction, optimisers, L2, early stopping and
/// initialisation, and their checks against the network and the data.
final class LessonDecoderTrainingTests: LessonDecoderTestCase {
    /// 2 inputs, 4 ReLU neurons, 2 softmax classes.
    private let classifier = #"{"inputs": 2, "layers": [{"units": 4, "activation": "relu"}, {"units": 2, "activation": "softmax"}]}"#
    /// XOR as two classes, with the same four examples as test data.
    private var classes: String {
        "{\"X\": [[0, 0], [0, 1], [1, 0], [1, 1]], \"y\": [[1, 0], [0, 1], [0, 1], [1, 0]], "
            + "\"testX\": [[0, 0], [1, 1]], \"testY\": [[1, 0], [1, 0]]}"
    }

    private func settings(_ training: String, network: String? = nil, data: String? = nil) throws -> TrainingSettings {
        try decode(lessonText(network: network, data: data, training: training)).training
    }

    func testTheNotesDefaults() throws {
        let settings = try settings(shortTraining)
        XCTAssertEqual(settings.loss, .squaredError)
        XCTAssertNil(settings.batchSize)
        XCTAssertFalse(settings.shuffle)
        XCTAssertEqual(settings.reduction, .sum)
        XCTAssertEqual(settings.optimizer, .gradientDescent)
        XCTAssertEqual(settings.l2, 0)
        XCTAssertNil(settings.earlyStopping)
        XCTAssertEqual(settings.initialization, .uniform)
    }

    func testEverySetting() throws {
        let training = """
            {"learningRate": 0.1, "epochs": 20, "seed": 3, "loss": "cross_entropy", "batchSize": 2, "shuffle": true,
             "reduction": "mean", "optimizer": {"type": "adam", "beta2": 0.99}, "l2": 0.001,
             "earlyStopping": {"patience": 5}, "initialization": "he"}
            """
        var expected = TrainingSettings(learningRate: 0.1, epochs: 20, seed: 3, sampling: .default)
        expected.loss = .crossEntropy
        expected.batchSize = 2
        expected.shuffle = true
        expected.reduction = .mean
        expected.optimizer = .adam(beta1: 0.9, beta2: 0.99, epsilon: 1e-8)
        expected.l2 = 0.001
        expected.earlyStopping = EarlyStopping(patience: 5, minimumImprovement: 0)
        expected.initialization = .he
        XCTAssertEqual(try settings(training, network: classifier, data: classes), expected)
    }

    func testEveryLoss() throws {
        for (name, loss) in [("mse", Loss.squaredError), ("mae", .meanAbsoluteError), ("bce", .binaryCrossEntropy)] {
            XCTAssertEqual(try settings("{\"learningRate\": 1, \"epochs\": 1, \"loss\": \"\(name)\"}").loss, loss)
        }
        XCTAssertEqual(try settings(#"{"learningRate": 1, "epochs": 1, "loss": "cross_entropy"}"#, network: classifier,
                                    data: classes).loss, .crossEntropy)
    }

    func testBatchStochasticAndMiniBatch() throws {
        XCTAssertNil(try settings(shortTraining).batchSize, "no batchSize: every example at once, as the notes")
        XCTAssertEqual(try settings(#"{"learningRate": 1, "epochs": 1, "batchSize": 1, "shuffle": true}"#).batchSize, 1)
        XCTAssertEqual(try settings(#"{"learningRate": 1, "epochs": 1, "batchSize": 2}"#).batchSize, 2)
        XCTAssertEqual(try settings(#"{"learningRate": 1, "epochs": 1, "batchSize": 4}"#).batchSize, 4)
    }

    func testOptimizersByNameOrWithTheirSettings() throws {
        func optimizer(_ json: String) throws -> Optimizer {
            try settings("{\"learningRate\": 1, \"epochs\": 1, \"optimizer\": \(json)}").optimizer
        }
        XCTAssertEqual(try optimizer(#""sgd""#), .gradientDescent)
        XCTAssertEqual(try optimizer(#"{"type": "sgd"}"#), .gradientDescent)
        XCTAssertEqual(try optimizer(#""momentum""#), .momentum(0.9))
        XCTAssertEqual(try optimizer(#"{"type": "momentum", "momentum": 0.5}"#), .momentum(0.5))
        XCTAssertEqual(try optimizer(#""adam""#), .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8))
        XCTAssertEqual(try optimizer(#"{"type": "adam", "beta1": 0.8, "beta2": 0.9, "epsilon": 1e-6}"#),
                       .adam(beta1: 0.8, beta2: 0.9, epsilon: 1e-6))
    }

    func testInitializations() throws {
        for initialization in Initialization.allCases {
            let training = "{\"learningRate\": 1, \"epochs\": 1, \"initialization\": \"\(initialization.rawValue)\"}"
            XCTAssertEqual(try settings(training).initialization, initialization)
        }
    }

    // MARK: Problems

    func testUnknownNamesListTheChoices() {
        let training = """
            {"learningRate": 1, "epochs": 1, "loss": "mce", "reduction": "avg", "optimizer": "rmsprop", "initialization": "glorot"}
            """
        assertProblems(lessonText(training: training), [
            LessonProblem(path: "training.loss", kind: .unknownName(name: "mce", known: ["mse", "mae", "bce", "cross_entropy"],
                                                                    category: .loss)),
            LessonProblem(path: "training.reduction", kind: .unknownName(name: "avg", known: ["sum", "mean"], category: .reduction)),
            LessonProblem(path: "training.optimizer", kind: .unknownName(name: "rmsprop", known: ["sgd", "momentum", "adam"],
                                                                         category: .optimizer)),
            LessonProblem(path: "training.initialization", kind: .unknownName(name: "glorot", known: ["uniform", "xavier", "he"],
                                                                              category: .initialization)),
        ])
    }

    func testOptimizerSettings() {
        let training = """
            {"learningRate": 1, "epochs": 1, "optimizer": {"type": "adam", "momentum": 0.9, "beta1": 1, "beta2": -0.5, "epsilon": 0, "betta": 2}}
            """
        assertProblems(lessonText(training: training), [
            LessonProblem(path: "training.optimizer.momentum", kind: .keyNotForType(
                type: "adam", known: ["type", "beta1", "beta2", "epsilon"], category: .optimizer)),
            LessonProblem(path: "training.optimizer.betta", kind: .unknownKey(suggestion: "beta1")),
            LessonProblem(path: "training.optimizer.beta1", kind: .notAFraction(value: 1, zeroAllowed: true)),
            LessonProblem(path: "training.optimizer.beta2", kind: .notAFraction(value: -0.5, zeroAllowed: true)),
            LessonProblem(path: "training.optimizer.epsilon", kind: .notPositive(value: 0)),
        ])
        assertProblems(lessonText(training: #"{"learningRate": 1, "epochs": 1, "optimizer": {"momentum": 0.9}}"#), [
            LessonProblem(path: "training.optimizer.type", kind: .missing),
        ])
        assertProblems(lessonText(training: #"{"learningRate": 1, "epochs": 1, "optimizer": 3}"#), [
            LessonProblem(path: "training.optimizer", kind: .wrongType(expected: .string, found: .number)),
        ])
    }

    func testNumbersOfTheSettings() {
        let training = """
            {"learningRate": 1, "epochs": 1, "batchSize": 0, "shuffle": "yes", "l2": -0.1,
             "earlyStopping": {"patience": 0, "minImprovement": -1}}
            """
        assertProblems(lessonText(data: classes, training: training), [
            LessonProblem(path: "training.batchSize", kind: .integerOutOfRange(value: 0, range: 1...10_000_000)),
            LessonProblem(path: "training.shuffle", kind: .wrongType(expected: .bool, found: .string)),
            LessonProblem(path: "training.l2", kind: .negative(value: -0.1)),
            LessonProblem(path: "training.earlyStopping.patience", kind: .integerOutOfRange(value: 0, range: 1...10_000_000)),
            LessonProblem(path: "training.earlyStopping.minImprovement", kind: .negative(value: -1)),
            // The two-class targets do not fit the one-output network.
            LessonProblem(path: "data.y", kind: .shapeMismatch(found: Shape(rows: 4, columns: 2), expected: Shape(rows: 4, columns: 1),
                                                               rule: .columnsOfY)),
            LessonProblem(path: "data.testY", kind: .shapeMismatch(found: Shape(rows: 2, columns: 2), expected: Shape(rows: 2, columns: 1),
                                                                   rule: .columnsOfY)),
        ])
    }

    func testABatchIsAtMostTheTrainingExamples() {
        assertProblems(lessonText(training: #"{"learningRate": 1, "epochs": 1, "batchSize": 5}"#), [
            LessonProblem(path: "training.batchSize", kind: .batchSizeTooLarge(size: 5, examples: 4)),
        ])
        // With a test split of 0.5, 2 of the 4 examples are left to train on.
        let data = #"{"X": [[0, 0], [0, 1], [1, 0], [1, 1]], "y": [[0], [1], [1], [0]], "test": 0.5}"#
        assertProblems(lessonText(data: data, training: #"{"learningRate": 1, "epochs": 1, "batchSize": 3}"#), [
            LessonProblem(path: "training.batchSize", kind: .batchSizeTooLarge(size: 3, examples: 2)),
        ])
    }

    func testCrossEntropyNeedsSoftmaxAndBinaryCrossEntropySigmoid() {
        assertProblems(lessonText(training: #"{"learningRate": 1, "epochs": 1, "loss": "cross_entropy"}"#), [
            LessonProblem(path: "training.loss", kind: .lossNeedsActivation(loss: .crossEntropy, required: .softmax, found: .sigmoid)),
        ])
        assertProblems(lessonText(network: classifier, data: classes, training: #"{"learningRate": 1, "epochs": 1, "loss": "bce"}"#), [
            LessonProblem(path: "training.loss", kind: .lossNeedsActivation(loss: .binaryCrossEntropy, required: .sigmoid, found: .softmax)),
        ])
    }

    func testEarlyStoppingNeedsTestData() throws {
        assertProblems(lessonText(training: #"{"learningRate": 1, "epochs": 1, "earlyStopping": {"patience": 3}}"#), [
            LessonProblem(path: "training.earlyStopping", kind: .needsTestData),
        ])
        let split = #"{"X": [[0, 0], [0, 1], [1, 0], [1, 1]], "y": [[0], [1], [1], [0]], "test": 0.25}"#
        let lesson = try decode(lessonText(data: split, training: #"{"learningRate": 1, "epochs": 1, "earlyStopping": {"patience": 3, "minImprovement": 0.001}}"#))
        XCTAssertEqual(lesson.training.earlyStopping, EarlyStopping(patience: 3, minimumImprovement: 0.001))
    }

    func testEveryTrainingKeyIsKnownAndTyposAreSuggested() {
        assertProblems(lessonText(training: #"{"learningRate": 1, "epochs": 1, "batchsize": 2, "optimiser": "sgd", "earlyStoping": {}}"#), [
            LessonProblem(path: "training.batchsize", kind: .unknownKey(suggestion: "batchSize")),
            LessonProblem(path: "training.optimiser", kind: .unknownKey(suggestion: "optimizer")),
            LessonProblem(path: "training.earlyStoping", kind: .unknownKey(suggestion: "earlyStopping")),
        ])
    }
}
