import Explain
import Trace

/// Lays out one screen of the stepper: a status line, the step (or the help), and the keys.
struct StepperScreen {
    let stepper: Stepper
    let texts: StepperTexts

    /// The smallest terminal the stepper draws in.
    static let minimumSize = TerminalSize(columns: 40, rows: 12)

    /// The screen's text, one line per row, never more rows than the terminal has.
    func render() -> String {
        let width = stepper.size.columns, height = stepper.size.rows
        guard width >= Self.minimumSize.columns, height >= Self.minimumSize.rows else {
            return texts.terminalTooSmall(stepper.size, minimum: Self.minimumSize)
        }
        let recording = stepper.recording
        guard !recording.epochs.isEmpty else {
            return ([texts.noKeptEpochs] + footer(width: width)).joined(separator: "\n")
        }
        let epoch = recording.epochs[stepper.epochIndex]
        let event = epoch.events[stepper.stepIndex]
        let status = texts.status(title: recording.header.title, epoch: epoch.epoch, of: recording.header.epochs,
                                  step: event.step, of: recording.header.stepsPerEpoch, phase: event.phase)
        var body: [String]
        if stepper.mode == .help {
            body = texts.help
        } else {
            let previousLoss = stepper.epochIndex > 0 ? recording.loss(atOrBefore: epoch.epoch - 1) : nil
            body = StepView(header: recording.header, language: stepper.language)
                .lines(epoch: epoch, index: stepper.stepIndex, width: width, previousLoss: previousLoss)
        }
        let rule = String(repeating: "─", count: width)
        let bottom = footer(width: width)
        let room = height - 2 - 1 - bottom.count
        let offset = min(stepper.scroll, max(0, body.count - room))
        var visible = Array(body.dropFirst(offset).prefix(room))
        if body.count - offset > room, let last = visible.indices.last {
            visible[last] = texts.more
        }
        visible += Array(repeating: "", count: max(0, room - visible.count))
        return ([String(status.prefix(width)), rule] + visible + [rule] + bottom).joined(separator: "\n")
    }

    /// The message line (if any) and the key hints, or the go-to prompt.
    private func footer(width: Int) -> [String] {
        var lines: [String] = []
        if let message = stepper.message {
            lines += TextLayout.wrap(message, width: width)
        }
        if case .goto(let typed) = stepper.mode {
            lines.append(texts.gotoPrompt + typed + "▌")
        } else {
            lines += TextLayout.wrap(texts.keys, width: width)
        }
        return lines
    }
}
