@preconcurrency import Glibc
import Explain
import Trace

/// The messages of the resource guards, of interrupted recordings and of non-finite values.
extension Messages {
    /// A run refused by ``ResourceGuard``.
    func resource(_ error: ResourceError) -> String {
        switch error {
        case .memory(let lesson, let estimate, let limit, let epochs, let kept):
            return catalog.text(.runTooMuchMemory, ["lesson": lesson, "estimate": ByteCount.text(estimate),
                                                    "limit": ByteCount.text(limit), "epochs": "\(epochs)", "kept": "\(kept)"])
        case .traceFile(let lesson, let estimate, let limit, let epochs, let kept):
            return catalog.text(.runTraceTooLarge, ["lesson": lesson, "estimate": ByteCount.text(estimate),
                                                    "limit": ByteCount.text(limit), "epochs": "\(epochs)", "kept": "\(kept)"])
        case .replayMemory(let path, let size, let estimate, let limit):
            return catalog.text(.traceTooLarge, ["path": path, "size": ByteCount.text(size),
                                                 "estimate": ByteCount.text(estimate), "limit": ByteCount.text(limit)])
        }
    }

    /// `record` stopped by `signal` after `epochs` epochs, `kept` of them in full, at `path`.
    func interrupted(signal: Int32, path: String, epochs: Int, kept: Int) -> String {
        catalog.text(.runInterrupted, ["signal": Self.signalName(signal), "path": path, "epochs": "\(epochs)",
                                       "kept": "\(kept)"])
    }

    /// A trace whose last epoch is `last`, before the `epochs` its header announces.
    func endsEarly(path: String, last: Int, epochs: Int) -> String {
        catalog.text(.traceEndsEarly, ["path": path, "last": "\(last)", "epochs": "\(epochs)"])
    }

    /// The failing `epoch` was not kept in the trace; `command` shows it step by step.
    func notKept(epoch: Int, command: String) -> String {
        catalog.text(.trainingNotKept, ["epoch": "\(epoch)", "command": command])
    }

    /// What probably made `error`'s value non-finite, from the operation of its step in the run
    /// of `header`; the general hint when the operation is not known.
    func nonFiniteHint(_ error: TrainingError, header: TraceHeader?) -> String {
        guard let header, let operation = error.operation(in: header) else { return catalog.text(.trainingHintGeneral) }
        switch operation {
        case .affine: return catalog.text(.trainingHintAffine)
        case .residual, .meanSquaredError: return catalog.text(.trainingHintError)
        case .outputDelta, .backpropagate, .hiddenDelta: return catalog.text(.trainingHintBackward)
        case .weightGradient, .biasGradient:
            return catalog.text(.trainingHintGradient, ["eta": "\(header.learningRate)"])
        case .update: return catalog.text(.trainingHintUpdate)
        default: return catalog.text(.trainingHintGeneral)
        }
    }

    /// `Ctrl-C` for SIGINT; the signal's name otherwise.
    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGINT: return "Ctrl-C"
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        default: return "\(signal)"
        }
    }
}
