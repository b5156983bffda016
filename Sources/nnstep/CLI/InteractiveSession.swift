import Explain
import Trace

/// Runs the stepper on the terminal until the user quits.
enum InteractiveSession {
    /// Opens the stepper over `recording` at `start` and returns the exit status
    /// (0 after `q`, 128 + signal after Ctrl-C, SIGTERM or SIGHUP).
    ///
    /// `color` decides whether the debugger's output is coloured (`auto`: unless `NO_COLOR`).
    ///
    /// - Throws: the ``Recording/damage`` met reading a step, after the terminal is restored.
    static func run(_ recording: Recording, language: Language, start: (epoch: Int, step: Int),
                    message: String?, color: ColorChoice = .auto, comparison: RunComparison? = nil) throws -> Int32 {
        let palette = Palette(isEnabled: color.isEnabled(noColor: Platform.environment("NO_COLOR"),
                                                         interactive: Platform.stdoutIsInteractive))
        var stepper = Stepper(recording: recording, language: language, size: Platform.terminalSize(),
                              epochIndex: start.epoch, stepIndex: start.step, message: message, palette: palette,
                              comparison: comparison)
        let first = stepper.screen
        if let damage = recording.damage { throw damage }
        var damage: TraceFormatError?
        let ending = try TerminalLoop.run(initialScreen: first) { event in
            switch event {
            case .key(let key):
                if stepper.apply(key) == .quit { return .quit }
            case .resize(let size):
                stepper.size = size
            }
            let screen = stepper.screen
            damage = recording.damage
            return damage == nil ? .paint(screen) : .quit
        }
        if let damage { throw damage }
        return ending.exitStatus
    }
}
