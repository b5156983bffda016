import Trace

/// Moving: steps, epochs, go to, the ends of the trace.
extension Debugger {
    /// `next N` (positive) or `prev N` (negative): past the end of an epoch, into the next kept one.
    mutating func step(by delta: Int) -> Reply {
        var target = position
        for _ in 0..<abs(delta) {
            guard let next = delta > 0 ? recording.position(after: target) : recording.position(before: target) else {
                let moved = target != position
                move(to: target)
                return Reply(delta > 0 ? stepperTexts.endOfTrace : stepperTexts.startOfTrace, moved: moved)
            }
            target = next
        }
        move(to: target)
        return Reply(moved: true)
    }

    /// `next epoch` / `prev epoch`: the same step in the next or previous kept epoch.
    mutating func moveEpoch(by delta: Int) -> Reply {
        let epoch = position.epoch + delta
        guard recording.epochs.indices.contains(epoch) else {
            return Reply(delta > 0 ? stepperTexts.lastKeptEpoch : stepperTexts.firstKeptEpoch)
        }
        move(to: Position(epoch: epoch, step: min(position.step, recording.epochs.stepCount(at: epoch) - 1)))
        return Reply(moved: true)
    }

    /// The first or last step of the whole trace.
    mutating func moveToEnd(_ last: Bool) -> Reply {
        guard let target = last ? recording.lastPosition : recording.firstPosition else { return Reply() }
        move(to: target)
        return Reply(moved: true)
    }

    /// `goto`: an epoch (the nearest kept one, saying so), an epoch and step, or a name.
    mutating func go(to target: GotoTarget) -> Reply {
        switch target {
        case .name(let typed):
            let steps = 0..<recording.epochs.stepCount(at: position.epoch)
            guard let name = names.canonical(typed),
                  let step = steps.first(where: { recording.epochs.summary($0, ofEpochAt: position.epoch).name == name }) else {
                return .failure(stepperTexts.unknownName(typed))
            }
            move(to: Position(epoch: position.epoch, step: step))
            return Reply(moved: true)
        case .epoch(let epoch, let step):
            guard let index = recording.nearestKeptEpochIndex(to: epoch) else { return Reply() }
            let steps = recording.epochs.stepCount(at: index)
            if let step, !(1...steps).contains(step) {
                return .failure(stepperTexts.badGoto("\(epoch).\(step)"))
            }
            move(to: Position(epoch: index, step: step.map { $0 - 1 } ?? min(position.step, steps - 1)))
            let kept = recording.epochNumber(index)
            guard kept == epoch else {
                return Reply(stepperTexts.epochNotKept(epoch, shown: kept, kept: recording.epochs.numbers), moved: true)
            }
            return Reply(moved: true)
        }
    }
}
