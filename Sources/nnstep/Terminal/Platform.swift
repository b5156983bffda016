@preconcurrency import Glibc

/// Everything nnstep needs to know about, or do to, the operating system's terminal.
///
/// All output of the tool goes through `writeStdout(_:)` and `writeStderr(_:)`, so that
/// bytes reach the file descriptors in the order they were produced, even under a pipe.
enum Platform {
    /// The value of the environment variable `name`, or `nil` when it is unset.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Whether `descriptor` refers to a terminal device (`isatty(3)`).
    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// Whether standard output is a terminal that understands control sequences:
    /// a TTY whose `TERM` is not `dumb`. Colour and full-screen modes should be used
    /// only when this is true.
    static var stdoutIsInteractive: Bool {
        isTerminal(STDOUT_FILENO) && environment("TERM") != "dumb"
    }

    /// The size of the terminal that standard output is attached to.
    ///
    /// Asks the kernel with `ioctl(TIOCGWINSZ)`; for each dimension it cannot learn that
    /// way (not a terminal, or a zero size) it uses `COLUMNS` / `LINES`, then 80×24.
    static func terminalSize() -> TerminalSize {
        var window = winsize()
        let known = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0
        let columns = known && window.ws_col > 0 ? Int(window.ws_col) : nil
        let rows = known && window.ws_row > 0 ? Int(window.ws_row) : nil
        return TerminalSize(
            columns: columns ?? positiveInteger("COLUMNS") ?? TerminalSize.fallback.columns,
            rows: rows ?? positiveInteger("LINES") ?? TerminalSize.fallback.rows)
    }

    /// Writes `text` to standard output as UTF-8, all of it (see `writeAll(_:to:)`).
    static func writeStdout(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }

    /// Writes `text` to standard error as UTF-8, all of it (see `writeAll(_:to:)`).
    static func writeStderr(_ text: String) {
        writeAll(text, to: STDERR_FILENO)
    }

    /// The environment variable `name` read as an integer greater than zero, if it is one.
    private static func positiveInteger(_ name: String) -> Int? {
        guard let value = environment(name).flatMap({ Int($0) }), value > 0 else { return nil }
        return value
    }

    /// Writes every byte of `text` with `write(2)`: continues after partial writes, retries
    /// when interrupted by a signal (`EINTR`), and waits with `poll(2)` when the descriptor
    /// is non-blocking and full (`EAGAIN`). Any other error (the terminal or pipe is gone)
    /// drops the rest: there is nowhere left to report it.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                    var target = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    guard poll(&target, 1, -1) >= 0 || errno == EINTR else { return }
                } else {
                    return
                }
            }
        }
    }
}
