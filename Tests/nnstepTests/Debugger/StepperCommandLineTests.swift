import XCTest
import Explain
import Trace
@testable import nnstep

/// The debugger's command line inside the stepper: `:` opens it, Enter runs, Enter on an empty
/// line repeats, ↑/↓ browse the history, Escape cancels; the output and the displays show above
/// the step.
final class StepperCommandLineTests: XCTestCase {
    private func stepper(columns: Int = 120, rows: Int = 60) throws -> Stepper {
        Stepper(recording: try DebuggerFixtures.sampled(), language: .spanish, size: TerminalSize(columns: columns, rows: rows))
    }

    private func type(_ text: String, into stepper: inout Stepper, enter: Bool = true) {
        _ = stepper.apply(.character(":"))
        for character in text { _ = stepper.apply(.character(character)) }
        if enter { _ = stepper.apply(.enter) }
    }

    private func place(_ stepper: Stepper) -> (epoch: Int, step: Int) {
        (stepper.recording.epochNumber(stepper.epochIndex), stepper.recording.event(at: stepper.debugger.position).step)
    }

    func testTypingABreakpointAndContinuing() throws {
        var s = try stepper()
        _ = s.apply(.character(":"))
        XCTAssertEqual(s.mode, .command(""))
        for character in "romper delta_out" { _ = s.apply(.character(character)) }
        XCTAssertEqual(s.mode, .command("romper delta_out"))
        XCTAssertTrue(s.screen.contains(":romper delta_out▌"))
        _ = s.apply(.enter)
        XCTAssertEqual(s.mode, .stepping)
        XCTAssertEqual(s.output, ["Parada 1: cada paso que calcula δ_out (delta_out)."])
        type("continuar", into: &s)
        XCTAssertTrue(place(s) == (1, 13))
        let screen = s.screen
        XCTAssertTrue(screen.contains("Parada 1: δ_out (delta_out) en la época 1, paso 13."), screen)
        XCTAssertTrue(screen.contains("paso 13/23 · retropropagación"))
        type("", into: &s)
        XCTAssertTrue(place(s) == (2, 13), "Enter on an empty line repeats continue")
        _ = s.apply(.character("n"))
        XCTAssertEqual(s.output, [], "moving with a key clears the output")
        XCTAssertEqual(s.history.entries, ["romper delta_out", "continuar"])
    }

    func testHistoryEscapeAndBackspace() throws {
        var s = try stepper()
        type("break delta_out", into: &s)
        type("print W1", into: &s)
        _ = s.apply(.character(":"))
        _ = s.apply(.up)
        XCTAssertEqual(s.mode, .command("print W1"))
        _ = s.apply(.up)
        XCTAssertEqual(s.mode, .command("break delta_out"))
        _ = s.apply(.down)
        _ = s.apply(.down)
        XCTAssertEqual(s.mode, .command(""))
        _ = s.apply(.escape)
        XCTAssertEqual(s.mode, .stepping)
        _ = s.apply(.character(":"))
        _ = s.apply(.character("x"))
        _ = s.apply(.backspace)
        _ = s.apply(.backspace)
        XCTAssertEqual(s.mode, .stepping, "backspace on an empty line closes it")
        XCTAssertEqual(s.apply(.character(":")), .repaint)
        for character in "salir" { _ = s.apply(.character(character)) }
        XCTAssertEqual(s.apply(.enter), .quit)
    }

    func testErrorsAndDisplaysShowAboveTheStep() throws {
        var s = try stepper()
        type("imprimir W1[0", into: &s)
        XCTAssertEqual(s.output.count, 1)
        XCTAssertTrue(s.output[0].hasPrefix("«W1[0» no es un nombre ni una parte de una matriz"), s.output[0])
        type("mostrar delta_out", into: &s)
        type("ir a 2.13", into: &s)
        let screen = s.screen
        XCTAssertTrue(screen.contains("1: δ_out [4×1] · época 2, paso 13"), screen)
        XCTAssertLessThan(screen.range(of: "1: δ_out")!.lowerBound, screen.range(of: "Delta de salida δ_out")!.lowerBound,
                          "displays come above the step")
    }

    func testLongOutputWrapsAndTheScreenFits() throws {
        var s = try stepper(columns: 60, rows: 20)
        type("romper loss < 0.01", into: &s)
        type("continuar", into: &s)
        let lines = s.screen.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertLessThanOrEqual(lines.count, 20)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 60 }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("1074") })
        let painted = Palette(isEnabled: true).paint("word " + String(repeating: "longer words ", count: 10), .hit)
        let wrapped = StepperScreen.wrap(painted, width: 40)
        XCTAssertGreaterThan(wrapped.count, 1)
        XCTAssertTrue(wrapped.allSatisfy { $0.hasPrefix(ANSI.yellow) && $0.hasSuffix(ANSI.resetStyle) })
        XCTAssertTrue(wrapped.allSatisfy { VisibleText.fit($0, columns: .max).width <= 40 })
    }

    func testColourOnlyWhenAsked() throws {
        var plain = try stepper()
        type("romper delta_out", into: &plain)
        type("c", into: &plain)
        XCTAssertFalse(plain.screen.contains(ANSI.escape))
        var coloured = Stepper(recording: try DebuggerFixtures.sampled(), language: .spanish,
                               size: TerminalSize(columns: 120, rows: 60), palette: Palette(isEnabled: true))
        type("romper delta_out", into: &coloured)
        type("c", into: &coloured)
        XCTAssertTrue(coloured.screen.contains(ANSI.yellow + "Parada 1: δ_out"))
        type("frobnicate", into: &coloured)
        XCTAssertTrue(coloured.screen.contains(ANSI.red + "«frobnicate» no es una orden."))
    }

    func testColourChoice() {
        XCTAssertTrue(ColorChoice.auto.isEnabled(noColor: nil, interactive: true))
        XCTAssertTrue(ColorChoice.auto.isEnabled(noColor: "", interactive: true), "an empty NO_COLOR does not count")
        XCTAssertFalse(ColorChoice.auto.isEnabled(noColor: "1", interactive: true))
        XCTAssertFalse(ColorChoice.auto.isEnabled(noColor: nil, interactive: false), "off when piped")
        XCTAssertTrue(ColorChoice.always.isEnabled(noColor: "1", interactive: false))
        XCTAssertFalse(ColorChoice.never.isEnabled(noColor: nil, interactive: true))
        XCTAssertEqual(Palette.plain.paint("x", .increase), "x")
        XCTAssertEqual(Palette(isEnabled: true).paint("x", .increase), ANSI.green + "x" + ANSI.resetStyle)
    }
}
