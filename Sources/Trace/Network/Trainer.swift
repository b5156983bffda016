/// The notes' training loop for a fully connected network, one epoch at a time, sending every
/// operation to a ``TraceSink``.
///
/// One epoch over the whole batch `X` (full-batch gradient descent, as `src/multicapa.py`):
///
///     Z_l = A_{l−1}·W_l + b_l,   A_l = f(Z_l)                (A_0 = X)
///     error = y − A_L,           loss = mean(error²)
///     δ_L = error ⊙ f'(Z_L),     Error_l = δ_{l+1}·W_{l+1}ᵀ,   δ_l = Error_l ⊙ f'(Z_l)
///     ΔW_l = η·A_{l−1}ᵀ·δ_l,     Δb_l = η·Σ_rows δ_l          (summed over the batch, no 1/n)
///     W_l ← W_l + ΔW_l,          b_l ← b_l + Δb_l
///
/// The deltas are the notes' δ: *minus* the gradient of `E = ½·Σ(y − A_L)²`, which is why the
/// update adds them. Steps run in the order of the ``EpochPlan``, and the numbers are computed
/// with the same operations in the same order as the notes' numpy code.
public struct Trainer: Sendable {
    /// The architecture.
    public let spec: NetworkSpec
    /// The steps of an epoch, in order.
    public let plan: EpochPlan
    /// The input batch `X`, one example per row.
    public let inputs: Matrix
    /// The expected outputs `y`, one example per row.
    public let targets: Matrix
    /// The learning rate η.
    public let learningRate: Double
    /// The current weights and biases.
    public private(set) var parameters: Parameters
    /// The sequence number the next recorded event gets.
    public private(set) var nextSequence = 0
    /// The matrices every epoch fills, reused.
    private var buffers: TrainingBuffers

    /// A trainer for `spec` on `inputs`/`targets` starting from `parameters`.
    ///
    /// The caller guarantees the shapes agree (``Lesson`` validation does).
    public init(spec: NetworkSpec, inputs: Matrix, targets: Matrix, learningRate: Double, parameters: Parameters) {
        self.spec = spec
        self.plan = EpochPlan(spec: spec, rows: inputs.rows)
        self.inputs = inputs
        self.targets = targets
        self.learningRate = learningRate
        self.parameters = parameters
        self.buffers = TrainingBuffers(spec: spec, inputs: inputs)
    }

