@preconcurrency import Glibc

/// Asks, between two epochs of a recording, whether SIGINT (Ctrl-C), SIGTERM or SIGHUP asked to
/// stop, so that `record` can finish the trace instead of dying in the middle of a line.
///
/// The signals go through a ``SignalPipe``: their handler only writes a byte. Reading the pipe
/// is a system call, so ``stopSignal()`` reads it at most once every ``interval``; an epoch of
/// the XOR lesson takes microseconds, and a few milliseconds of delay are not noticed.
final class InterruptionCheck {
    /// The signals that stop a recording.
    static let signals = [SIGINT, SIGTERM, SIGHUP]
    /// How often the pipe is read at most.
    static let interval = Duration.milliseconds(10)

    private let pipe: SignalPipe
    private let clock = ContinuousClock()
    private var nextCheck: ContinuousClock.Instant
    private var received: Int32?

    /// Starts catching ``signals``; they no longer end the process until ``stop()``.
    init() throws {
        pipe = try SignalPipe(catching: Self.signals)
        nextCheck = clock.now
    }

    /// The first stopping signal that arrived, if any.
    func stopSignal() -> Int32? {
        if received == nil, clock.now >= nextCheck {
            received = pipe.receivedSignals().first { Self.signals.contains($0) }
            nextCheck = clock.now.advanced(by: Self.interval)
        }
        return received
    }

    /// Gives the signals their previous handlers back.
    func stop() {
        pipe.uninstall()
    }
}
