import Glibc
import Explain
import Trace

/// Shows a recording: the interactive stepper on a terminal, plain text otherwise, or the output of
/// debugger commands (`--commands`, `--commands-file`).
enum Presenter {
    /// Shows `recording`; `failure` is a training error to report after it.
    ///
    /// - Returns: the exit status: 0, or 1 when training failed, or the terminal loop's status
    ///   after a signal.
    static func show(_ recording: Recording, options: Invocation.Options, failure: TrainingError?) throws -> Int32 {
        let messages = Messages(options.language)
        let report = failure.map { messages.training($0, header: recording.header) }
        if options.commandScript != nil || options.commandsFile != nil {
            let status = try ScriptMode.run(recording, options: options)
            if let report { Platform.writeStderr(report + "\n") }
            return failure == nil ? status : 1
        }
        let interactive = !options.printSteps && Platform.isTerminal(STDIN_FILENO) && Platform.stdoutIsInteractive
        if interactive {
            var start = (epoch: 0, step: 0)
            if let epochs = options.epochs, let index = recording.epochs.firstIndex(where: { $0.epoch == epochs[0] }) {
                start.epoch = index
            }
            if case .nonFinite(let epoch, let step, _, _)? = failure,
               let index = recording.epochs.firstIndex(where: { $0.epoch == epoch }) {
                start = (index, step - 1)
            }
            let status = try InteractiveSession.run(recording, language: options.language, start: start,
                                                    message: report, color: options.color)
            if let report { Platform.writeStderr(report + "\n") }
            return failure == nil ? status : max(status, 1)
        }
        // Without --epoch, the epoch that produced a non-finite value, or else the first kept one.
        let failed = failure.flatMap { failure in recording.epochs.first { $0.epoch == failure.epoch }?.epoch }
        let epochs = options.epochs ?? [failed ?? recording.epochs.first?.epoch ?? 1]
        try PrintMode.print(recording, epochs: epochs, language: options.language,
                            width: Platform.stdoutIsInteractive ? Platform.terminalSize().columns : 100)
        if let report {
            Platform.writeStderr(report + "\n")
            return 1
        }
        return 0
    }
}
