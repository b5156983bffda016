/// Why `TerminalLoop.run` returned. The terminal has been restored in every case.
enum LoopEnding: Equatable, Sendable {
    /// The handler answered `.quit`.
    case quit
    /// SIGINT (Ctrl-C), SIGTERM or SIGHUP arrived; the payload is the signal number.
    case signal(Int32)
    /// Standard input reached end of file or failed, e.g. the terminal window was closed.
    case inputClosed

    /// The conventional exit status for this ending: 0 after `.quit`, 128 + the signal
    /// number after a signal (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP, as a shell
    /// reports a process killed by it), 1 when the input was lost.
    var exitStatus: Int32 {
        switch self {
        case .quit: return 0
        case .signal(let number): return 128 + number
        case .inputClosed: return 1
        }
    }
}