    /// Runs epoch `epoch` (from 1), records what `sink` wants, and returns the epoch's loss.
    ///
    /// - Throws: ``TrainingError/nonFinite(epoch:step:name:formula:)`` at the first step whose
    ///   result holds NaN or an infinity (that step is recorded first when the sink wants its
    ///   epoch), or whatever the sink throws.
    @discardableResult
    @_specialize(where Sink == DiscardingSink)
    @_specialize(where Sink == MemorySink)
    @_specialize(where Sink == TraceFileWriter)
    public mutating func runEpoch<Sink: TraceSink>(_ epoch: Int, into sink: inout Sink) throws -> Double {
        var recorder = StepRecorder(plan: plan, epoch: epoch, sequence: nextSequence,
                                    all: sink.recordsAllSteps(ofEpoch: epoch), loss: sink.recordsLoss)
        defer { nextSequence = recorder.sequence }
        let depth = spec.depth
        let eta = learningRate
        // Take the parameters out while they are updated, so that the in-place additions find
        // their storage unshared (no copy); they are put back however the epoch ends.
        var weights = parameters.weights, biases = parameters.biases
        parameters = Parameters(weights: [], biases: [])
        defer { parameters = Parameters(weights: weights, biases: biases) }

        try recorder.emit(inputs, &sink)
        try recorder.emit(targets, &sink)
        for l in 0..<depth {
            try recorder.emit(weights[l], &sink)
            try recorder.emit(biases[l], &sink)
        }

        for l in 0..<depth {
            let activation = spec.layers[l].activation
            DenseOp.forward(buffers.activations[l], weights: weights[l], bias: biases[l], into: &buffers.sums[l])
            try recorder.emit(buffers.sums[l], &sink)
            ActivationOp.forward(buffers.sums[l], activation, into: &buffers.activations[l + 1])
            try recorder.emit(buffers.activations[l + 1], &sink)
            ActivationOp.slope(buffers.sums[l], buffers.activations[l + 1], activation, into: &buffers.slopes[l])
        }

        SquaredErrorOp.error(targets: targets, prediction: buffers.activations[depth], into: &buffers.error)
        try recorder.emit(buffers.error, &sink)
        let loss = SquaredErrorOp.loss(buffers.error)
        try recorder.emitScalar(loss, &sink)

        ActivationOp.backward(buffers.error, slope: buffers.slopes[depth - 1], into: &buffers.deltas[depth - 1])
        try recorder.emit(buffers.deltas[depth - 1], &sink)
        for l in stride(from: depth - 2, through: 0, by: -1) {
            DenseOp.inputDelta(buffers.deltas[l + 1], weights: weights[l + 1], into: &buffers.backErrors[l])
            try recorder.emit(buffers.backErrors[l], &sink)
            ActivationOp.backward(buffers.backErrors[l], slope: buffers.slopes[l], into: &buffers.deltas[l])
            try recorder.emit(buffers.deltas[l], &sink)
        }

        for l in stride(from: depth - 1, through: 0, by: -1) {
            DenseOp.weightGradient(buffers.activations[l], delta: buffers.deltas[l], into: &buffers.weightChanges[l])
            buffers.weightChanges[l].scale(by: eta)
            try recorder.emit(buffers.weightChanges[l], &sink)
            DenseOp.biasGradient(buffers.deltas[l], into: &buffers.biasChanges[l])
            buffers.biasChanges[l].scale(by: eta)
            try recorder.emit(buffers.biasChanges[l], &sink)
        }
        for l in stride(from: depth - 1, through: 0, by: -1) {
            weights[l].add(buffers.weightChanges[l])
            try recorder.emit(weights[l], &sink)
            biases[l].add(buffers.biasChanges[l])
            try recorder.emit(biases[l], &sink)
        }
        try sink.endEpoch(epoch)
        return loss
    }

    /// The prediction `A_L` of the current parameters for `batch`, without recording anything.
    public func predict(_ batch: Matrix) -> Matrix {
        var a = batch
        for (l, layer) in spec.layers.enumerated() {
            a = ActivationOp.forward(DenseOp.forward(a, weights: parameters.weights[l], bias: parameters.biases[l]),
                                     layer.activation)
        }
        return a
    }
}

/// Numbers the steps of one epoch, checks each result is finite, and hands the sink the
/// events it wants.
private struct StepRecorder {
    let plan: EpochPlan
    let epoch: Int
    var sequence: Int
    let all: Bool
    let loss: Bool
    var index = 0

    init(plan: EpochPlan, epoch: Int, sequence: Int, all: Bool, loss: Bool) {
        self.plan = plan
        self.epoch = epoch
        self.sequence = sequence
        self.all = all
        self.loss = loss
    }

    mutating func emit<Sink: TraceSink>(_ values: Matrix, _ sink: inout Sink) throws {
        index += 1
        if all || (loss && index - 1 == plan.lossIndex) {
            try sink.record(TraceEvent(spec: plan.steps[index - 1], sequence: sequence, epoch: epoch, step: index,
                                       values: values))
            sequence += 1
        }
        guard values.isFinite else { throw nonFinite() }
    }

    /// The error for the step just emitted.
    private func nonFinite() -> TrainingError {
        let spec = plan.steps[index - 1]
        return .nonFinite(epoch: epoch, step: index, name: spec.name, formula: spec.formula)
    }

    /// Emits a 1×1 result (the loss); the matrix is only built when the sink keeps it.
    mutating func emitScalar<Sink: TraceSink>(_ value: Double, _ sink: inout Sink) throws {
        index += 1
        if all || (loss && index - 1 == plan.lossIndex) {
            try sink.record(TraceEvent(spec: plan.steps[index - 1], sequence: sequence, epoch: epoch, step: index,
                                       values: Matrix(rows: 1, columns: 1, repeating: value)))
            sequence += 1
        }
        guard value.isFinite else { throw nonFinite() }
    }
}
