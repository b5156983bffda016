import Explain
import Trace

/// The debugger over one recording, as a pure state machine: a ``DebuggerCommand`` in, a
/// ``Reply`` out, and a new position, breakpoints and displays.
///
/// It answers gdb's kinds of questions about backpropagation: stop where δ_hidden is computed,
/// where the loss falls under 0.01, at the first NaN, where `W1[0,1]` changes sign; go back to the
/// previous stop (as rr's reverse execution does); print a matrix or part of it. Steps are those of
/// the epochs the recording kept in full; conditions on the loss also read every other epoch's
/// loss. Answers limited by that sampling say so. The stepper and scripts (`--commands`) both
/// drive it; neither the terminal nor files are touched here.
struct Debugger {
    /// The run being debugged.
    let recording: Recording
    /// The names it knows.
    let names: NameIndex
    /// The texts of the user's language.
    let texts: DebuggerTexts
    /// Colours of the output, or none.
    var palette: Palette
    /// Columns the output may use.
    var width: Int
    /// The current step.
    private(set) var position: Position
    // The state below changes only through `execute` (the extensions in the other files).
    /// Breakpoints and watchpoints, in the order they were set.
    var breakpoints: [Breakpoint] = []
    /// What is shown at every stop.
    var displays: [Display] = []
    /// The canonical names whose view was switched (numbers ↔ heat map).
    var switchedViews: Set<String> = []
    /// The hits of the last `continue`, `reverse-continue` or `finish` that stopped at a breakpoint.
    var lastHits: [BreakpointHit] = []
    /// The number the next breakpoint gets.
    var nextBreakpointID = 1
    /// The number the next display gets.
    var nextDisplayID = 1
    /// The runs of the lesson's variants, for `compare`; `nil` for a lesson without variants or a trace.
    var comparison: RunComparison?

    /// An expression shown at every stop, and its number.
    struct Display: Equatable, Sendable {
        let id: Int
        let expression: ValueExpression
    }

    /// A debugger over `recording` at `position` (clamped to what exists).
    init(recording: Recording, language: Language, palette: Palette = .plain, width: Int = 100,
         position: Position = Position(epoch: 0, step: 0)) {
        self.recording = recording
        self.names = NameIndex(recording: recording)
        self.texts = DebuggerTexts(language)
        self.palette = palette
        self.width = width
        let epoch = min(max(position.epoch, 0), max(recording.epochs.count - 1, 0))
        let steps = recording.epochs.isEmpty ? 1 : recording.epochs.stepCount(at: epoch)
        self.position = Position(epoch: epoch, step: min(max(position.step, 0), steps - 1))
    }

    /// The messages the stepper and the debugger share.
    var stepperTexts: StepperTexts { StepperTexts(texts.language) }

    /// The event at the current position.
    var event: TraceEvent { recording.event(at: position) }

    /// Carries out `command`.
    mutating func execute(_ command: DebuggerCommand) -> Reply {
        guard !recording.epochs.isEmpty else {
            if case .help(let word) = command { return help(word) }
            return .failure(stepperTexts.noKeptEpochs)
        }
        switch command {
        case .next(let count): return step(by: count)
        case .previous(let count): return step(by: -count)
        case .nextEpoch: return moveEpoch(by: 1)
        case .previousEpoch: return moveEpoch(by: -1)
        case .goto(let target): return go(to: target)
        case .continueForward: return run(forward: true)
        case .continueBackward: return run(forward: false)
        case .finish: return finish()
        case .breakpoint(let condition): return addBreakpoint(condition)
        case .infoBreakpoints: return listBreakpoints()
        case .infoDisplays: return listDisplays()
        case .delete(let id): return deleteBreakpoint(id)
        case .display(let expression): return addDisplay(expression)
        case .undisplay(let id): return removeDisplay(id)
        case .print(let expression): return printValue(expression)
        case .printShape(let name): return printShape(name)
        case .diff(let name): return diff(name)
        case .heatMap(let name): return switchView(name)
        case .filter(let name, let index): return showFilter(name, index)
        case .channel(let name, let example, let channel): return showChannel(name, example: example, channel: channel)
        case .example(let name, let index): return showExample(name, index)
        case .location: return location()
        case .list: return listing()
        case .explain: return explanation()
        case .compare: return compare()
        case .help(let word): return help(word)
        case .quit: return Reply()
        }
    }

    /// Moves to `target` and forgets the last hits.
    mutating func move(to target: Position) {
        position = target
        lastHits = []
    }

    /// The canonical name `typed` stands for.
    ///
    /// - Throws: the failing reply that says which names exist.
    func resolve(_ typed: String) throws(Reply) -> String {
        guard let name = names.canonical(typed) else {
            throw .failure(texts.text(.debuggerUnknownName, ["name": typed, "names": names.names.joined(separator: ", ")]))
        }
        return name
    }

    /// A value and where it was computed.
    struct Located {
        let position: Position
        let event: TraceEvent
        let matrix: Matrix
    }

    /// The latest value of canonical `name` at or before `position`, looking back into earlier
    /// kept epochs when this one has not computed it yet. Only the steps named `name` are read.
    func latest(_ name: String, atOrBefore position: Position) -> Located? {
        var current: Position? = position
        while let here = current {
            if recording.summary(at: here).name == name {
                let event = recording.event(at: here)
                if let matrix = event.values { return Located(position: here, event: event, matrix: matrix) }
            }
            current = recording.position(before: here)
        }
        return nil
    }

    /// The latest value of canonical `name` strictly before `position`.
    func previous(_ name: String, before position: Position) -> Located? {
        recording.position(before: position).flatMap { latest(name, atOrBefore: $0) }
    }
}
