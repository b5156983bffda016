/// The size of the terminal window, in character cells.
///
/// Both dimensions are always at least 1: `Platform.terminalSize()` falls back to
/// `COLUMNS`/`LINES` and then to `TerminalSize.fallback` rather than report an empty window.
struct TerminalSize: Equatable, Sendable {
    /// Number of character cells in one row.
    var columns: Int
    /// Number of rows on the screen.
    var rows: Int

    /// The classic 80×24 window, used when nothing better is known.
    static let fallback = TerminalSize(columns: 80, rows: 24)
}
