import Explain
import Foundation
import Trace

/// The interactive stepper as a pure state machine: a key in, a new state and a screen out.
///
/// It knows nothing of terminals: ``TerminalLoop`` reads keys and paints ``screen``; tests drive
/// it with keys and read the text. Positions move over the epochs the recording kept in full;
/// moving to another epoch keeps the step, so the same operation can be compared across epochs.
/// Moving, breakpoints and inspection are the ``Debugger``'s; `:` opens its command line.
struct Stepper {
    /// The run being stepped through.
    var recording: Recording { debugger.recording }
    /// Language of every text.
    let language: Language
    /// The terminal's size; the screen fits in it.
    var size: TerminalSize {
        didSet { debugger.width = size.columns }
    }
    /// Position, breakpoints and displays.
    private(set) var debugger: Debugger
    /// Lines the step's text is scrolled by.
    private(set) var scroll = 0
    /// What the keys are doing now.
    private(set) var mode = Mode.stepping
    /// A one-line note for the user (end of the trace, epoch not kept, …), cleared by the next key.
    private(set) var message: String?
    /// What the last command of the command line printed, shown above the step until the next move.
    private(set) var output: [String] = []
    /// The commands typed so far.
    private(set) var history = CommandHistory()
    private let parser = CommandParser()

    /// What the keys do.
    enum Mode: Equatable {
        /// Keys move between steps.
        case stepping
        /// The help screen is shown; any key returns.
        case help
        /// Keys type a go-to target, Enter goes, Escape cancels.
        case goto(String)
        /// Keys type a debugger command (after `:`), Enter runs it, Escape cancels.
        case command(String)
    }

    /// What the loop should do after a key.
    enum Outcome: Equatable {
        case repaint, quit
    }

    /// The longest line the go-to prompt and the command line take.
    static let maximumTyped = 200

    /// A stepper at `epochIndex`/`stepIndex` of `recording` (clamped to what exists).
    init(recording: Recording, language: Language, size: TerminalSize, epochIndex: Int = 0, stepIndex: Int = 0,
         message: String? = nil, palette: Palette = .plain, comparison: RunComparison? = nil) {
        self.language = language
        self.size = size
        self.message = message
        debugger = Debugger(recording: recording, language: language, palette: palette, width: size.columns,
                            position: Position(epoch: epochIndex, step: stepIndex))
        debugger.comparison = comparison
    }

    /// Index into `recording.epochs`.
    var epochIndex: Int { debugger.position.epoch }
    /// Index into the current epoch's events.
    var stepIndex: Int { debugger.position.step }

    private var texts: StepperTexts { StepperTexts(language) }

    /// Applies one key.
    mutating func apply(_ key: Key) -> Outcome {
        message = nil
        switch mode {
        case .help:
            mode = .stepping
            if key == .character("q") { return .quit }
            return .repaint
        case .goto(let typed):
            applyGoto(key, typed)
            return .repaint
        case .command(let typed):
            return applyCommandLine(key, typed)
        case .stepping:
            guard let command = StepperCommand(key: key) else {
                message = texts.unknownKey
                return .repaint
            }
            return perform(command)
        }
    }

    /// Carries out `command` while stepping.
    mutating func perform(_ command: StepperCommand) -> Outcome {
        guard !recording.epochs.isEmpty else { return command == .quit ? .quit : .repaint }
        switch command {
        case .nextStep: note(debugger.step(by: 1))
        case .previousStep: note(debugger.step(by: -1))
        case .nextEpoch: note(debugger.moveEpoch(by: 1))
        case .previousEpoch: note(debugger.moveEpoch(by: -1))
        case .firstStep: note(debugger.moveToEnd(false))
        case .lastStep: note(debugger.moveToEnd(true))
        case .scrollDown: scroll += 3
        case .scrollUp: scroll = max(0, scroll - 3)
        case .openGoto: mode = .goto("")
        case .openCommandLine: mode = .command("")
        case .toggleHelp: mode = .help
        case .quit: return .quit
        }
        return .repaint
    }

    /// A key's reply: its text goes to the message line; a move clears the output and the scroll.
    private mutating func note(_ reply: Reply) {
        if reply.moved {
            scroll = 0
            output = []
        }
        if !reply.lines.isEmpty { message = reply.lines.joined(separator: " ") }
    }

    private mutating func applyGoto(_ key: Key, _ typed: String) {
        switch key {
        case .escape, .interrupt: mode = .stepping
        case .enter:
            mode = .stepping
            go(to: typed)
        case .backspace, .delete: mode = .goto(String(typed.dropLast()))
        case .character(let character) where typed.count < 40: mode = .goto(typed + String(character))
        default: break
        }
    }

    /// Goes to what `typed` names, or says why not.
    mutating func go(to typed: String) {
        guard let target = GotoTarget(typed) else {
            message = texts.badGoto(typed)
            return
        }
        note(debugger.go(to: target))
    }

    /// A key typed at the command line: characters, ← to erase (on an empty line it closes),
    /// ↑/↓ for the history, Enter to run, Escape to cancel.
    private mutating func applyCommandLine(_ key: Key, _ typed: String) -> Outcome {
        switch key {
        case .escape, .interrupt:
            history.reset()
            mode = .stepping
        case .enter:
            mode = .stepping
            return run(typed)
        case .backspace, .delete:
            if typed.isEmpty { mode = .stepping } else { mode = .command(String(typed.dropLast())) }
        case .up: mode = .command(history.older(than: typed))
        case .down: mode = .command(history.newer(than: typed))
        case .character(let character) where typed.count < Self.maximumTyped: mode = .command(typed + String(character))
        default: break
        }
        return .repaint
    }

    /// Runs one command line; an empty one repeats the last command, as gdb does.
    mutating func run(_ line: String) -> Outcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let text = trimmed.isEmpty ? history.last : trimmed else { return .repaint }
        history.record(text)
        let palette = debugger.palette
        do {
            let command = try parser.parse(text)
            if command == .quit { return .quit }
            let reply = debugger.execute(command)
            if reply.moved { scroll = 0 }
            output = reply.failed ? reply.lines.map { palette.paint($0, .failure) } : reply.lines
        } catch {
            output = [palette.paint(debugger.texts.parseError(error), .failure)]
        }
        return .repaint
    }

    /// The whole screen for the current state, fitted to ``size``.
    var screen: String {
        StepperScreen(stepper: self, texts: texts).render()
    }
}
