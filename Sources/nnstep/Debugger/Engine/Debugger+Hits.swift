import Explain
import Trace

/// Whether a breakpoint is hit at a step, and how a hit is worded.
extension Debugger {
    /// The hit of `breakpoint` at `position`, if it is hit there.
    ///
    /// Breakpoints on names, epochs and the loss are decided from what the recording knows
    /// without reading values (``Recording/summary(at:)``); the step's values are read only when
    /// they decide or report a hit.
    func hit(_ breakpoint: Breakpoint, at position: Position) -> BreakpointHit? {
        let summary = recording.summary(at: position)
        let id = breakpoint.id
        let epoch = recording.epochNumber(position.epoch)
        let previousKept = position.epoch > 0 ? recording.epochNumber(position.epoch - 1) : 0
        switch breakpoint.condition {
        case .name(let name):
            guard summary.name == name else { return nil }
            return .name(id: id, name: name, epoch: epoch, step: recording.event(at: position).step)
        case .epoch(let asked):
            guard position.step == 0, epoch >= asked, previousKept < asked else { return nil }
            return .epoch(id: id, asked: asked, shown: epoch)
        case .loss(let comparison, let bound):
            guard Recording.lossOperations.contains(summary.operation),
                  let since = breakpoint.crossings.first(where: { $0 > previousKept && $0 <= epoch }),
                  let shownLoss = recording.event(at: position).values?.elements.first,
                  let loss = recording.loss(ofEpoch: since) else { return nil }
            let before = recording.loss(ofEpoch: since - 1).map { BreakpointHit.Before(epoch: since - 1, loss: $0) }
            return .loss(id: id, comparison, bound, since: since, loss: loss, before: before, shown: epoch,
                         shownLoss: shownLoss)
        case .nonFinite:
            let event = recording.event(at: position)
            guard let matrix = event.values, let index = matrix.elements.firstIndex(where: { !$0.isFinite }) else {
                return nil
            }
            return .nonFinite(id: id, name: event.name, row: index / matrix.columns, column: index % matrix.columns,
                              value: matrix.elements[index], epoch: epoch, step: event.step, formula: event.formula)
        case .entry(let entry, let comparison, let bound):
            guard let (old, new, when) = change(of: entry, at: position),
                  comparison.holds(new, bound), !(old.map { comparison.holds($0, bound) } ?? false) else { return nil }
            return .change(id: id, kind: .condition(comparison, bound), entry: entry, old: old, new: new, when: when)
        case .signChange(let entry):
            guard case let (old?, new, when)? = change(of: entry, at: position), Self.sign(old) != Self.sign(new) else {
                return nil
            }
            return .change(id: id, kind: .sign, entry: entry, old: old, new: new, when: when)
        case .watch(let entry, let threshold):
            guard case let (old?, new, when)? = change(of: entry, at: position), abs(new - old) > threshold else {
                return nil
            }
            return .change(id: id, kind: .watch, entry: entry, old: old, new: new, when: when)
        }
    }

    /// The entry's value produced at `position` (if that step produces it), its previous value in
    /// the recording, and whether the change is seen exactly or only between two kept epochs.
    private func change(of entry: Entry, at position: Position) -> (old: Double?, new: Double, when: BreakpointHit.When)? {
        guard recording.summary(at: position).name == entry.name else { return nil }
        let event = recording.event(at: position)
        guard let matrix = event.values, matrix.contains(entry) else { return nil }
        let new = matrix[entry.row, entry.column]
        let epoch = recording.epochNumber(position.epoch)
        guard let previous = previous(entry.name, before: position), previous.matrix.contains(entry) else {
            return (nil, new, .step(epoch: epoch, step: event.step))
        }
        let old = previous.matrix[entry.row, entry.column]
        let previousEpoch = recording.epochNumber(previous.position.epoch)
        let exact = previousEpoch == epoch || previousEpoch + 1 == epoch
        return (old, new, exact ? .step(epoch: epoch, step: event.step) : .between(from: previousEpoch, to: epoch))
    }

    /// The lines that report `hit`: what was hit, and when sampling limits the answer, a hint.
    func describe(_ hit: BreakpointHit) -> [String] {
        let condition = breakpoints.first { $0.id == hit.id }?.condition ?? .nonFinite
        var values = ["kind": texts.kind(condition), "id": "\(hit.id)"]
        let key: InterfaceKey
        var hint = false
        switch hit {
        case .name(_, let name, let epoch, let step):
            key = .debuggerHitName
            values.merge(["symbol": Notation.symbol(for: name), "name": name, "epoch": "\(epoch)", "step": "\(step)"]) { $1 }
        case .epoch(_, let asked, let shown):
            key = asked == shown ? .debuggerHitEpoch : .debuggerHitEpochLater
            values.merge(["epoch": "\(asked)", "shown": "\(shown)"]) { $1 }
        case .loss(_, let comparison, let bound, let since, let loss, let before, let shown, let shownLoss):
            key = since == shown ? .debuggerHitLoss : .debuggerHitLossLater
            let beforeText = before.map {
                texts.text(.debuggerLossBefore, ["epoch": "\($0.epoch)", "loss": DebuggerTexts.loss($0.loss)])
            } ?? ""
            values.merge(["comparison": comparison.rawValue, "bound": DebuggerTexts.compact(bound), "epoch": "\(since)",
                          "loss": DebuggerTexts.loss(loss), "before": beforeText, "shown": "\(shown)",
                          "shownLoss": DebuggerTexts.loss(shownLoss)]) { $1 }
        case .nonFinite(_, let name, let row, let column, let value, let epoch, let step, let formula):
            key = .debuggerHitNaN
            values.merge(["entry": DebuggerTexts.entry(Entry(name: name, row: row, column: column)),
                          "value": DebuggerTexts.number(value), "epoch": "\(epoch)", "step": "\(step)",
                          "formula": formula]) { $1 }
        case .change(_, let kind, let entry, let old, let new, let when):
            values.merge(["entry": DebuggerTexts.entry(entry), "old": old.map(DebuggerTexts.number) ?? "",
                          "new": DebuggerTexts.number(new), "when": self.when(when),
                          "change": DebuggerTexts.signed(new - (old ?? new))]) { $1 }
            switch kind {
            case .sign: key = .debuggerHitSign
            case .watch: key = .debuggerHitWatch
            case .condition(let comparison, let bound):
                key = old == nil ? .debuggerHitEntryFirst : .debuggerHitEntry
                values.merge(["comparison": comparison.rawValue, "bound": DebuggerTexts.compact(bound)]) { $1 }
                if case .step(let epoch, let step) = when { values.merge(["epoch": "\(epoch)", "step": "\(step)"]) { $1 } }
            }
            if case .between = when { hint = true }
        }
        let line = palette.paint(texts.text(key, values), .hit)
        return hint ? [line, texts.text(.debuggerSamplingHint)] : [line]
    }

    /// −1, 0 or 1: the sign of `x` (0 has none).
    private static func sign(_ x: Double) -> Int {
        x > 0 ? 1 : (x < 0 ? -1 : 0)
    }

    /// "en la época 258, paso 22" or "entre las épocas guardadas 3 y 500".
    private func when(_ when: BreakpointHit.When) -> String {
        switch when {
        case .step(let epoch, let step): return texts.text(.debuggerWhenStep, ["epoch": "\(epoch)", "step": "\(step)"])
        case .between(let from, let to): return texts.text(.debuggerWhenBetween, ["from": "\(from)", "to": "\(to)"])
        }
    }
}
