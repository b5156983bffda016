import Foundation
import XCTest

/// The built `nnstep` binary, run as a user would: output, messages and exit statuses.
final class CommandLineTests: XCTestCase {
    /// Runs the built binary with `arguments` in `directory`.
    private func run(_ arguments: [String], in directory: URL? = nil,
                     environment: [String: String] = [:]) throws -> NNStepProcess.Result {
        try NNStepProcess.run(arguments, in: directory, environment: environment)
    }

    private func write(_ text: String, named name: String) throws -> URL {
        try NNStepProcess.file(text, named: name)
    }

    func testPrintShowsTheWholeFirstEpochWithShapesAndSpanish() throws {
        let result = try run(["lesson", "xor", "--print"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        for step in 1...23 {
            XCTAssertTrue(result.stdout.contains("Época 1/5000 · paso \(step)/23"), "step \(step) missing")
        }
        XCTAssertTrue(result.stdout.contains("Época 1/5000 · paso 13/23 · retropropagación"))
        XCTAssertTrue(result.stdout.contains("δ_out = error ⊙ σ'(Z₂)"))
        XCTAssertTrue(result.stdout.contains("formas: [4×1] ⊙ [4×1] → [4×1]"))
        XCTAssertTrue(result.stdout.contains("formas: [4×1]·[1×2] → [4×2]"), "Error_hidden's shape rule")
        XCTAssertTrue(result.stdout.contains("d_predicted_output"), "the notes' code variable")
    }

    func testLessonWorksFromAnyDirectoryAndByPath() throws {
        let elsewhere = try TestSupport.temporaryFolder()
        let byName = try run(["lesson", "xor", "--print", "--epochs", "3"], in: elsewhere)
        XCTAssertEqual(byName.status, 0, byName.stderr)
        let byPath = try run(["lesson", TestSupport.explicitLesson, "--print", "--epoch", "2"], in: elsewhere)
        XCTAssertEqual(byPath.status, 0, byPath.stderr)
        XCTAssertTrue(byPath.stdout.contains("Época 2/5000"))
    }

    func testEnglishAndPrintingChosenEpochs() throws {
        let result = try run(["lesson", "xor", "--print", "--epoch", "2,1234", "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("shapes: [4×2]·[2×2] + [1×2] → [4×2]"))
        XCTAssertTrue(result.stdout.contains("1234/5000"), "an epoch the sampling skips is kept when asked for")
        XCTAssertFalse(result.stdout.contains("formas"))
    }

    func testRecordThenReplayPrintsTheSameSteps() throws {
        let folder = try TestSupport.temporaryFolder()
        let recorded = try run(["record", "xor", "-o", "xor.jsonl"], in: folder)
        XCTAssertEqual(recorded.status, 0, recorded.stderr)
        XCTAssertTrue(recorded.stdout.contains("xor.jsonl"))
        let replayed = try run(["replay", "xor.jsonl", "--print", "--epoch", "500"], in: folder)
        XCTAssertEqual(replayed.status, 0, replayed.stderr)
        let live = try run(["lesson", "xor", "--print", "--epoch", "500"], in: folder)
        XCTAssertEqual(replayed.stdout, live.stdout)
        let missing = try run(["replay", "xor.jsonl", "--print", "--epoch", "1234"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("La época 1234 no guardó sus valores"), missing.stderr)
    }

    func testUnknownLessonListsTheLessons() throws {
        let result = try run(["lesson", "xro"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("No hay ninguna lección llamada «xro»."), result.stderr)
        XCTAssertTrue(result.stderr.contains("Lecciones disponibles: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("xor"), result.stderr)
    }

    func testMalformedLessonGivesFileLineAndColumn() throws {
        // Line 3 is `  "title": ,`: two spaces, seven characters of key, colon, space: column 12 holds the comma.
        let file = try write("{\n  \"name\": \"roto\",\n  \"title\": ,\n}\n", named: "roto.json")
        let result = try run(["lesson", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("roto.json:3:12: el JSON no es válido: se esperaba un valor"), result.stderr)
    }

    func testInconsistentShapesNameBothShapesAndTheRule() throws {
        let text = try String(contentsOfFile: TestSupport.explicitLesson, encoding: .utf8)
            .replacingOccurrences(of: "\"W2\": [[0.7], [-0.6]]", with: "\"W2\": [[0.7], [-0.6], [0.1]]")
            .replacingOccurrences(of: "\"learningRate\": 0.5", with: "\"learningRat\": 0.5")
        let file = try write(text, named: "formas.json")
        let result = try run(["lesson", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("init.W2: tiene forma [3×1], pero debe ser [2×1]"), result.stderr)
        XCTAssertTrue(result.stderr.contains("la salida de una capa es la entrada de la siguiente"), result.stderr)
        XCTAssertTrue(result.stderr.contains("training.learningRat: clave desconocida: ¿quisiste decir «learningRate»?"))
        XCTAssertTrue(result.stderr.contains("training.learningRate: falta la clave obligatoria"))
    }

    func testNonFiniteValuesAreReportedAtTheirFirstStep() throws {
        // x = (1, 1) gives Z1 = 1e308 + 1e308 + 0.1 = ∞ in row 4: step 7 (Z1) of epoch 1.
        let text = try String(contentsOfFile: TestSupport.explicitLesson, encoding: .utf8)
            .replacingOccurrences(of: "\"W1\": [[0.5, -0.3], [0.8, 0.2]]", with: "\"W1\": [[1e308, 1e308], [1e308, 1e308]]")
        let file = try write(text, named: "nan.json")
        let result = try run(["lesson", file.path, "--print"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("época 1, paso 7: Z1"), result.stderr)
        XCTAssertTrue(result.stdout.contains("paso 7/23"), "the faulty step is still shown")
    }

    func testUsageErrorsExitWithTwo() throws {
        let unknownOption = try run(["lesson", "xor", "--velocidad", "3"])
        XCTAssertEqual(unknownOption.status, 2)
        XCTAssertTrue(unknownOption.stderr.contains("lesson no conoce la opción «--velocidad»."), unknownOption.stderr)
        XCTAssertTrue(unknownOption.stderr.contains("nnstep help lesson"))
        let none = try run([])
        XCTAssertEqual(none.status, 2)
        let english = try run(["lesson", "--lang", "en"])
        XCTAssertEqual(english.status, 2)
        XCTAssertFalse(english.stderr.contains("falta"), english.stderr)
        let pastTheEnd = try run(["lesson", "xor", "--print", "--epoch", "9000"])
        XCTAssertEqual(pastTheEnd.status, 2)
        XCTAssertTrue(pastTheEnd.stderr.contains("--epoch 9000: el entrenamiento solo tiene 5000 épocas."), pastTheEnd.stderr)
    }

    func testReplayOfACutTraceWarnsAndShowsWhatItHas() throws {
        let folder = try TestSupport.temporaryFolder()
        XCTAssertEqual(try run(["record", "xor", "-o", "t.jsonl", "--epochs", "2"], in: folder).status, 0)
        let url = folder.appendingPathComponent("t.jsonl")
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count - 40).write(to: url)
        let result = try run(["replay", "t.jsonl", "--print", "--epoch", "1"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("Aviso: la traza «t.jsonl» se cortó"), result.stderr)
    }

    func testHelpAndLessons() throws {
        let help = try run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("nnstep lesson LECCIÓN"))
        let lessons = try run(["lessons"])
        XCTAssertEqual(lessons.status, 0)
        XCTAssertTrue(lessons.stdout.contains("xor"))
        let unknown = try run(["help", "fly"])
        XCTAssertEqual(unknown.status, 2)
    }
}
