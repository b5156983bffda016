import Trace

/// Where a training error happened, for the stepper and the messages.
extension TrainingError {
    /// The epoch of the first non-finite value.
    var epoch: Int {
        switch self {
        case .nonFinite(let epoch, _, _, _): return epoch
        }
    }

    /// The step (from 1) of the first non-finite value.
    var step: Int {
        switch self {
        case .nonFinite(_, let step, _, _): return step
        }
    }

    /// The kind of operation of the failing step in the run described by `header`, when its
    /// plan has that step.
    func operation(in header: TraceHeader) -> OperationKind? {
        guard !header.network.layers.isEmpty else { return nil }
        let steps = EpochPlan(spec: header.network, rows: header.examples).steps
        return steps.indices.contains(step - 1) ? steps[step - 1].operation : nil
    }
}
