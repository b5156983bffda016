@preconcurrency import Glibc

/// The write end of the live `SignalPipe`, or -1 when there is none.
///
/// The one piece of global mutable state in the terminal layer: a C signal handler cannot
/// capture context, so this is how it finds the pipe. It is written only by `SignalPipe`
/// on the main thread while no handler that reads it is installed, and read only by
/// `signalPipeHandler`.
nonisolated(unsafe) private var signalPipeWriteDescriptor: Int32 = -1

/// The C handler for every caught signal: writes the signal number as one byte to the pipe
/// and does nothing else, which keeps it async-signal-safe. If the pipe is full the byte
/// is dropped; the reader sees that signal already pending.
private func signalPipeHandler(_ signal: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(signalPipeWriteDescriptor, &byte, 1)
    errno = savedErrno
}

/// Delivers signals as bytes on a pipe (the "self-pipe trick"), so that a `poll(2)` loop
/// can handle them like input, outside the signal handler, where it is safe to restore the
/// terminal, allocate or write.
///
/// While it is installed, the listed signals no longer have their default effect (SIGINT
/// no longer kills the process): the owner must read them with `receivedSignals()` and act.
/// `uninstall()`, or `deinit`, puts back the previous handlers. At most one may be
/// installed at a time.
final class SignalPipe {
    /// The descriptor to poll for readability; readable when a signal has arrived.
    let readDescriptor: Int32
    private let writeDescriptor: Int32
    /// The disposition of each caught signal before `init`, to put back.
    private var previousActions: [Int32: sigaction] = [:]

    /// Creates the pipe and starts catching `signals`.
    ///
    /// - Throws: `TerminalError.systemCallFailed` if the pipe or a handler cannot be set up.
    init(catching signals: [Int32]) throws {
        precondition(signalPipeWriteDescriptor == -1, "only one SignalPipe may be installed")
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else {
            throw TerminalError.systemCallFailed(function: "pipe", code: errno)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
        signalPipeWriteDescriptor = writeDescriptor
        do {
            // Non-blocking: the handler must never block, and draining stops when empty.
            // Close-on-exec: a child process has no business with these.
            for descriptor in descriptors {
                guard fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) == 0,
                      fcntl(descriptor, F_SETFD, FD_CLOEXEC) == 0
                else { throw TerminalError.systemCallFailed(function: "fcntl", code: errno) }
            }
            for signal in signals {
                try catchSignal(signal)
            }
        } catch {
            uninstall()
            throw error
        }
    }

    deinit {
        uninstall()
    }

    /// The signals that arrived since the last call, each once, in order of first arrival.
    func receivedSignals() -> [Int32] {
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readDescriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return signals }
            for byte in buffer[..<count] where !signals.contains(Int32(byte)) {
                signals.append(Int32(byte))
            }
        }
    }

    /// Lets `signal` take its default action once, right now, then catches it again.
    ///
    /// Used for SIGTSTP (Ctrl-Z): after restoring the terminal the process stops for real,
    /// and this returns when the shell continues it (`fg`). Should catching it again fail,
    /// the signal just keeps its default action, which is harmless.
    func performDefaultAction(_ signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        raise(signal)
        try? catchSignal(signal)
    }

    /// Puts back the handlers that were there before and closes the pipe. Safe to call twice.
    func uninstall() {
        for (signal, var action) in previousActions {
            sigaction(signal, &action, nil)
        }
        previousActions = [:]
        guard signalPipeWriteDescriptor == writeDescriptor else { return }
        signalPipeWriteDescriptor = -1
        close(writeDescriptor)
        close(readDescriptor)
    }

    /// Installs `signalPipeHandler` for `signal`, remembering the first previous disposition.
    ///
    /// A signal that is being ignored stays ignored, as the convention asks: whoever started
    /// the process wanted it so (`nohup` ignores SIGHUP; a shell without job control, SIGTSTP).
    private func catchSignal(_ signal: Int32) throws {
        var previous = sigaction()
        guard sigaction(signal, nil, &previous) == 0 else {
            throw TerminalError.systemCallFailed(function: "sigaction", code: errno)
        }
        if previousActions[signal] == nil {
            previousActions[signal] = previous
        }
        let ignored = unsafeBitCast(SIG_IGN, to: Int.self)
        guard unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) != ignored else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = signalPipeHandler
        sigemptyset(&action.sa_mask)
        // Restart other system calls; poll(2) still returns EINTR, which the loop expects.
        action.sa_flags = SA_RESTART
        guard sigaction(signal, &action, nil) == 0 else {
            throw TerminalError.systemCallFailed(function: "sigaction", code: errno)
        }
    }
}
