/// What `TerminalLoop` should do after the handler has seen an event.
enum LoopAction: Equatable, Sendable {
    /// Show this screen text (lines separated by `\n`, SGR colours allowed; see `Frame`).
    case paint(String)
    /// Keep showing the current screen.
    case unchanged
    /// Leave the loop; `TerminalLoop.run` returns `LoopEnding.quit`.
    case quit
}
