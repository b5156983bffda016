/// Runs debugger commands without a terminal, for `--commands` and `--commands-file`: each
/// command is echoed after a prompt, then what it prints; after a command that moves, where the
/// debugger stopped and the displays, as gdb does.
///
/// Pure: the output comes back as an ordered list of chunks for standard output and standard
/// error, so that tests read it and the command line writes it in order.
struct ScriptRunner {
    /// The debugger the commands drive.
    var debugger: Debugger
    /// Reads the commands.
    var parser = CommandParser()

    /// A piece of output and where it goes.
    enum Chunk: Equatable {
        /// Standard output.
        case output(String)
        /// Standard error: the message of a command that failed.
        case error(String)
    }

    /// Runs `commands` in order, up to `quit`; a command that fails does not stop the others.
    /// A trace found damaged while a command reads it (``Recording/damage``) stops them: that
    /// command's output is left out, since it would show stand-ins for the damaged steps.
    ///
    /// - Returns: the output, and whether any command failed (the exit status is then 1).
    mutating func run(_ commands: [String]) -> (chunks: [Chunk], failed: Bool) {
        let texts = debugger.texts
        var chunks: [Chunk] = []
        var failed = false
        for command in commands {
            chunks.append(.output(texts.text(.debuggerEcho, ["command": command]) + "\n"))
            let parsed: DebuggerCommand
            do {
                parsed = try parser.parse(command)
            } catch {
                failed = true
                let message = texts.parseError(error)
                chunks.append(.error(texts.text(.debuggerFailed, ["command": command, "message": message]) + "\n"))
                continue
            }
            if parsed == .quit { break }
            let reply = debugger.execute(parsed)
            var lines = reply.lines
            if !reply.failed, reply.moved { lines += [debugger.locationLine] + debugger.displayLines }
            if debugger.recording.damage != nil { break }
            if reply.failed {
                failed = true
                let message = lines.joined(separator: "\n")
                chunks.append(.error(texts.text(.debuggerFailed, ["command": command, "message": message]) + "\n"))
                continue
            }
            if !lines.isEmpty { chunks.append(.output(lines.joined(separator: "\n") + "\n")) }
        }
        return (chunks, failed)
    }
}
