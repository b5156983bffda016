import Foundation
import XCTest

/// One `nnstep` command running in a detached tmux session of a given size: the test sends keys
/// and signals, reads the screen, and learns the exit status and the terminal's mode afterwards.
///
/// The pane runs `sh -c 'echo $$ > PID; exec nnstep …'`, so that the PID file names nnstep
/// itself, then records nnstep's status and `stty -a`, and stays open for a while.
final class TmuxSession {
    let tmux: String
    let name = "nnstep-rel-\(getpid())-\(UUID().uuidString.prefix(8))"
    private let files: URL

    /// Starts `nnstep arguments` in a `columns`×`rows` terminal. With `ignoringHangup`, the
    /// pane's shell ignores SIGHUP (nnstep inherits that), to see what nnstep does when its
    /// terminal goes away without the signal.
    init(_ arguments: [String], columns: Int, rows: Int, ignoringHangup: Bool = false) throws {
        tmux = try ExternalTool.require("tmux")
        files = try TestSupport.temporaryFolder()
        let command = ([NNStepProcess.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let trap = ignoringHangup ? "trap \"\" HUP; " : ""
        let script = "\(trap)sh -c 'echo $$ > \(files.path)/pid; exec \(command.replacingOccurrences(of: "'", with: "'\\''"))'; "
            + "echo $? > \(files.path)/status; stty -a > \(files.path)/stty; sleep 30"
        try ExternalTool.run(tmux, ["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", script])
    }

    deinit {
        _ = try? ExternalTool.run(tmux, ["kill-session", "-t", name])
    }

    /// The text on the screen now.
    func screen() throws -> String {
        try ExternalTool.run(tmux, ["capture-pane", "-p", "-t", name])
    }

    /// Sends tmux key names (`n`, `Left`, `C-c`).
    func keys(_ keys: String...) throws {
        for key in keys { try ExternalTool.run(tmux, ["send-keys", "-t", name, key]) }
    }

    /// Resizes the terminal.
    func resize(columns: Int, rows: Int) throws {
        try ExternalTool.run(tmux, ["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Closes the terminal, as closing its window does.
    func close() throws {
        try ExternalTool.run(tmux, ["kill-session", "-t", name])
    }

    /// nnstep's process id.
    func pid() throws -> pid_t {
        for _ in 0..<300 {
            if let text = try? String(contentsOf: files.appendingPathComponent("pid"), encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            usleep(100_000)
        }
        throw XCTSkip("nnstep did not start")
    }

    /// Waits up to 30 s for `text` to be on the screen.
    func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for _ in 0..<300 {
            if try screen().contains(text) { return }
            usleep(100_000)
        }
        XCTFail("\(text) never appeared; the screen was:\n\(try screen())", file: file, line: line)
    }

    /// Waits up to 30 s for nnstep to end; its exit status and `stty -a` afterwards.
    func ending(file: StaticString = #filePath, line: UInt = #line) throws -> (status: String, stty: String) {
        for _ in 0..<300 {
            if let status = try? String(contentsOf: files.appendingPathComponent("status"), encoding: .utf8),
               let stty = try? String(contentsOf: files.appendingPathComponent("stty"), encoding: .utf8), !stty.isEmpty {
                return (status.trimmingCharacters(in: .whitespacesAndNewlines), stty)
            }
            usleep(100_000)
        }
        XCTFail("nnstep did not end", file: file, line: line)
        return ("", "")
    }

    /// Waits up to 30 s for nnstep's exit status alone (the terminal may be gone).
    func status(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        for _ in 0..<300 {
            if let status = try? String(contentsOf: files.appendingPathComponent("status"), encoding: .utf8),
               !status.isEmpty {
                return status.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            usleep(100_000)
        }
        XCTFail("nnstep did not end", file: file, line: line)
        return ""
    }
}
