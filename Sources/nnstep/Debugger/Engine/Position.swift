import Trace

/// A step of a recording: the index of a kept epoch in ``Recording/epochs`` and the index of a
/// step in that epoch, both from 0. Positions are ordered as the run went.
struct Position: Hashable, Comparable, Sendable {
    /// Index into `recording.epochs`.
    var epoch: Int
    /// Index into that epoch's events.
    var step: Int

    static func < (a: Position, b: Position) -> Bool {
        (a.epoch, a.step) < (b.epoch, b.step)
    }
}

extension Recording {
    /// The event at `position`, which must exist, with its values.
    func event(at position: Position) -> TraceEvent {
        epochs.event(position.step, ofEpochAt: position.epoch)
    }

    /// The name, phase and operation of the step at `position`, without reading its values.
    func summary(at position: Position) -> StepSummary {
        epochs.summary(position.step, ofEpochAt: position.epoch)
    }

    /// The first step of the first kept epoch, if any epoch was kept.
    var firstPosition: Position? {
        epochs.isEmpty ? nil : Position(epoch: 0, step: 0)
    }

    /// The last step of the last kept epoch, if any epoch was kept.
    var lastPosition: Position? {
        guard let last = epochs.indices.last else { return nil }
        return Position(epoch: last, step: epochs.stepCount(at: last) - 1)
    }

    /// The step after `position`, into the next kept epoch past the end of one.
    func position(after position: Position) -> Position? {
        if position.step + 1 < epochs.stepCount(at: position.epoch) {
            return Position(epoch: position.epoch, step: position.step + 1)
        }
        return position.epoch + 1 < epochs.count ? Position(epoch: position.epoch + 1, step: 0) : nil
    }

    /// The step before `position`, into the previous kept epoch before the start of one.
    func position(before position: Position) -> Position? {
        if position.step > 0 { return Position(epoch: position.epoch, step: position.step - 1) }
        guard position.epoch > 0 else { return nil }
        return Position(epoch: position.epoch - 1, step: epochs.stepCount(at: position.epoch - 1) - 1)
    }

    /// The epoch number (from 1) of kept epoch `index`.
    func epochNumber(_ index: Int) -> Int {
        epochs.number(at: index)
    }

    /// The loss of epoch `epoch`, if it recorded one.
    func loss(ofEpoch epoch: Int) -> Double? {
        // Epochs record their losses in order, so the loss of epoch e is usually at e − 1.
        if losses.indices.contains(epoch - 1), losses[epoch - 1].epoch == epoch { return losses[epoch - 1].loss }
        return losses.first { $0.epoch == epoch }?.loss
    }
}
