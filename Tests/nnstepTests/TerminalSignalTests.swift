import Foundation
import XCTest

/// The stepper in a real terminal (tmux) ended by SIGTERM, by SIGHUP and by the terminal going
/// away: the terminal is given back every time; and the sizes it draws in: 80×24, and a
/// terminal too small, which it says.
final class TerminalSignalTests: XCTestCase {
    private func assertRestored(_ stty: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(stty.contains(" icanon") && stty.contains(" echo "), "terminal restored: \(stty)", file: file, line: line)
    }

    func testSIGTERMRestoresTheTerminal() throws {
        let session = try TmuxSession(["lesson", "xor"], columns: 100, rows: 40)
        try session.waitFor("paso 1/23")
        kill(try session.pid(), SIGTERM)
        let (status, stty) = try session.ending()
        XCTAssertEqual(status, "143")
        assertRestored(stty)
        XCTAssertFalse(try session.screen().contains("paso 1/23"), "the stepper's screen is gone")
    }

    func testSIGHUPRestoresTheTerminal() throws {
        let session = try TmuxSession(["lesson", "xor"], columns: 100, rows: 40)
        try session.waitFor("paso 1/23")
        kill(try session.pid(), SIGHUP)
        let (status, stty) = try session.ending()
        XCTAssertEqual(status, "129")
        assertRestored(stty)
    }

    func testClosingTheTerminalEndsTheStepper() throws {
        // The shell ignores SIGHUP, so nnstep learns that the terminal is gone from its input.
        let session = try TmuxSession(["lesson", "xor"], columns: 100, rows: 40, ignoringHangup: true)
        try session.waitFor("paso 1/23")
        let pid = try session.pid()
        try session.close()
        XCTAssertEqual(try session.status(), "1", "input lost: status 1, no hang")
        XCTAssertNotEqual(kill(pid, 0), 0, "nnstep is gone")
    }

    func testEightyByTwentyFourShowsAWholeStep() throws {
        let session = try TmuxSession(["lesson", "xor"], columns: 80, rows: 24)
        try session.waitFor("paso 1/23")
        try session.keys("n", "n", "n", "n", "n", "n")
        try session.waitFor("paso 7/23")
        let lines = try session.screen().split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines[0].hasPrefix("nnstep · XOR con una red multicapa 2-2-1 · época 1/5000 · paso 7/23"), String(lines[0]))
        XCTAssertTrue(lines.contains { $0.contains("Z₁ = X·W₁ + b₁") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("n/→ siguiente") }, "the key hints are on screen")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 80 })
        try session.keys("q")
        XCTAssertEqual(try session.ending().status, "0")
    }

    func testTooSmallATerminalSaysSoAndRecoversWhenEnlarged() throws {
        let session = try TmuxSession(["lesson", "xor"], columns: 30, rows: 10)
        // The message is wrapped to the 30 columns there are.
        try session.waitFor("La terminal mide 30×10; nnstep")
        let text = try session.screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(text.contains("La terminal mide 30×10; nnstep necesita al menos 40×12. Agrándala o usa --print."), text)
        try session.resize(columns: 80, rows: 24)
        try session.waitFor("paso 1/23")
        try session.keys("q")
        XCTAssertEqual(try session.ending().status, "0")
    }

    func testTheStepperOpensAtTheFirstNonFiniteValue() throws {
        let text = try String(contentsOfFile: TestSupport.explicitLesson, encoding: .utf8)
            .replacingOccurrences(of: "\"W1\": [[0.5, -0.3], [0.8, 0.2]]", with: "\"W1\": [[1e308, 1e308], [1e308, 1e308]]")
        let file = try NNStepProcess.file(text, named: "inf.json")
        let session = try TmuxSession(["lesson", file.path], columns: 100, rows: 40)
        try session.waitFor("época 1/5000 · paso 7/23")
        try session.waitFor("por primera vez en la época 1, paso 7: Z1")
        try session.keys("q")
        let (status, stty) = try session.ending()
        XCTAssertEqual(status, "1", "training failed")
        assertRestored(stty)
    }
}
