import Foundation
import XCTest

/// `--commands`, `--commands-file`, `--color` and `--sample` on the built binary, as a teacher
/// preparing a demonstration runs them.
final class ScriptCommandLineTests: XCTestCase {
    /// Runs the built `nnstep` with standard input and output not terminals.
    private func nnstep(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let result = try NNStepProcess.run(arguments, environment: environment)
        return (result.status, result.stdout, result.stderr)
    }

    private let lesson = TestSupport.explicitLesson

    func testCommandsPrintWhatTheyPrintAndExitZero() throws {
        let result = try nnstep(["lesson", lesson, "--commands", "romper delta_out; continuar; imprimir delta_out"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.err, "")
        XCTAssertTrue(result.out.hasPrefix("(nnstep) romper delta_out\nParada 1: cada paso que calcula δ_out (delta_out).\n"))
        XCTAssertTrue(result.out.contains("δ_out [4×1] · época 1, paso 13\n  [ -0.1327 ]"), result.out)
    }

    func testAFailedCommandMakesTheStatusOne() throws {
        let result = try nnstep(["lesson", lesson, "--lang", "en", "--commands", "print gamma; where"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.hasPrefix("\"print gamma\": There is no matrix \"gamma\"."), result.err)
        XCTAssertTrue(result.out.contains("(nnstep) where\nEpoch 1 of 5000"), result.out)
    }

    func testCommandsFromAFileAndAFileThatCannotBeRead() throws {
        let file = try TestSupport.temporaryFolder().appendingPathComponent("demo.txt")
        try "# δ_hidden only\nbreak delta_hidden\ncontinue; continue\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try nnstep(["lesson", lesson, "--epochs", "3", "--commands-file", file.path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("Parada 1: δ_hidden (delta_hidden) en la época 2, paso 15."), result.out)
        let missing = try nnstep(["lesson", lesson, "--commands-file", "/no/such/demo.txt"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.hasPrefix("No se pueden leer las órdenes de «/no/such/demo.txt»:"), missing.err)
    }

    func testColourOnlyWhenAskedOrOnATerminal() throws {
        let piped = try nnstep(["lesson", lesson, "--epochs", "3", "--commands", "diff W1"])
        XCTAssertFalse(piped.out.contains("\u{1B}["), "off when piped")
        let always = try nnstep(["lesson", lesson, "--epochs", "3", "--color", "always", "--commands", "diff W1"],
                                environment: ["NO_COLOR": "1"])
        XCTAssertTrue(always.out.contains("\u{1B}[32m+0.000679▲\u{1B}[0m"), always.out)
        let never = try nnstep(["lesson", lesson, "--epochs", "3", "--color=never", "--commands", "diff W1"])
        XCTAssertFalse(never.out.contains("\u{1B}["))
        let bad = try nnstep(["lesson", lesson, "--color", "sometimes"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.hasPrefix("--color sometimes: se esperaba auto, always o never"), bad.err)
    }

    func testSampleAllFindsTheExactEpoch() throws {
        // W1[0,1] changes sign in the update of epoch 258 (numpy, the notes' loop on these values).
        let result = try nnstep(["lesson", lesson, "--epochs", "300", "--sample", "all", "--lang", "en",
                                 "--commands", "break W1[0,1] changes sign; continue"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("Breakpoint 1: W₁[0,1] changes sign at epoch 258, step 22: -0.000607 → 0.000927."),
                      result.out)
        XCTAssertEqual(try nnstep(["lesson", lesson, "--sample", "0"]).status, 2)
        XCTAssertEqual(try nnstep(["replay", "x.jsonl", "--sample", "all"]).status, 2, "replay cannot choose what a trace kept")
    }

    func testReplayRunsCommandsOnASavedTrace() throws {
        let trace = try TestSupport.temporaryFolder().appendingPathComponent("xor.jsonl").path
        XCTAssertEqual(try nnstep(["record", lesson, "--epochs", "5", "-o", trace]).status, 0)
        let result = try nnstep(["replay", trace, "--commands", "break epoch 3; continue; print shape W2"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("Parada 1: empieza la época 3."), result.out)
        XCTAssertTrue(result.out.contains("W₂ (W2): [2×1] · época 3, paso 5"), result.out)
    }

    func testHelpListsEveryCommand() throws {
        let general = try nnstep(["help"])
        XCTAssertTrue(general.out.contains("nnstep help debugger"))
        let help = try nnstep(["help", "debugger"])
        XCTAssertEqual(help.status, 0)
        for command in ["next", "prev", "goto", "continue", "reverse-continue", "finish", "break", "watch", "info",
                        "delete", "display", "undisplay", "print", "diff", "heatmap", "where", "list", "explain",
                        "help", "quit", "romper", "siguiente"] {
            XCTAssertTrue(help.out.contains(command), command)
        }
    }
}
