import Explain
import Trace

/// Lays out one screen of the stepper: a status line, the step (or the help), and the keys.
///
/// Above the step come what the last debugger command printed and the displays, each set apart
/// by a dotted rule; the body scrolls as one.
struct StepperScreen {
    let stepper: Stepper
    let texts: StepperTexts

    /// The smallest terminal the stepper draws in.
    static let minimumSize = TerminalSize(columns: 40, rows: 12)

    /// The screen's text, one line per row, never more rows than the terminal has.
    func render() -> String {
        let width = stepper.size.columns, height = stepper.size.rows
        guard width >= Self.minimumSize.columns, height >= Self.minimumSize.rows else {
            // Wrapped, so that the whole message fits even in a narrow terminal.
            return TextLayout.wrap(texts.terminalTooSmall(stepper.size, minimum: Self.minimumSize), width: width)
                .joined(separator: "\n")
        }
        let recording = stepper.recording
        guard !recording.epochs.isEmpty else {
            return ([texts.noKeptEpochs] + footer(width: width)).joined(separator: "\n")
        }
        let epoch = recording.epochs[stepper.epochIndex]
        let event = epoch.events[stepper.stepIndex]
        // A summarised epoch has more steps than the header's batch (its summary comes after them,
        // numbered on from them): the last step's number.
        let steps = max(recording.header.stepsPerEpoch,
                        event.step + recording.epochs.stepCount(at: stepper.epochIndex) - 1 - stepper.stepIndex)
        let status = texts.status(title: recording.header.title, epoch: epoch.epoch, of: recording.header.epochs,
                                  batch: event.batch.map { StepperTexts.batch($0, of: recording.header) },
                                  step: event.step, of: steps, phase: event.phase)
        var body: [String]
        if stepper.mode == .help {
            body = texts.help
        } else {
            let previousLoss = stepper.epochIndex > 0 ? recording.loss(atOrBefore: epoch.epoch - 1) : nil
            let dotted = String(repeating: "┄", count: width)
            body = []
            if !stepper.output.isEmpty { body += stepper.output.flatMap { Self.wrap($0, width: width) } + [dotted] }
            let displays = stepper.debugger.displayLines
            if !displays.isEmpty { body += displays.flatMap { Self.wrap($0, width: width) } + [dotted] }
            body += StepView(header: recording.header, language: stepper.language)
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

    /// The message line (if any) and the key hints, or the go-to prompt, or the command line.
    private func footer(width: Int) -> [String] {
        var lines: [String] = []
        if let message = stepper.message {
            lines += TextLayout.wrap(message, width: width)
        }
        switch stepper.mode {
        case .goto(let typed):
            lines.append(texts.gotoPrompt + typed + "▌")
        case .command(let typed):
            lines.append(":" + typed + "▌")
            lines += TextLayout.wrap(texts.commandLineHint, width: width)
        case .stepping, .help:
            lines += TextLayout.wrap(texts.keys, width: width)
        }
        return lines
    }

    /// `line` broken to `width` columns: a plain line at spaces; a line painted in one colour
    /// (a breakpoint hit, a failure) inside that colour; a table of several colours (a diff, a
    /// heat map) is left whole for the painter to clip.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard VisibleText.fit(line, columns: Int.max).width > width else { return [line] }
        guard line.contains(ANSI.escape) else { return TextLayout.wrap(line, width: width) }
        guard line.first == ANSI.escape, line.hasSuffix(ANSI.resetStyle), let open = line.firstIndex(of: "m") else {
            return [line]
        }
        let style = String(line[...open])
        let inner = String(line[line.index(after: open)...].dropLast(ANSI.resetStyle.count))
        guard !inner.contains(ANSI.escape) else { return [line] }
        return TextLayout.wrap(inner, width: width).map { style + $0 + ANSI.resetStyle }
    }
}
