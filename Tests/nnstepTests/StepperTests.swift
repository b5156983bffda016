import XCTest
import Trace
@testable import nnstep

/// The stepper as a state machine: keys in, position, messages and screen text out.
final class StepperTests: XCTestCase {
    private static let size = TerminalSize(columns: 120, rows: 60)
    private var recording: Recording!

    override func setUpWithError() throws {
        recording = try TestSupport.recording()
    }

    private func stepper() -> Stepper {
        Stepper(recording: recording, language: .spanish, size: Self.size)
    }

    private func current(_ stepper: Stepper) -> TraceEvent {
        recording.epochs[stepper.epochIndex].events[stepper.stepIndex]
    }

    func testKeptEpochsFollowTheDefaultSampling() {
        // first 3, every 500th, and the last of 5000: 3 + 10 = 13 epochs (5000 is a multiple of 500).
        XCTAssertEqual(recording.epochs.map(\.epoch), [1, 2, 3] + stride(from: 500, through: 5000, by: 500).map { $0 })
        XCTAssertEqual(recording.losses.count, 5000)
    }

    func testForwardAndBackOneStep() {
        var s = stepper()
        XCTAssertEqual(current(s).name, "X")
        XCTAssertEqual(s.apply(.character("n")), .repaint)
        XCTAssertEqual(current(s).name, "y")
        _ = s.apply(.right)
        _ = s.apply(.character(" "))
        XCTAssertEqual(current(s).name, "b1")
        _ = s.apply(.character("p"))
        _ = s.apply(.left)
        XCTAssertEqual(current(s).name, "y")
    }

    func testPreviousAtTheStartSaysSoAndStays() {
        var s = stepper()
        _ = s.apply(.character("p"))
        XCTAssertEqual(s.stepIndex, 0)
        XCTAssertEqual(s.message, "Es el primer paso de la traza.")
    }

    func testNextAtTheEndOfAnEpochEntersTheNextKeptEpoch() {
        var s = stepper()
        for _ in 0..<23 { _ = s.apply(.character("n")) }
        XCTAssertEqual(recording.epochs[s.epochIndex].epoch, 2)
        XCTAssertEqual(current(s).name, "X")
        _ = s.apply(.character("p"))
        XCTAssertEqual(recording.epochs[s.epochIndex].epoch, 1)
        XCTAssertEqual(current(s).name, "b1")
        XCTAssertEqual(current(s).step, 23)
    }

    func testNextEpochKeepsTheSameOperation() {
        var s = stepper()
        s.go(to: "delta_out")
        XCTAssertEqual(current(s).step, 13)
        _ = s.apply(.character("N"))
        XCTAssertEqual(recording.epochs[s.epochIndex].epoch, 2)
        XCTAssertEqual(current(s).name, "delta_out")
        _ = s.apply(.character("P"))
        XCTAssertEqual(recording.epochs[s.epochIndex].epoch, 1)
        _ = s.apply(.character("P"))
        XCTAssertEqual(s.message, "No hay una época guardada antes de esta.")
    }

    func testGotoEpochAndStepTypedAtThePrompt() {
        var s = stepper()
        _ = s.apply(.character("g"))
        for character in "1500.15" { _ = s.apply(.character(character)) }
        XCTAssertEqual(s.mode, .goto("1500.15"))
        _ = s.apply(.enter)
        XCTAssertEqual(s.mode, .stepping)
        XCTAssertEqual(recording.epochs[s.epochIndex].epoch, 1500)
        XCTAssertEqual(current(s).name, "delta_hidden")
        XCTAssertNil(s.message)
    }

    func testGotoAnEpochThatWasNotKeptShowsTheNearestAndSaysWhy() {
        var s = stepper()
        s.go(to: "1234")
        // 1234 is 234 from 1000 and 266 from 1500.
        XCTAssertEqual(recording.epochs[s.epochIndex].epoch, 1000)
        XCTAssertTrue(s.message?.contains("La época 1234 no guardó sus valores; se muestra la 1000") ?? false, s.message ?? "")
    }

    func testGotoRejectsWhatIsNotATarget() {
        var s = stepper()
        s.go(to: "W1[0")
        XCTAssertTrue(s.message?.contains("no es un destino") ?? false)
        s.go(to: "gamma")
        XCTAssertEqual(s.message, "Ningún paso de esta época se llama «gamma».")
        _ = s.apply(.character("g"))
        _ = s.apply(.character("5"))
        _ = s.apply(.escape)
        XCTAssertEqual(s.mode, .stepping)
        XCTAssertEqual(s.stepIndex, 0)
    }

    func testHelpAndQuit() {
        var s = stepper()
        _ = s.apply(.character("?"))
        XCTAssertEqual(s.mode, .help)
        XCTAssertTrue(s.screen.contains("Teclas del stepper"))
        _ = s.apply(.character("x"))
        XCTAssertEqual(s.mode, .stepping)
        XCTAssertEqual(s.apply(.character("q")), .quit)
        XCTAssertEqual(s.apply(.escape), .quit)
    }

    func testScreenShowsStatusFormulaShapesAndDiagram() {
        var s = stepper()
        s.go(to: "delta_out")
        let screen = s.screen
        XCTAssertTrue(screen.hasPrefix("nnstep · XOR con valores iniciales fijos (referencia numpy) · época 1/5000 · paso 13/23 · retropropagación"), screen)
        XCTAssertTrue(screen.contains("δ_out = error ⊙ σ'(Z₂),  σ'(Z₂) = A₂ ⊙ (1 − A₂)"))
        XCTAssertTrue(screen.contains("formas: [4×1] ⊙ [4×1] → [4×1]"))
        XCTAssertTrue(screen.contains("⟦δ_out⟧"))
        // δ_out row 1 of the numpy reference is -0.13268449742277422.
        XCTAssertTrue(screen.contains("-0.1327"))
    }

    func testScreenFitsTheTerminal() {
        var s = Stepper(recording: recording, language: .spanish, size: TerminalSize(columns: 80, rows: 24))
        s.go(to: "dW1")
        XCTAssertLessThanOrEqual(s.screen.split(separator: "\n", omittingEmptySubsequences: false).count, 24)
        XCTAssertTrue(s.screen.contains("↓"), "a step longer than the screen says there is more")
        _ = s.apply(.down)
        XCTAssertEqual(s.scroll, 3)
        let tiny = Stepper(recording: recording, language: .spanish, size: TerminalSize(columns: 30, rows: 8))
        XCTAssertTrue(tiny.screen.contains("30×8"))
    }

    func testEnglish() {
        var s = Stepper(recording: recording, language: .english, size: Self.size)
        s.go(to: "delta_out")
        XCTAssertTrue(s.screen.contains("shapes: [4×1] ⊙ [4×1] → [4×1]"), s.screen)
    }
}
