/// Numbers the steps of one batch, checks each result is finite, and hands the sink the
/// events it wants.
struct StepRecorder {
    let plan: EpochPlan
    let epoch: Int
    let batch: Int?
    var sequence: Int
    /// Whether every step is wanted.
    let all: Bool
    /// Whether the loss step is wanted on its own.
    let loss: Bool
    private(set) var index = 0

    init(plan: EpochPlan, epoch: Int, batch: Int?, sequence: Int, all: Bool, loss: Bool) {
        self.plan = plan
        self.epoch = epoch
        self.batch = batch
        self.sequence = sequence
        self.all = all
        self.loss = loss
    }

    /// Emits the result of the next step.
    mutating func emit<Sink: TraceSink>(_ values: Matrix, _ sink: inout Sink) throws {
        index += 1
        if all || (loss && index - 1 == plan.lossIndex) {
            try sink.record(TraceEvent(spec: plan.steps[index - 1], sequence: sequence, epoch: epoch, step: index,
                                       batch: batch, values: values))
            sequence += 1
        }
        guard values.isFinite else { throw nonFinite() }
    }

    /// Emits a 1×1 result (the loss); the matrix is only built when the sink keeps it.
    mutating func emitScalar<Sink: TraceSink>(_ value: Double, _ sink: inout Sink) throws {
        index += 1
        if all || (loss && index - 1 == plan.lossIndex) {
            try sink.record(TraceEvent(spec: plan.steps[index - 1], sequence: sequence, epoch: epoch, step: index,
                                       batch: batch, values: Matrix(rows: 1, columns: 1, repeating: value)))
            sequence += 1
        }
        guard value.isFinite else { throw nonFinite() }
    }

    /// The error for the step just emitted.
    private func nonFinite() -> TrainingError {
        let spec = plan.steps[index - 1]
        return .nonFinite(epoch: epoch, step: index, name: spec.name, formula: spec.formula)
    }
}
