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

    /// Whether the sink wants the step about to be emitted.
    private var wantsNext: Bool { all || (loss && index == plan.lossIndex) }

    /// Emits the result of the next step; the sink gets a copy of the values when it wants them.
    ///
    /// `knownFinite` skips the check for values checked before: data checked once, parameters
    /// checked by the step that updated them.
    @inline(__always)
    mutating func emit<Sink: TraceSink>(_ values: UnsafeMatrix, _ sink: inout Sink, knownFinite: Bool = false) throws {
        if wantsNext { try record(values.copied(), &sink) }
        index += 1
        guard knownFinite || values.isFinite else { throw nonFinite() }
    }

    /// Emits a 1×1 result (the loss); the matrix is only built when the sink keeps it.
    @inline(__always)
    mutating func emitScalar<Sink: TraceSink>(_ value: Double, _ sink: inout Sink) throws {
        if wantsNext { try record(Matrix(rows: 1, columns: 1, repeating: value), &sink) }
        index += 1
        guard value.isFinite else { throw nonFinite() }
    }

    /// Hands the sink the event of the step about to be emitted.
    private mutating func record<Sink: TraceSink>(_ values: Matrix, _ sink: inout Sink) throws {
        try sink.record(TraceEvent(spec: plan.steps[index], sequence: sequence, epoch: epoch, step: index + 1,
                                   batch: batch, values: values))
        sequence += 1
    }

    /// The error for the step just emitted.
    private func nonFinite() -> TrainingError {
        let spec = plan.steps[index - 1]
        return .nonFinite(epoch: epoch, step: index, name: spec.name, formula: spec.formula)
    }
}
