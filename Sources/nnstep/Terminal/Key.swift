/// One key press, as decoded from the bytes a terminal sends by `KeyDecoder`.
///
/// Modifiers are not reported: `Ctrl-→` arrives as `.right`, `Alt-x` as `.character("x")`.
enum Key: Hashable, Sendable {
    /// A printable character, including non-ASCII ones such as `ñ` or `é`.
    case character(Character)
    /// Arrow keys.
    case up, down, left, right
    /// Return / Enter (CR or LF).
    case enter
    /// Backspace (DEL `0x7F` or BS `0x08`).
    case backspace
    /// A lone Escape press, with nothing following it (see `KeyDecoder.flushPendingEscape()`).
    case escape
    /// The Tab key.
    case tab
    /// Navigation keys.
    case home, end, pageUp, pageDown
    /// The forward Delete key.
    case delete
    /// The Ctrl-C byte `0x03`. While the terminal keeps `ISIG` on, Ctrl-C raises `SIGINT`
    /// instead and this key is never seen; it arrives only if that byte is sent some other way.
    case interrupt
    /// The Ctrl-D byte `0x04` (end of input in a cooked terminal).
    case endOfFile
}
