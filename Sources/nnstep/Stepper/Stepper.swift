import Explain
import Trace

/// The interactive stepper as a pure state machine: a key in, a new state and a screen out.
///
/// It knows nothing of terminals: ``TerminalLoop`` reads keys and paints ``screen``; tests drive
/// it with keys and read the text. Positions move over the epochs the recording kept in full;
/// moving to another epoch keeps the step, so the same operation can be compared across epochs.
struct Stepper {
    /// The run being stepped through.
    let recording: Recording
    /// Language of every text.
    let language: Language
    /// The terminal's size; the screen fits in it.
    var size: TerminalSize
    /// Index into `recording.epochs`.
    private(set) var epochIndex = 0
    /// Index into the current epoch's events.
    private(set) var stepIndex = 0
    /// Lines the step's text is scrolled by.
    private(set) var scroll = 0
    /// What the keys are doing now.
    private(set) var mode = Mode.stepping
    /// A one-line note for the user (end of the trace, epoch not kept, …), cleared by the next key.
    private(set) var message: String?

    /// What the keys do.
    enum Mode: Equatable {
        /// Keys move between steps.
        case stepping
        /// The help screen is shown; any key returns.
        case help
        /// Keys type a go-to target, Enter goes, Escape cancels.
        case goto(String)
    }

    /// What the loop should do after a key.
    enum Outcome: Equatable {
        case repaint, quit
    }

    /// A stepper at `epochIndex`/`stepIndex` of `recording` (clamped to what exists).
    init(recording: Recording, language: Language, size: TerminalSize, epochIndex: Int = 0, stepIndex: Int = 0,
         message: String? = nil) {
        self.recording = recording
        self.language = language
        self.size = size
        self.epochIndex = min(max(epochIndex, 0), max(recording.epochs.count - 1, 0))
        self.stepIndex = 0
        self.message = message
        self.stepIndex = min(max(stepIndex, 0), max(stepCount - 1, 0))
    }

    private var texts: StepperTexts { StepperTexts(language) }
    private var stepCount: Int { recording.epochs.isEmpty ? 0 : recording.epochs[epochIndex].events.count }

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
        case .nextStep: step(by: 1)
        case .previousStep: step(by: -1)
        case .nextEpoch: moveEpoch(by: 1)
        case .previousEpoch: moveEpoch(by: -1)
        case .firstStep: move(epoch: 0, step: 0)
        case .lastStep: move(epoch: recording.epochs.count - 1, step: recording.epochs[recording.epochs.count - 1].events.count - 1)
        case .scrollDown: scroll += 3
        case .scrollUp: scroll = max(0, scroll - 3)
        case .openGoto: mode = .goto("")
        case .toggleHelp: mode = .help
        case .quit: return .quit
        }
        return .repaint
    }

    private mutating func step(by delta: Int) {
        let target = stepIndex + delta
        if target >= stepCount {
            guard epochIndex + 1 < recording.epochs.count else { message = texts.endOfTrace; return }
            move(epoch: epochIndex + 1, step: 0)
        } else if target < 0 {
            guard epochIndex > 0 else { message = texts.startOfTrace; return }
            move(epoch: epochIndex - 1, step: recording.epochs[epochIndex - 1].events.count - 1)
        } else {
            move(epoch: epochIndex, step: target)
        }
    }

    private mutating func moveEpoch(by delta: Int) {
        let target = epochIndex + delta
        guard recording.epochs.indices.contains(target) else {
            message = delta > 0 ? texts.lastKeptEpoch : texts.firstKeptEpoch
            return
        }
        move(epoch: target, step: stepIndex)
    }

    private mutating func move(epoch: Int, step: Int) {
        epochIndex = epoch
        stepIndex = min(max(step, 0), recording.epochs[epoch].events.count - 1)
        scroll = 0
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
        switch target {
        case .name(let name):
            guard let index = recording.epochs[epochIndex].events.firstIndex(where: { $0.name == name }) else {
                message = texts.unknownName(name)
                return
            }
            move(epoch: epochIndex, step: index)
        case .epoch(let epoch, let step):
            guard let index = recording.nearestKeptEpochIndex(to: epoch) else { return }
            let kept = recording.epochs[index].epoch
            if kept != epoch {
                message = texts.epochNotKept(epoch, shown: kept, kept: recording.epochs.map(\.epoch))
            }
            move(epoch: index, step: step.map { $0 - 1 } ?? stepIndex)
        }
    }

    /// The whole screen for the current state, fitted to ``size``.
    var screen: String {
        StepperScreen(stepper: self, texts: texts).render()
    }
}
