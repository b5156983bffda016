import Glibc
import Explain
import Trace

/// Shows a recording: the interactive stepper on a terminal, plain text otherwise.
enum Presenter {
    /// Shows `recording`; `failure` is a training error to report after it.
    ///
    /// - Returns: the exit status: 0, or 1 when training failed, or the terminal loop's status
    ///   after a signal.
    static func show(_ recording: Recording, options: Invocation.Options, failure: TrainingError?) throws -> Int32 {
        let messages = Messages(options.language)
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
                                                    message: failure.map(messages.training))
            if let failure { Platform.writeStderr(messages.training(failure) + "\n") }
            return failure == nil ? status : max(status, 1)
        }
        let epochs = options.epochs ?? [recording.epochs.first?.epoch ?? 1]
        try PrintMode.print(recording, epochs: epochs, language: options.language,
                            width: Platform.stdoutIsInteractive ? Platform.terminalSize().columns : 100)
        if let failure {
            Platform.writeStderr(messages.training(failure) + "\n")
            return 1
        }
        return 0
    }
}
