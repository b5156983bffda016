import Foundation
import XCTest
import Explain
import Trace
@testable import nnstep

/// The recordings the debugger's tests run on, trained once.
///
/// Expected numbers in the tests come from `Tests/TraceTests/Fixtures/xor-golden.json` (the numpy
/// reference, `Tests/Reference/xor_reference.py`) or from running the notes' loop in numpy on the
/// same initial values; each test says which.
enum DebuggerFixtures {
    /// The explicit-init XOR lesson with its default sampling: kept epochs 1, 2, 3, 500, …, 5000.
    static func sampled() throws -> Recording { try sampledRun.get() }
    /// The same lesson keeping every epoch.
    static func everyEpoch() throws -> Recording { try everyEpochRun.get() }
    /// The same lesson with η = 50.
    static func fast() throws -> Recording { try fastRun.get() }
    /// Inputs scaled by 1000, W1 = 0.0001, η = 1e308: dW1 overflows to −∞ at step 18 of epoch 1
    /// (reasoned out in `TrainerNonFiniteTests.testHugeLearningRateOverflowsTheFirstWeightAdjustment`).
    static func overflow() throws -> Recording { try overflowRun.get() }

    private static let sampledRun = Result { try train(TestSupport.explicitLesson) }
    private static let everyEpochRun = Result { try train(TestSupport.explicitLesson, sampling: .all) }
    private static let fastRun = Result { try train(TestSupport.explicitLesson, learningRate: 50) }
    private static let overflowRun = Result { try train(overflowLesson(), learningRate: 1e308) }

    /// The loss of every epoch and the matrices of epoch 1 in the golden file of the numpy reference.
    private static let golden: (losses: [Double], epoch1: [String: [[Double]]]) = {
        let path = TestSupport.root.appendingPathComponent("Tests/TraceTests/Fixtures/xor-golden.json")
        let data = (try? Data(contentsOf: path)) ?? Data()
        let object = ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:]
        return ((object["losses"] as? [Double]) ?? [],
                ((object["epoch1"] as? [String: Any]) ?? [:]).compactMapValues { $0 as? [[Double]] })
    }()

    /// The loss of `epoch` in the golden file.
    static func goldenLoss(_ epoch: Int) -> Double {
        golden.losses.indices.contains(epoch - 1) ? golden.losses[epoch - 1] : .nan
    }

    /// Matrix `name` of epoch 1 in the golden file, as rows.
    static func goldenEpoch1(_ name: String) -> [[Double]] {
        golden.epoch1[name] ?? []
    }

    /// A debugger over `recording`, in Spanish, without colour.
    static func debugger(_ recording: Recording? = nil, language: Language = .spanish) throws -> Debugger {
        Debugger(recording: try recording ?? sampled(), language: language, palette: .plain, width: 100)
    }

    /// Runs `line` (which must parse) on `debugger`.
    @discardableResult
    static func run(_ line: String, on debugger: inout Debugger, file: StaticString = #filePath,
                    line number: UInt = #line) -> Reply {
        do {
            return debugger.execute(try CommandParser().parse(line))
        } catch {
            XCTFail("«\(line)»: \(error)", file: file, line: number)
            return Reply()
        }
    }

    /// The lesson at `path` trained for all its epochs, stopping at a non-finite value.
    private static func train(_ path: String, sampling: SamplingPolicy? = nil, learningRate: Double? = nil) throws -> Recording {
        var lesson = try LessonLibrary.load(path: path)
        if let sampling { lesson.training.sampling = sampling }
        if let learningRate { lesson.training.learningRate = learningRate }
        var sink = MemorySink(sampling: lesson.training.sampling, totalEpochs: lesson.training.epochs)
        var trainer = lesson.makeTrainer()
        do {
            for epoch in 1...lesson.training.epochs { try trainer.runEpoch(epoch, into: &sink) }
        } catch is TrainingError {
            // The run stops at its first non-finite value; the events up to it are kept.
        }
        return Recording(header: TraceHeader(lesson: lesson), events: sink.events)
    }

    private static func overflowLesson() throws -> String {
        let text = """
        {"name": "overflow", "title": "overflow",
         "network": {"inputs": 2, "layers": [{"units": 2, "activation": "sigmoid"}, {"units": 1, "activation": "sigmoid"}]},
         "data": {"X": [[0, 0], [0, 1000], [1000, 0], [1000, 1000]], "y": [[0], [1], [1], [0]]},
         "training": {"learningRate": 0.5, "epochs": 5},
         "init": {"W1": [[0.0001, 0.0001], [0.0001, 0.0001]], "b1": [[0, 0]], "W2": [[1], [1]], "b2": [[0]]}}
        """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-overflow-\(getpid()).json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
