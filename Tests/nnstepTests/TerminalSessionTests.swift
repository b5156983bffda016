import Foundation
import XCTest

/// The stepper in a real terminal: `nnstep lesson xor` inside tmux, driven with keys, read
/// from the screen; the terminal must be restored whatever ends it.
final class TerminalSessionTests: XCTestCase {
    private var tmux = ""
    /// One session (and status file) per test, so that no test reads another's ending.
    private let session = "nnstep-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    private var statusFile = ""

    override func setUpWithError() throws {
        tmux = try ExternalTool.require("tmux")
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(session).status").path
        let nnstep = NNStepProcess.binary.path
        // After nnstep ends, record its status and the terminal's mode, then keep the pane open.
        let script = "\(nnstep) lesson xor; echo $? > \(statusFile); stty -a > \(statusFile).stty; sleep 30"
        try ExternalTool.run(tmux, ["new-session", "-d", "-s", session, "-x", "100", "-y", "40", script])
        try waitFor("paso 1/23")
    }

    override func tearDown() {
        _ = try? ExternalTool.run(tmux, ["kill-session", "-t", session])
        try? FileManager.default.removeItem(atPath: statusFile)
        try? FileManager.default.removeItem(atPath: statusFile + ".stty")
    }

    private func keys(_ keys: String...) throws {
        for key in keys { try ExternalTool.run(tmux, ["send-keys", "-t", session, key]) }
    }

    private func screen() throws -> String {
        try ExternalTool.run(tmux, ["capture-pane", "-p", "-t", session])
    }

    /// Waits up to 30 s for `text` to be on the screen.
    private func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for _ in 0..<300 {
            if try screen().contains(text) { return }
            usleep(100_000)
        }
        XCTFail("\(text) never appeared; the screen was:\n\(try screen())", file: file, line: line)
    }

    /// Waits for nnstep to end and returns its exit status and `stty -a` afterwards.
    private func ending() throws -> (status: String, stty: String) {
        for _ in 0..<300 {
            if let status = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let stty = try? String(contentsOfFile: statusFile + ".stty", encoding: .utf8), !stty.isEmpty {
                return (status.trimmingCharacters(in: .whitespacesAndNewlines), stty)
            }
            usleep(100_000)
        }
        XCTFail("nnstep did not end")
        return ("", "")
    }

    func testStepForwardBackGotoAndQuit() throws {
        for _ in 0..<12 { try keys("n") }
        try waitFor("paso 13/23 · retropropagación")
        XCTAssertTrue(try screen().contains("⟦δ_out⟧"))
        try keys("Left")
        try waitFor("paso 12/23")
        try keys("g", "500.15", "Enter")
        try waitFor("época 500/5000 · paso 15/23")
        try keys("q")
        let (status, stty) = try ending()
        XCTAssertEqual(status, "0")
        XCTAssertTrue(stty.contains(" icanon") && stty.contains(" echo "), "terminal restored: \(stty)")
    }

    func testControlCRestoresTheTerminal() throws {
        try keys("n", "n")
        try waitFor("paso 3/23")
        try keys("C-c")
        let (status, stty) = try ending()
        XCTAssertEqual(status, "130")
        XCTAssertTrue(stty.contains(" icanon") && stty.contains(" echo "), "terminal restored: \(stty)")
        XCTAssertFalse(try screen().contains("paso 3/23"), "the stepper's screen is gone (alternate screen left)")
    }

    func testCommandLineBreakpointContinueAndRepeat() throws {
        try keys("n", "n", "n")
        try waitFor("paso 4/23")
        try keys("Left")
        try waitFor("paso 3/23")
        try keys(":", "romper delta_out", "Enter")
        try waitFor("Parada 1: cada paso que calcula δ_out (delta_out).")
        try keys(":", "continuar", "Enter")
        try waitFor("época 1/5000 · paso 13/23 · retropropagación")
        XCTAssertTrue(try screen().contains("Parada 1: δ_out (delta_out) en la época 1, paso 13."))
        try keys(":", "Enter")
        try waitFor("época 2/5000 · paso 13/23")
        try keys(":", "reverse-continue", "Enter")
        try waitFor("época 1/5000 · paso 13/23")
        try keys("q")
        let (status, stty) = try ending()
        XCTAssertEqual(status, "0")
        XCTAssertTrue(stty.contains(" icanon") && stty.contains(" echo "), "terminal restored: \(stty)")
    }

    func testControlCWhileTypingACommandRestoresTheTerminal() throws {
        try keys(":", "romper del")
        try waitFor(":romper del▌")
        try keys("C-c")
        let (status, stty) = try ending()
        XCTAssertEqual(status, "130")
        XCTAssertTrue(stty.contains(" icanon") && stty.contains(" echo "), "terminal restored: \(stty)")
    }
}
