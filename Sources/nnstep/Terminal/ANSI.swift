/// The terminal control sequences the interactive stepper writes, in one place.
///
/// These are the ECMA-48 / xterm sequences understood by every terminal emulator in use
/// today (xterm, VTE, iTerm2, Windows Terminal, tmux, the Linux console).
enum ANSI {
    /// The escape character that starts every sequence.
    static let escape: Character = "\u{1B}"
    /// CUP with no parameters: move the cursor to row 1, column 1.
    static let cursorHome = "\u{1B}[H"
    /// EL 0: erase from the cursor to the end of the line.
    static let eraseToEndOfLine = "\u{1B}[K"
    /// ED 0: erase from the cursor to the end of the screen.
    static let eraseBelow = "\u{1B}[J"
    /// SGR 0: back to the default colours and attributes.
    static let resetStyle = "\u{1B}[0m"
    /// Switch to the alternate screen buffer, saving the cursor (xterm mode 1049).
    static let enterAlternateScreen = "\u{1B}[?1049h"
    /// Switch back to the main screen buffer and restore the cursor.
    static let leaveAlternateScreen = "\u{1B}[?1049l"
    /// Hide the cursor (DECTCEM off).
    static let hideCursor = "\u{1B}[?25l"
    /// Show the cursor (DECTCEM on).
    static let showCursor = "\u{1B}[?25h"
    /// Stop wrapping at the right margin (DECAWM off), so a line whose width was
    /// misjudged is clipped instead of pushing every later line down.
    static let disableAutowrap = "\u{1B}[?7l"
    /// Wrap at the right margin again (DECAWM on, the default of every terminal).
    static let enableAutowrap = "\u{1B}[?7h"

    // Colours (SGR), for the debugger's output; `Palette` leaves them out when colour is off.
    /// SGR 1: bold.
    static let bold = "\u{1B}[1m"
    /// SGR 31: red text.
    static let red = "\u{1B}[31m"
    /// SGR 32: green text.
    static let green = "\u{1B}[32m"
    /// SGR 33: yellow text.
    static let yellow = "\u{1B}[33m"

    /// SGR 38;5;n: text in colour `n` (0–255) of the xterm 256-colour palette.
    static func foreground256(_ n: Int) -> String {
        "\u{1B}[38;5;\(min(max(n, 0), 255))m"
    }
}
