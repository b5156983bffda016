/// Something that happened at the terminal, delivered to the handler of `TerminalLoop.run`.
enum TerminalEvent: Equatable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The window changed size (SIGWINCH), or the process was resumed after Ctrl-Z; the
    /// payload is the new size. The loop repaints after this event even if the handler
    /// answers `.unchanged`.
    case resize(TerminalSize)
}
