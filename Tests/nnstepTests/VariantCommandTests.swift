import Foundation
import XCTest
@testable import nnstep

/// Lessons that compare runs, through the built binary: the comparison after the steps, the
/// diagnoses, `--variant` on `lesson` and `record`, the debugger's `compare`, and the order of
/// `nnstep lessons`.
final class VariantCommandTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> NNStepProcess.Result {
        try NNStepProcess.run(arguments)
    }

    /// The name of each variant's diagnosis in the comparison's explanations (`▸ XOR — en ciclo`).
    private func diagnoses(_ output: String) -> [String: String] {
        var found: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let text = line.hasPrefix("▸ ") ? line.dropFirst(2) : line.hasPrefix("  ") ? line.dropFirst(2) : line
            let parts = text.components(separatedBy: " — ")
            if parts.count == 2, !parts[0].hasPrefix(" ") { found[parts[0]] = parts[1] }
        }
        return found
    }

    func testThePerceptronLessonSaysXorCyclesAndAndIsLearned() throws {
        let result = try run(["lesson", "perceptron", "--print"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Época 1/100 · lote 1/4 · paso 1/"), "the steps of the first variant, AND")
        XCTAssertTrue(result.stdout.contains("Comparación de variantes · El perceptrón con AND, OR y XOR"))
        XCTAssertEqual(diagnoses(result.stdout), ["AND": "aprende", "OR": "aprende", "XOR": "en ciclo"])
        XCTAssertTrue(result.stdout.contains("▸ AND — aprende"), "AND is the one stepped through")
        let text = result.stdout.replacingOccurrences(of: "\n    ", with: " ")
        XCTAssertTrue(text.contains("Al terminar la época 13, pesos y sesgo valen exactamente (bit a bit) lo mismo que al terminar la época 12"))
        XCTAssertTrue(text.contains("no hay recta que deje (0,1) y (1,0) a un lado y (0,0) y (1,1) al otro"))
        XCTAssertTrue(text.contains("Desde la época 12 acierta los 4 ejemplos"))
    }

    func testTheLearningRateLessonDiagnosesEveryVariant() throws {
        let result = try run(["lesson", "tasa-de-aprendizaje", "--print", "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(diagnoses(result.stdout), ["η = 0.5": "converged", "η = 20": "oscillating", "η = 10": "converged",
                                                  "η = 0.001": "slow", "semilla 2680": "stuck"])
        let text = result.stdout.replacingOccurrences(of: "\n    ", with: " ")
        XCTAssertTrue(text.contains("The loss first drops below 0.01 at epoch 1346"))
        XCTAssertTrue(text.contains("start again with another seed (--seed)"))
        XCTAssertTrue(result.stdout.contains("  variant       1       10      100     1000    5000"))
    }

    func testTheVanishingLessonShowsEveryDeltaNorm() throws {
        let result = try run(["lesson", "desvanecimiento", "--print", "--epochs", "300"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("  variante  δ₆      δ₅      δ₄      δ₃      δ₂      δ₁      salida/primera"))
        XCTAssertTrue(result.stdout.contains("▸ sigmoide  0.2160  0.0672  0.0253  0.0062  0.0023  0.0014  155"))
        XCTAssertEqual(diagnoses(result.stdout), ["sigmoide": "gradiente desvanecido", "ReLU": "converge"])
    }

    func testVariantChoosesTheRunToStepThroughByNumberOrLabel() throws {
        let byNumber = try run(["lesson", "perceptron", "--print", "--variant", "3"])
        XCTAssertEqual(byNumber.status, 0, byNumber.stderr)
        XCTAssertTrue(byNumber.stdout.contains("▸ XOR — en ciclo"))
        let byLabel = try run(["lesson", "tasa-de-aprendizaje", "--print", "--variant", "η=20", "--epochs", "50"])
        XCTAssertEqual(byLabel.status, 0, byLabel.stderr)
        XCTAssertTrue(byLabel.stdout.contains("Época 1/50"), "--epochs applies to every variant")
        XCTAssertTrue(byLabel.stdout.contains("▸ η = 20 "))
        XCTAssertTrue(byLabel.stdout.contains("Z₁ = X·W₁ + b₁"))
    }

    func testAnUnknownVariantIsAUsageErrorThatListsTheVariants() throws {
        let result = try run(["lesson", "perceptron", "--variant", "NAND"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "La lección «perceptron» no tiene ninguna variante «NAND». Sus variantes son: "
                       + "1 (AND), 2 (OR), 3 (XOR). Elige una por su número (--variant 2) o por su nombre (--variant \"OR\").\n")
        let none = try run(["record", "xor", "--variant", "1", "--lang", "en"])
        XCTAssertEqual(none.status, 2)
        XCTAssertEqual(none.stderr, "The lesson \"xor\" has no variants, so --variant has nothing to choose: remove it.\n")
    }

    func testRecordWritesTheChosenVariant() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("xor.jsonl").path
        let result = try run(["record", "perceptron", "--variant", "XOR", "-o", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let header = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")[0]
        XCTAssertTrue(header.contains("\"lesson\":\"perceptron\""))
        XCTAssertTrue(header.contains("\"variant\":\"XOR\""), String(header))
        let replay = try run(["replay", path, "--commands", "comparar"])
        XCTAssertEqual(replay.status, 1, "a trace holds one run: nothing to compare")
        XCTAssertTrue(replay.stderr.contains("No hay nada que comparar"), replay.stderr)
    }

    func testTheDebuggerComparesInBothLanguages() throws {
        let spanish = try run(["lesson", "perceptron", "--commands", "comparar"])
        XCTAssertEqual(spanish.status, 0, spanish.stderr)
        XCTAssertTrue(spanish.stdout.hasPrefix("(nnstep) comparar\nComparación de variantes · El perceptrón con AND, OR y XOR\n"))
        XCTAssertTrue(spanish.stdout.contains("  XOR — en ciclo"))
        let english = try run(["lesson", "perceptron", "--variant", "OR", "--lang", "en", "--commands", "compare"])
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertTrue(english.stdout.contains("▸ OR — learned"))
        let none = try run(["lesson", "xor", "--epochs", "3", "--commands", "compare", "--lang", "en"])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("There is nothing to compare"), none.stderr)
    }

    func testLessonsAreListedInTheOrderOfTheNotes() throws {
        let result = try run(["lessons"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let names = result.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        let course = ["perceptron", "xor", "tasa-de-aprendizaje", "desvanecimiento", "digitos", "regularizacion", "cnn"]
        XCTAssertEqual(names.filter(course.contains), course.filter(names.contains))
        for name in ["perceptron", "xor", "tasa-de-aprendizaje", "desvanecimiento"] { XCTAssertTrue(names.contains(name), name) }
        XCTAssertTrue(result.stdout.contains("perceptron           §1 "))
    }

    func testSectionsSortByTheirNumbers() {
        func before(_ a: String?, _ b: String?) -> Bool { LessonsCommand.courseOrder((a, "a"), (b, "b")) }
        XCTAssertEqual(LessonsCommand.sectionNumbers("§2.3"), [2, 3])
        XCTAssertEqual(LessonsCommand.sectionNumbers("§10"), [10])
        XCTAssertNil(LessonsCommand.sectionNumbers("anexo"))
        XCTAssertTrue(before("§1", "§2"))
        XCTAssertTrue(before("§2", "§2.3"))
        XCTAssertTrue(before("§2.3", "§3.1"))
        XCTAssertTrue(before("§3.3", "§4"))
        XCTAssertTrue(before("§4", "§10"))
        XCTAssertTrue(before("§4", nil))
        XCTAssertFalse(before(nil, "§1"))
        XCTAssertTrue(before("§2", "§2"), "the same section: by name")
    }

    func testCompareParsesInBothLanguagesAndTakesNoArgument() throws {
        let parser = CommandParser()
        XCTAssertEqual(try parser.parse("comparar"), .compare)
        XCTAssertEqual(try parser.parse("compare"), .compare)
        XCTAssertEqual(try parser.parse("diferencia W1"), .diff("W1"))
        XCTAssertThrowsError(try parser.parse("comparar W1"))
    }
}
