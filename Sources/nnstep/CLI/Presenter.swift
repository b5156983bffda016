import Glibc
import Explain
import Trace

/// Shows a recording: the interactive stepper on a terminal, plain text otherwise, or the output of
/// debugger commands (`--commands`, `--commands-file`).
enum Presenter {
    /// Shows `recording`; `failure` is a training error to report after it. `comparison` holds the
    /// runs of the lesson's variants: printed after the steps with `--print`, and shown by the
    /// debugger's `compare` otherwise.
    ///
    /// - Returns: the exit status: 0, or 1 when training failed, or the terminal loop's status
    ///   after a signal.
    static func show(_ recording: Recording, options: Invocation.Options, failure: TrainingError?,
                     comparison: RunComparison? = nil) throws -> Int32 {
        let messages = Messages(options.language)
        let report = failure.map { messages.training($0, header: recording.header) }
        if options.commandScript != nil || options.commandsFile != nil {
            let status = try ScriptMode.run(recording, options: options, comparison: comparison)
            if let report { Platform.writeStderr(report + "\n") }
            return failure == nil ? status : 1
        }
        let interactive = !options.printSteps && Platform.isTerminal(STDIN_FILENO) && Platform.stdoutIsInteractive
        if interactive {
            var start = (epoch: 0, step: 0)
            if let epochs = options.epochs, let index = recording.epochs.firstIndex(ofEpoch: epochs[0]) {
                start.epoch = index
            }
            if case .nonFinite(let epoch, let step, _, _)? = failure,
               let index = recording.epochs.firstIndex(ofEpoch: epoch) {
                start = (index, step - 1)
            }
            let status = try InteractiveSession.run(recording, language: options.language, start: start,
                                                    message: report, color: options.color, comparison: comparison)
            if let report { Platform.writeStderr(report + "\n") }
            return failure == nil ? status : max(status, 1)
        }
        // Without --epoch, the epoch that produced a non-finite value, or else the first kept one.
        let failed = failure.flatMap { recording.epochs.firstIndex(ofEpoch: $0.epoch) != nil ? $0.epoch : nil }
        let epochs = options.epochs ?? [failed ?? (recording.epochs.isEmpty ? 1 : recording.epochs.number(at: 0))]
        let width = Platform.stdoutIsInteractive ? Platform.terminalSize().columns : 100
        try PrintMode.print(recording, epochs: epochs, language: options.language, width: width)
        if let comparison {
            Platform.writeStdout(ComparisonText(comparison, language: options.language).lines(width: width)
                .joined(separator: "\n") + "\n")
        }
        if let report {
            Platform.writeStderr(report + "\n")
            return 1
        }
        return 0
    }
}
