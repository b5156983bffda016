import Foundation
import XCTest

/// `nnstep export`, run as a teacher would: files written (atomically), standard output,
/// messages and exit statuses.
final class ExportCommandTests: XCTestCase {
    /// Runs the built `nnstep` with `arguments` in `directory`.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> NNStepProcess.Result {
        try NNStepProcess.run(arguments, in: directory)
    }

    func testTheThreeCommandsOfTheReadme() throws {
        let folder = try TestSupport.temporaryFolder()
        for (arguments, file) in [(["export", "latex", "xor", "-o", "xor.tex"], "xor.tex"),
                                  (["export", "slides", "xor", "-o", "xor-slides.tex"], "xor-slides.tex"),
                                  (["export", "plot", "xor", "-o", "loss.svg"], "loss.svg")] {
            let result = try Self.run(arguments, in: folder)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, "")
            XCTAssertTrue(result.stdout.hasPrefix("Escrito \(file)"), result.stdout)
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(names, ["loss.svg", "xor-slides.tex", "xor.tex"], "no temporary files left")
    }

    func testDefaultNamesAndStandardOutput() throws {
        let folder = try TestSupport.temporaryFolder()
        XCTAssertEqual(try Self.run(["export", "latex", "xor"], in: folder).status, 0)
        XCTAssertEqual(try Self.run(["export", "slides", "xor", "--steps", "13"], in: folder).status, 0)
        XCTAssertEqual(try Self.run(["export", "plot", "xor"], in: folder).status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
                       ["xor-loss.svg", "xor-slides.tex", "xor.tex"])
        let fragment = try Self.run(["export", "latex", TestSupport.explicitLesson, "--name", "delta_out", "--fragment", "-o", "-"])
        XCTAssertEqual(fragment.status, 0, fragment.stderr)
        XCTAssertEqual(fragment.stderr, "")
        XCTAssertTrue(fragment.stdout.contains("\\delta_{out} &= (y - A_2) \\odot \\sigma'(Z_2)"), fragment.stdout)
        XCTAssertEqual(fragment.stdout.components(separatedBy: "\\begin{align*}").count - 1, 1)
        XCTAssertFalse(fragment.stdout.contains("Escrito"), "standard output holds only the LaTeX")
    }

    func testATraceExportsItsKeptEpochs() throws {
        let folder = try TestSupport.temporaryFolder()
        let trace = folder.appendingPathComponent("xor.jsonl").path
        XCTAssertEqual(try Self.run(["record", TestSupport.explicitLesson, "-o", trace]).status, 0)
        let epoch500 = try Self.run(["export", "latex", trace, "--epoch", "500", "--step", "13", "-o", "-"])
        XCTAssertEqual(epoch500.status, 0, epoch500.stderr)
        XCTAssertTrue(epoch500.stdout.contains("Época 500 de 5000"))
        let notKept = try Self.run(["export", "latex", trace, "--epoch", "7", "-o", "-"])
        XCTAssertEqual(notKept.status, 1)
        XCTAssertTrue(notKept.stderr.contains("La época 7 no guardó sus valores"), notKept.stderr)
        let lesson7 = try Self.run(["export", "latex", TestSupport.explicitLesson, "--epoch", "7", "--step", "1", "-o", "-"])
        XCTAssertEqual(lesson7.status, 0, "a lesson is trained keeping the epoch asked for")
        let plot = try Self.run(["export", "plot", trace, TestSupport.explicitLesson, "xor", "-o", "-"])
        XCTAssertEqual(plot.status, 0, plot.stderr)
        XCTAssertEqual(plot.stdout.components(separatedBy: "<path ").count - 1, 3, "one curve per run")
    }

    func testFailuresHaveMessagesAndStatusesAndKeepTheOldFile() throws {
        let folder = try TestSupport.temporaryFolder()
        let existing = folder.appendingPathComponent("xor.tex")
        try "old\n".write(to: existing, atomically: true, encoding: .utf8)
        let badStep = try Self.run(["export", "latex", "xor", "--step", "30", "-o", existing.path])
        XCTAssertEqual(badStep.status, 2)
        XCTAssertEqual(badStep.stderr, "Paso 30: una época de esta red tiene 23 pasos (de 1 a 23).\n")
        let badName = try Self.run(["export", "latex", "xor", "--name", "gamma", "-o", existing.path, "--lang", "en"])
        XCTAssertEqual(badName.status, 2)
        XCTAssertTrue(badName.stderr.hasPrefix("No step of the epoch is called \"gamma\". Names: X, y, W1"), badName.stderr)
        let nowhere = try Self.run(["export", "latex", "xor", "-o", folder.appendingPathComponent("no/x.tex").path])
        XCTAssertEqual(nowhere.status, 1)
        XCTAssertTrue(nowhere.stderr.hasPrefix("No se puede escribir"), nowhere.stderr)
        let missing = try Self.run(["export", "plot", folder.appendingPathComponent("none.jsonl").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.hasPrefix("No existe la traza"), missing.stderr)
        XCTAssertEqual(try String(contentsOf: existing, encoding: .utf8), "old\n", "a failed export leaves the file alone")
        let usage = try Self.run(["export", "latex", "xor", "--group"])
        XCTAssertEqual(usage.status, 2)
        let help = try Self.run(["help", "export"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.hasPrefix("nnstep export latex|slides|plot"), help.stdout)
        XCTAssertTrue(try Self.run(["help"]).stdout.contains("  export    "))
    }

    func testAHostileTitleStaysText() throws {
        let folder = try TestSupport.temporaryFolder()
        let lesson = try String(contentsOfFile: TestSupport.explicitLesson, encoding: .utf8)
            .replacingOccurrences(of: "\"XOR con valores iniciales fijos (referencia numpy)\"",
                                  with: #""50% \\input{x} \\write18{touch pwned} $#&_^~""#)
        let path = folder.appendingPathComponent("hostil.json")
        try lesson.write(to: path, atomically: true, encoding: .utf8)
        let result = try Self.run(["export", "latex", path.path, "--step", "1", "-o", "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("50\\% \\textbackslash{}input\\{x\\} \\textbackslash{}write18\\{touch pwned\\} \\$\\#\\&\\_\\textasciicircum{}\\textasciitilde{}"),
                      result.stdout)
        for line in result.stdout.components(separatedBy: "\n") where !line.hasPrefix("%") {
            XCTAssertFalse(line.contains("\\input{") || line.contains("\\write18"), line)
        }
    }
}
