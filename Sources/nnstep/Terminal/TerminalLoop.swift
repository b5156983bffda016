@preconcurrency import Glibc

/// The interactive run loop: reads keys, hands them to the stepper, paints what it answers.
///
/// The stepper stays a pure state machine (state + key → state + screen text); this loop is
/// the only code that reads the keyboard and writes the screen. `run` takes the terminal into
/// raw mode on the alternate screen and always gives it back, whatever ends the loop:
///
/// ```swift
/// var stepper = Stepper(trace: trace, size: Platform.terminalSize())
/// do {
///     let ending = try TerminalLoop.run(initialScreen: stepper.screen) { event in
///         switch event {
///         case .key(.character("q")), .key(.escape), .key(.endOfFile):
///             return .quit
///         case .key(let key):
///             guard stepper.apply(key) else { return .unchanged }
///         case .resize(let size):
///             stepper.size = size
///         }
///         return .paint(stepper.screen)
///     }
///     exit(ending.exitStatus)   // 0, or 130 after Ctrl-C, 143 after SIGTERM, 129 after SIGHUP
/// } catch TerminalError.notATerminal {
///     // Not interactive (a pipe, TERM=dumb): print the whole trace instead.
/// }
/// ```
///
/// `handle` is an ordinary non-escaping closure run on the calling thread, so it may use
/// the caller's (main-actor) state directly.
///
/// Signals: SIGWINCH becomes a `.resize` event and a repaint; SIGINT, SIGTERM and SIGHUP end
/// the loop with `LoopEnding.signal`; SIGTSTP (Ctrl-Z) restores the terminal, suspends the
/// process, and on `fg` enters raw mode again and delivers `.resize`. All go through a
/// `SignalPipe`, so they are handled here, never inside a signal handler.
///
/// A lone Escape is recognised `escapeTimeoutMilliseconds` after it arrives with nothing
/// following (see `KeyDecoder`).
struct TerminalLoop {
    /// How long to wait after `ESC` for the rest of a sequence before deciding it was the
    /// Escape key. Terminals send a sequence in one write, so this only has to cover a slow
    /// network link; longer would make Escape feel sluggish.
    static let escapeTimeoutMilliseconds: Int32 = 50

    /// The signals the loop catches while it runs.
    private static let caughtSignals = [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP]

    private let terminal: RawTerminal
    private let signals: SignalPipe
    private var decoder = KeyDecoder()
    private var size: TerminalSize
    /// The screen text being shown.
    private var screen: String
    /// Whether the screen must be painted again before waiting for input.
    private var needsPaint = true

    /// Runs the loop: paints `initialScreen`, then calls `handle` for each event and paints
    /// the screens it returns, until it returns `.quit`, a terminating signal arrives or the
    /// input is closed. The terminal is restored before this returns or throws.
    ///
    /// `handle` runs on the calling thread, between reads; while it runs, keys queue up
    /// in the terminal. The window size when the loop starts is `Platform.terminalSize()`.
    ///
    /// - Throws: `TerminalError.notATerminal` if standard input or output is not an
    ///   interactive terminal; `TerminalError.systemCallFailed` if the terminal cannot be set
    ///   up or `poll(2)` fails.
    static func run(initialScreen: String, handle: (TerminalEvent) -> LoopAction) throws -> LoopEnding {
        // Catch signals before entering raw mode, so none can leave the terminal raw.
        let signals = try SignalPipe(catching: caughtSignals)
        defer { signals.uninstall() }
        let terminal = try RawTerminal()
        defer { terminal.restore() }
        var loop = TerminalLoop(
            terminal: terminal, signals: signals, size: Platform.terminalSize(), screen: initialScreen)
        return try loop.loop(handle)
    }

    private init(terminal: RawTerminal, signals: SignalPipe, size: TerminalSize, screen: String) {
        self.terminal = terminal
        self.signals = signals
        self.size = size
        self.screen = screen
    }

    /// The loop itself: wait with `poll(2)` for a key, a signal or the Escape timeout.
    private mutating func loop(_ handle: (TerminalEvent) -> LoopAction) throws -> LoopEnding {
        while true {
            if needsPaint {
                Platform.writeStdout(Frame.render(screen, size: size))
                needsPaint = false
            }
            var descriptors = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signals.readDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let timeout = decoder.isAwaitingMoreBytes ? Self.escapeTimeoutMilliseconds : -1
            let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
            if ready < 0 {
                guard errno == EINTR else {
                    throw TerminalError.systemCallFailed(function: "poll", code: errno)
                }
                continue
            }
            if descriptors[1].revents != 0, let ending = try handleSignals(handle) {
                return ending
            }
            let keys: [Key]
            if ready == 0 {
                keys = decoder.flushPendingEscape()
            } else if descriptors[0].revents != 0 {
                guard let bytes = readInput() else { return .inputClosed }
                keys = bytes.flatMap { decoder.feed($0) }
            } else {
                keys = []
            }
            for key in keys {
                guard apply(handle(.key(key))) else { return .quit }
            }
        }
    }

    /// Acts on the signals that arrived; returns the ending if one of them ends the loop.
    private mutating func handleSignals(_ handle: (TerminalEvent) -> LoopAction) throws -> LoopEnding? {
        var resized = false
        for signal in signals.receivedSignals() {
            switch signal {
            case SIGWINCH:
                resized = true
            case SIGTSTP:
                terminal.restore()
                signals.performDefaultAction(SIGTSTP)
                try terminal.activate()
                resized = true
            default:
                return .signal(signal)
            }
        }
        guard resized else { return nil }
        size = Platform.terminalSize()
        needsPaint = true
        return apply(handle(.resize(size))) ? nil : .quit
    }

    /// Reads the bytes waiting on standard input: `nil` when it is closed (end of file, or
    /// an error such as `EIO` after the terminal hung up), empty when interrupted.
    private func readInput() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = read(STDIN_FILENO, &buffer, buffer.count)
        if count < 0 && (errno == EINTR || errno == EAGAIN) {
            return []
        }
        return count > 0 ? Array(buffer[..<count]) : nil
    }

    /// Records what the handler answered; returns `false` if it asked to quit.
    private mutating func apply(_ action: LoopAction) -> Bool {
        switch action {
        case .paint(let text):
            screen = text
            needsPaint = true
            return true
        case .unchanged:
            return true
        case .quit:
            return false
        }
    }
}
