import Trace

/// Running to a breakpoint, forwards (`continue`, `finish`) or backwards (`reverse-continue`).
extension Debugger {
    /// Moves step by step until a breakpoint is hit, or to the end (or start) of the trace.
    ///
    /// The current step is not checked, so repeating the command finds the next hit; going
    /// backwards lands on exactly the steps going forwards would.
    mutating func run(forward: Bool) -> Reply {
        guard !breakpoints.isEmpty else { return .failure(texts.text(.debuggerNothingToRun)) }
        var current = position
        while let next = forward ? recording.position(after: current) : recording.position(before: current) {
            current = next
            if let reply = stop(at: current) { return reply }
        }
        let moved = current != position
        move(to: current)
        var lines = [texts.text(forward ? .debuggerNoHitForward : .debuggerNoHitBackward)]
        if forward, breakpoints.contains(where: { $0.condition == .nonFinite }) { lines += nonFiniteSummary() }
        lines += breakpoints.compactMap(lossNeverHolds)
        return Reply(lines: lines, moved: moved)
    }

    /// `finish`: to the last step of the current phase, or of the next one when already there;
    /// a breakpoint on the way stops it first.
    mutating func finish() -> Reply {
        var current = position
        while let next = recording.position(after: current) {
            current = next
            if let reply = stop(at: current) { return reply }
            if isLastOfPhase(current) {
                move(to: current)
                return Reply(moved: true)
            }
        }
        return Reply(stepperTexts.endOfTrace)
    }

    /// Stops at `position` if a breakpoint is hit there: the reply describes the hits.
    private mutating func stop(at position: Position) -> Reply? {
        let hits = breakpoints.compactMap { hit($0, at: position) }
        guard !hits.isEmpty else { return nil }
        move(to: position)
        lastHits = hits
        return Reply(lines: hits.flatMap(describe), moved: true)
    }

    /// Whether the step at `position` is the last of its phase in its epoch.
    private func isLastOfPhase(_ position: Position) -> Bool {
        guard let next = recording.position(after: position), next.epoch == position.epoch else { return true }
        return recording.summary(at: next).phase != recording.summary(at: position).phase
    }

    /// For a loss condition that holds in no epoch at all, how the loss went instead.
    private func lossNeverHolds(_ breakpoint: Breakpoint) -> String? {
        guard case .loss(let comparison, let bound) = breakpoint.condition, breakpoint.crossings.isEmpty,
              let first = recording.losses.first, let last = recording.losses.last,
              let lowest = recording.losses.min(by: { $0.loss < $1.loss }) else { return nil }
        return texts.text(.debuggerLossNever, [
            "comparison": comparison.rawValue, "bound": DebuggerTexts.compact(bound), "epochs": "\(recording.losses.count)",
            "first": DebuggerTexts.loss(first.loss), "last": DebuggerTexts.loss(last.loss),
            "lowest": DebuggerTexts.loss(lowest.loss), "epoch": "\(lowest.epoch)",
        ])
    }

    /// What `break nan` found when it stopped nowhere: every value finite, a non-finite loss in an
    /// epoch that was not kept, or a trace that ends before its last epoch.
    private func nonFiniteSummary() -> [String] {
        if let bad = recording.losses.first(where: { !$0.loss.isFinite }) {
            return [texts.text(.debuggerNonFiniteLoss, ["epoch": "\(bad.epoch)", "value": DebuggerTexts.number(bad.loss)])]
        }
        let last = recording.losses.last?.epoch ?? 0
        if last < recording.header.epochs {
            return [texts.text(.debuggerEndsEarly, ["last": "\(last)", "epochs": "\(recording.header.epochs)"])]
        }
        return [texts.text(.debuggerAllFinite, ["losses": "\(recording.losses.count)", "kept": "\(recording.epochs.count)"])]
    }
}
