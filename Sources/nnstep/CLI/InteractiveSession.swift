import Explain
import Trace

/// Runs the stepper on the terminal until the user quits.
enum InteractiveSession {
    /// Opens the stepper over `recording` at `start` and returns the exit status
    /// (0 after `q`, 128 + signal after Ctrl-C, SIGTERM or SIGHUP).
    ///
    /// `color` decides whether the debugger's output is coloured (`auto`: unless `NO_COLOR`).
    static func run(_ recording: Recording, language: Language, start: (epoch: Int, step: Int),
                    message: String?, color: ColorChoice = .auto) throws -> Int32 {
        let palette = Palette(isEnabled: color.isEnabled(noColor: Platform.environment("NO_COLOR"),
                                                         interactive: Platform.stdoutIsInteractive))
        var stepper = Stepper(recording: recording, language: language, size: Platform.terminalSize(),
                              epochIndex: start.epoch, stepIndex: start.step, message: message, palette: palette)
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
