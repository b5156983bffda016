/// Why the interactive terminal could not be set up or kept running.
///
/// The user-facing wording belongs to the message catalog; this only carries the facts.
enum TerminalError: Error, Equatable, Sendable {
    /// Standard input or output is not an interactive terminal (or `TERM=dumb`), so the
    /// stepper cannot run full-screen. The caller may fall back to plain output.
    case notATerminal
    /// A system call failed; `function` is the C function's name and `code` its `errno`.
    case systemCallFailed(function: String, code: Int32)
}
