import Explain
import Trace

/// Runs the stepper on the terminal until the user quits.
enum InteractiveSession {
    /// Opens the stepper over `recording` at `start` and returns the exit status
    /// (0 after `q`, 128 + signal after Ctrl-C, SIGTERM or SIGHUP).
    static func run(_ recording: Recording, language: Language, start: (epoch: Int, step: Int),
                    message: String?) throws -> Int32 {
        var stepper = Stepper(recording: recording, language: language, size: Platform.terminalSize(),
                              epochIndex: start.epoch, stepIndex: start.step, message: message)
        let ending = try TerminalLoop.run(initialScreen: stepper.screen) { event in
            switch event {
            case .key(let key):
                if stepper.apply(key) == .quit { return .quit }
            case .resize(let size):
                stepper.size = size
            }
            return .paint(stepper.screen)
        }
        return ending.exitStatus
    }
}
