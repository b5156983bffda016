import Explain
import Trace

/// Where the step stands: `where`, `list`, `explain`, and `help`.
extension Debugger {
    /// `where`: epoch, step and phase, and the network diagram with the step marked.
    func location() -> Reply {
        let event = self.event
        let labels = Labels(texts.language)
        let line = texts.text(.debuggerWhere, [
            "epoch": "\(recording.epochNumber(position.epoch))", "epochs": "\(recording.header.epochs)",
            "index": "\(position.epoch + 1)", "kept": "\(recording.epochs.count)", "step": "\(event.step)",
            "steps": "\(stepsOfEpoch(event))", "symbol": Notation.symbol(for: event.name),
            "phase": labels.phase(event.phase),
        ])
        let steps = (0..<recording.epochs.stepCount(at: position.epoch)).map {
            recording.epochs.summary($0, ofEpochAt: position.epoch)
        }
        let diagram = NetworkDiagram(network: recording.header.network)
            .lines(current: event.name, phase: event.phase, labels: labels.diagramRows,
                   steps: steps.contains { $0.phase == .update } ? steps : NetworkDiagram.steps(of: recording.header),
                   width: width - 2,
                   chainLabel: texts.text(.diagramNetwork))
        return Reply(lines: [line, ""] + diagram.map { "  " + $0 })
    }

    /// `list`: the notes' loop with the line of this step marked `▶` (the `for` line for the data
    /// and the parameters, which no line computes).
    func listing() -> Reply {
        guard recording.header.network.depth == 2 else { return Reply(texts.text(.debuggerListNone)) }
        let code = texts.lines(.debuggerListing)
        let codeLine = annotation.codeLine
        let current = codeLine.flatMap { line in code.firstIndex { $0.contains(line) } } ?? 0
        let width = String(code.count).count
        var lines = [texts.text(.debuggerListHeading)]
        for (index, text) in code.enumerated() {
            let number = String(repeating: " ", count: width - String(index + 1).count) + String(index + 1)
            let line = (index == current ? "▶ " : "  ") + number + "  " + text
            lines.append(index == current ? palette.paint(line, .emphasis) : line)
        }
        if codeLine == nil { lines.append(texts.text(.debuggerListStart)) }
        return Reply(lines: lines)
    }

    /// `explain`: the step's whole annotation.
    func explanation() -> Reply {
        let annotation = self.annotation
        return Reply(lines: [annotation.title, ""] + TextLayout.wrap(annotation.text, width: max(width - 2, 20)))
    }

    /// `help` (every command) or `help COMMAND`.
    func help(_ word: CommandWord?) -> Reply {
        Reply(lines: word.map(texts.help) ?? texts.lines(.helpDebugger))
    }

    /// The annotation of the current step, as the stepper shows it.
    private var annotation: Annotation {
        let epoch = recording.epochs[position.epoch]
        let previousLoss = position.epoch > 0 ? recording.loss(atOrBefore: epoch.epoch - 1) : nil
        let context = StepContext(header: recording.header, epoch: epoch, index: position.step, previousLoss: previousLoss)
        return Annotator(language: texts.language).annotate(context)
    }

    /// "→ época 1/5000, paso 13/23 · retropropagación · δ_out = …": where a script stopped
    /// ("→ época 3/10, lote 1/23, paso 5/34 · …" in an epoch of several mini-batches).
    var locationLine: String {
        let event = self.event
        var values = ["epoch": "\(recording.epochNumber(position.epoch))", "epochs": "\(recording.header.epochs)",
                      "step": "\(event.step)", "steps": "\(stepsOfEpoch(event))",
                      "phase": Labels(texts.language).phase(event.phase), "formula": event.formula]
        guard let batch = event.batch else { return texts.text(.debuggerLocation, values) }
        values["batch"] = StepperTexts.batch(batch, of: recording.header)
        return texts.text(.debuggerLocationBatch, values)
    }

    /// The number of the last step of the current kept epoch, where `event` is: the header's
    /// steps of a batch, or more when the epoch ends with its summary (`epoch_loss`, …), numbered
    /// after them. (The epoch's steps are numbered one after another from `event` on.)
    func stepsOfEpoch(_ event: TraceEvent) -> Int {
        max(recording.header.stepsPerEpoch,
            event.step + recording.epochs.stepCount(at: position.epoch) - 1 - position.step)
    }
}
