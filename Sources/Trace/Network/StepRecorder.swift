/// Checks the result of each step of one batch is finite, and hands the sink the events it wants.
///
/// Steps are counted from 0 here (`plan.steps[step]`) and from 1 in events and errors.
struct StepRecorder {
    let plan: EpochPlan
    let epoch: Int
    let batch: Int?
    var sequence: Int
    /// Whether every step is wanted.
    let all: Bool
    /// The step wanted on its own (the loss), or −1 for none.
    let lossStep: Int

    init(plan: EpochPlan, epoch: Int, batch: Int?, sequence: Int, all: Bool, loss: Bool) {
        self.plan = plan
        self.epoch = epoch
        self.batch = batch
        self.sequence = sequence
        self.all = all
        self.lossStep = loss ? plan.lossIndex : -1
    }

    /// Emits `values`, the result of step `step`; the sink gets a copy of them when it wants them.
    ///
    /// `knownFinite` skips the check for values checked before: data checked once, parameters
    /// checked by the step that updated them.
    @inline(__always)
    mutating func emit<Sink: TraceSink>(_ values: UnsafeMatrix, step: Int, _ sink: inout Sink,
                                        knownFinite: Bool = false) throws {
        if all || step == lossStep { try record(values.copied(), step: step, &sink) }
        guard knownFinite || values.isFinite else { throw nonFinite(step) }
    }

    /// Emits a 1×1 result (the loss); the matrix is only built when the sink keeps it.
    @inline(__always)
    mutating func emitScalar<Sink: TraceSink>(_ value: Double, step: Int, _ sink: inout Sink) throws {
        if all || step == lossStep { try record(Matrix(rows: 1, columns: 1, repeating: value), step: step, &sink) }
        guard value.isFinite else { throw nonFinite(step) }
    }

    /// Hands the sink the event of step `step`.
    private mutating func record<Sink: TraceSink>(_ values: Matrix, step: Int, _ sink: inout Sink) throws {
        try sink.record(TraceEvent(spec: plan.steps[step], sequence: sequence, epoch: epoch, step: step + 1,
                                   batch: batch, values: values))
        sequence += 1
    }

    /// The error for step `step`.
    private func nonFinite(_ step: Int) -> TrainingError {
        let spec = plan.steps[step]
        return .nonFinite(epoch: epoch, step: step + 1, name: spec.name, formula: spec.formula)
    }
}
