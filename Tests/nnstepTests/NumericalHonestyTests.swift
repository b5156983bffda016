import Foundation
import XCTest

/// NaN and infinities: reported at the first step that produces one, with its epoch, step,
/// operation and a hint for that operation, and shown there (`--print`; the stepper opens there,
/// see `TerminalSignalTests`).
///
/// The lessons are the worked example `Tests/TraceTests/Fixtures/xor-explicit.json` with one
/// value made huge, so that where the first non-finite value appears can be worked out by hand.
final class NumericalHonestyTests: XCTestCase {
    private func lesson(_ name: String, replacing old: String, with new: String) throws -> URL {
        let text = try String(contentsOfFile: TestSupport.explicitLesson, encoding: .utf8)
        XCTAssertTrue(text.contains(old))
        return try NNStepProcess.file(text.replacingOccurrences(of: old, with: new), named: name)
    }

    /// W1 = 1e308 everywhere: for x = (1, 1), Z1 = 1e308 + 1e308 + b1 overflows in step 7 of epoch 1.
    private func overflowingWeights(_ name: String, sampling: String? = nil) throws -> URL {
        var file = try lesson(name, replacing: "\"W1\": [[0.5, -0.3], [0.8, 0.2]]", with: "\"W1\": [[1e308, 1e308], [1e308, 1e308]]")
        if let sampling {
            let text = try String(contentsOf: file, encoding: .utf8)
                .replacingOccurrences(of: "\"epochs\": 5000,", with: "\"epochs\": 5000, \"sampling\": \(sampling),")
            file = try NNStepProcess.file(text, named: name)
        }
        return file
    }

    private let affineReport = "El entrenamiento produjo un valor no finito (NaN o ∞) por primera vez en la época 1, paso 7: Z1, al calcular Z₁ = X·W₁ + b₁. La suma ponderada se salió del rango de los números (±1.8e308): los pesos o los datos son enormes. Si los pesos crecieron al entrenar, la tasa de aprendizaje es demasiado grande: prueba con --lr más pequeño.\n"

    func testOverflowInTheForwardPassIsReportedAtItsStepAndShown() throws {
        let result = try NNStepProcess.run(["lesson", try overflowingWeights("inf.json").path, "--print"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, affineReport)
        XCTAssertTrue(result.stdout.contains("Época 1/5000 · paso 7/23"), "the faulty step is shown")
        XCTAssertFalse(result.stdout.contains("paso 8/23"), "nothing after it was computed")
    }

    func testOverflowOfTheSquaredErrorHasItsOwnHint() throws {
        // y = 1e200 for x = (0, 1): error ≈ 1e200 is finite, error² = 1e400 is not: step 12, loss.
        let file = try lesson("y.json", replacing: "\"y\": [[0], [1], [1], [0]]", with: "\"y\": [[0], [1e200], [1], [0]]")
        let result = try NNStepProcess.run(["lesson", file.path, "--print", "--lang", "en"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Training produced a non-finite value (NaN or ∞) for the first time in epoch 1, step 12: loss, while computing loss = mean(error²). The error (y minus the prediction) or its square went out of the range of numbers (±1.8e308): the values of y are huge. Rescale the data, for example to values between 0 and 1.\n")
    }

    func testAnEpochTheSamplingSkipsIsTrainedAgainToShowTheStep() throws {
        // The lesson keeps no epoch at all; the failing one is kept anyway, so it can be shown.
        let file = try overflowingWeights("nada.json", sampling: "{\"first\": 0, \"every\": 0, \"last\": false}")
        let result = try NNStepProcess.run(["lesson", file.path, "--print"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, affineReport)
        XCTAssertTrue(result.stdout.contains("Época 1/5000 · paso 7/23"), result.stdout)
    }

    func testRecordSaysHowToSeeAFailingEpochItDidNotKeep() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = try overflowingWeights("nada.json", sampling: "{\"first\": 0, \"every\": 0, \"last\": false}")
        let result = try NNStepProcess.run(["record", file.path, "-o", "t.jsonl", "--lr", "0.25"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "Traza guardada en t.jsonl: 1 épocas, 0 con todos sus valores y el resto solo con su error. Ábrela con: nnstep replay t.jsonl\n")
        XCTAssertEqual(result.stderr, affineReport
            + "La época 1 no guardó sus pasos en la traza. Para verla paso a paso: nnstep lesson \(file.path) --lr 0.25 --epoch 1\n")
    }

    func testReplayOfADivergedTraceStartsAtTheFirstNonFiniteValue() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = try overflowingWeights("inf.json")
        let recorded = try NNStepProcess.run(["record", file.path, "-o", "t.jsonl"], in: folder)
        XCTAssertEqual(recorded.status, 1)
        XCTAssertEqual(recorded.stderr, affineReport)
        let replayed = try NNStepProcess.run(["replay", "t.jsonl", "--print"], in: folder)
        XCTAssertEqual(replayed.status, 1)
        XCTAssertEqual(replayed.stderr, affineReport, "the same report as when it was recorded")
        XCTAssertTrue(replayed.stdout.contains("Época 1/5000 · paso 7/23"))
        XCTAssertTrue(replayed.stdout.contains("∞"), "the infinity is shown, not hidden")
    }
}
