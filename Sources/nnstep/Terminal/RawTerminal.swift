@preconcurrency import Glibc

/// The terminal in full-screen, key-at-a-time mode, and the means to put it back.
///
/// While active:
/// - input is not line-buffered nor echoed (`ICANON`, `ECHO` off; `VMIN` 1, `VTIME` 0), so
///   each key reaches the program at once; `IEXTEN` is off so Ctrl-V arrives as a byte too;
/// - Ctrl-S / Ctrl-Q no longer freeze the screen (`IXON` off);
/// - `ISIG` stays on: Ctrl-C still raises SIGINT and Ctrl-Z SIGTSTP, which the caller is
///   expected to catch (see `SignalPipe`) so it can call `restore()` first;
/// - output goes to the alternate screen, with the cursor hidden and autowrap off.
///
/// A class because it owns one piece of state outside the program, the saved `termios`:
/// `restore()` is idempotent and also runs in `deinit`, so the terminal is put back on every
/// path that releases it. It cannot help if the process is killed by SIGKILL.
final class RawTerminal {
    /// The settings found at creation, restored by `restore()`.
    private let original: termios
    /// Whether the terminal is currently in raw mode, on the alternate screen.
    private var isActive = false

    /// Saves the terminal settings and enters raw mode (see `activate()`).
    ///
    /// - Throws: `TerminalError.notATerminal` unless both standard input and standard output
    ///   are terminals and `TERM` is not `dumb`; `TerminalError.systemCallFailed` if the
    ///   settings cannot be read or changed.
    init() throws {
        guard Platform.isTerminal(STDIN_FILENO), Platform.stdoutIsInteractive else {
            throw TerminalError.notATerminal
        }
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else {
            throw TerminalError.systemCallFailed(function: "tcgetattr", code: errno)
        }
        original = settings
        try activate()
    }

    deinit {
        restore()
    }

    /// Enters raw mode and the alternate screen, from the settings saved at creation.
    /// Does nothing if already active; used again after the process was suspended.
    func activate() throws {
        guard !isActive else { return }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON)
        withUnsafeMutableBytes(of: &raw.c_cc) { controlCharacters in
            controlCharacters[Int(VMIN)] = 1
            controlCharacters[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else {
            throw TerminalError.systemCallFailed(function: "tcsetattr", code: errno)
        }
        isActive = true
        Platform.writeStdout(ANSI.enterAlternateScreen + ANSI.hideCursor + ANSI.disableAutowrap)
    }

    /// Puts the terminal back as it was found: main screen, visible cursor, autowrap,
    /// the saved settings. Safe to call any number of times.
    func restore() {
        guard isActive else { return }
        isActive = false
        Platform.writeStdout(ANSI.resetStyle + ANSI.enableAutowrap + ANSI.showCursor + ANSI.leaveAlternateScreen)
        // TCSANOW, not TCSADRAIN: waiting for output to drain could hang on a dead terminal.
        var settings = original
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }
}
