import Explain
import Trace

/// The reports of `nnstep record --no-trace`.
extension Messages {
    /// Training without a trace finished `epochs` epochs of `lesson` in `seconds`; `loss` is the
    /// last epoch's.
    func trained(lesson: String, epochs: Int, seconds: Double, loss: Double?) -> String {
        catalog.text(.runTrained, ["lesson": lesson, "epochs": "\(epochs)", "time": Seconds.text(seconds),
                                   "loss": loss.map(DebuggerTexts.loss) ?? "—"])
    }

    /// Training without a trace stopped at a non-finite value in `epoch`; `command` shows it
    /// step by step.
    func noTrace(epoch: Int, command: String) -> String {
        catalog.text(.trainingNoTrace, ["epoch": "\(epoch)", "command": command])
    }

    /// Training without a trace stopped by `signal` after `epochs` epochs.
    func trainingInterrupted(signal: Int32, epochs: Int, seconds: Double, loss: Double?) -> String {
        catalog.text(.runTrainingInterrupted, ["signal": Self.signalName(signal), "epochs": "\(epochs)",
                                               "time": Seconds.text(seconds), "loss": loss.map(DebuggerTexts.loss) ?? "—"])
    }
}
