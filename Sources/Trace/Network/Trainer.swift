/// The notes' training loop for any lesson network, one epoch at a time, sending every
/// operation to a ``TraceSink``.
///
/// An epoch visits the training examples in batches (all of them at once by default, as the
/// notes' XOR code `src/multicapa.py`; shuffled mini-batches when the lesson asks). Each batch
/// runs the steps of its ``EpochPlan`` — forward, error, backward, update — for the notes' XOR
/// network:
///
///     Z_l = A_{l−1}·W_l + b_l,   A_l = f(Z_l)                (A_0 = X)
///     error = y − A_L,           loss = mean(error²)
///     δ_L = error ⊙ f'(Z_L),     Error_l = δ_{l+1}·W_{l+1}ᵀ,   δ_l = Error_l ⊙ f'(Z_l)
///     ΔW_l = η·A_{l−1}ᵀ·δ_l,     Δb_l = η·Σ_rows δ_l          (summed over the batch, no 1/n)
///     W_l ← W_l + ΔW_l,          b_l ← b_l + Δb_l
///
/// with the same operations in the same order as the notes' numpy code. Other losses, layers
/// and optimisers follow ``PlanBuilder`` and ``OptimizerState``. An epoch of several batches,
/// or of a lesson with test data, ends with summary events: the epoch's mean loss, the test
/// loss and accuracy, and early stopping when it fires.
public struct Trainer: Sendable {
    /// The architecture.
    public let spec: NetworkSpec
    /// How training goes.
    public let settings: TrainingSettings
    /// The training inputs, one example per row.
    public let inputs: Matrix
    /// The expected training outputs, one example per row.
    public let targets: Matrix
    /// Examples kept apart to measure the test loss and accuracy.
    public let test: HeldOutSet?
    /// The current weights and biases.
    public private(set) var parameters: Parameters
    /// The sequence number the next recorded event gets.
    public internal(set) var nextSequence = 0
    /// Set when early stopping has fired: training should not go on.
    public internal(set) var earlyStop: EarlyStopRecord?
    /// The best test loss so far and its epoch, for early stopping.
    var best: (epoch: Int, loss: Double)?

    /// The activation of each weight layer, at index l − 1.
    private let activations: [Activation]
    /// Plans and buffers by batch size (a full batch, and a smaller last one).
    private var buffers: [BatchBuffers] = []
    private var convolutions: [Int: Conv2DOp] = [:]
    private var pools: [Int: MaxPoolOp] = [:]
    private var optimizer: OptimizerState
    /// `ΔW_l` and `Δb_l`, at index l − 1.
    private var weightChanges: [Matrix]
    private var biasChanges: [Matrix]
    /// Dropout masks, from the lesson's seed.
    private var generator: SplitMix64
    /// The order of the examples in each epoch (shuffled per epoch from the seed when asked).
    private let batchOrder: BatchOrder
    private var order: [Int]

    /// The learning rate η.
    public var learningRate: Double { settings.learningRate }

    /// The steps of a full batch, in order.
    public var plan: EpochPlan { buffers[0].plan }

    /// Number of examples per batch.
    public var batchRows: Int { min(settings.batchSize ?? inputs.rows, inputs.rows) }

    /// Batches in every epoch.
    public var batchesPerEpoch: Int { (inputs.rows + batchRows - 1) / batchRows }

    /// Whether epochs end with summary events (several batches, or test data).
    public var hasSummary: Bool { batchesPerEpoch > 1 || test != nil }

    /// A trainer for `spec` on `inputs`/`targets` starting from `parameters`.
    ///
    /// The caller guarantees the shapes agree (``Lesson`` validation does).
    public init(spec: NetworkSpec, inputs: Matrix, targets: Matrix, settings: TrainingSettings,
                parameters: Parameters, test: HeldOutSet? = nil) {
        self.spec = spec
        self.settings = settings
        self.inputs = inputs
        self.targets = targets
        self.test = test
        self.parameters = parameters
        self.activations = spec.weightLayers.map(\.activation)
        self.optimizer = OptimizerState(settings: settings, adds: settings.loss == .squaredError, parameters: parameters)
        self.weightChanges = parameters.weights.map { Matrix(rows: $0.rows, columns: $0.columns) }
        self.biasChanges = parameters.biases.map { Matrix(rows: $0.rows, columns: $0.columns) }
        self.generator = SplitMix64(seed: settings.seed ^ 0x5EED_D47A_5EED_D47A)
        self.order = Array(0..<inputs.rows)
        let rows = min(settings.batchSize ?? inputs.rows, inputs.rows)
        self.batchOrder = BatchOrder(examples: inputs.rows, batchSize: rows, seed: settings.seed, shuffles: settings.shuffle)
        buffers = [BatchBuffers(spec: spec, settings: settings, rows: rows)]
        let remainder = inputs.rows % rows
        if remainder != 0 { buffers.append(BatchBuffers(spec: spec, settings: settings, rows: remainder)) }
        for (index, stage) in spec.layout.stages.enumerated() {
            switch stage.layer.kind {
            case .conv2d(let kernel):
                if let image = stage.input.image {
                    convolutions[stage.weightLayer] = Conv2DOp(inputShape: image, filters: stage.layer.units, kernel: kernel)
                }
            case .maxPool(let size):
                if let image = stage.input.image { pools[index] = MaxPoolOp(inputShape: image, size: size) }
            default: break
            }
        }
    }

    /// A trainer for the notes' XOR loop: the whole batch, squared error, gradient descent with
    /// learning rate `learningRate`.
    public init(spec: NetworkSpec, inputs: Matrix, targets: Matrix, learningRate: Double, parameters: Parameters) {
        self.init(spec: spec, inputs: inputs, targets: targets,
                  settings: TrainingSettings(learningRate: learningRate, epochs: 1, seed: 0, sampling: .default),
                  parameters: parameters)
    }

    /// Runs epoch `epoch` (from 1), records what `sink` wants, and returns the epoch's loss
    /// (the mean of its batches' losses).
    ///
    /// - Throws: ``TrainingError/nonFinite(epoch:step:name:formula:)`` at the first step whose
    ///   result holds NaN or an infinity (that step is recorded first when the sink wants it),
    ///   or whatever the sink throws.
    @discardableResult
    @_specialize(where Sink == DiscardingSink)
    @_specialize(where Sink == MemorySink)
    @_specialize(where Sink == TraceFileWriter)
    public mutating func runEpoch<Sink: TraceSink>(_ epoch: Int, into sink: inout Sink) throws -> Double {
        let batches = batchesPerEpoch, rows = batchRows
        if settings.shuffle { order = batchOrder.order(epoch: epoch) }
        let keepsAll = sink.recordsAllSteps(ofEpoch: epoch)
        var lossSum = 0.0
        for batch in 0..<batches {
            let start = batch * rows, end = min(start + rows, inputs.rows)
            let kind = end - start == buffers[0].rows ? 0 : 1
            lossSum += try runBatch(kind: kind, examples: start..<end, epoch: epoch,
                                    batch: batches > 1 ? batch + 1 : nil, all: keepsAll && batch == 0,
                                    lossAlone: sink.recordsLoss && !hasSummary, into: &sink)
        }
        let loss = lossSum / Double(batches)
        if hasSummary { try summarise(epoch: epoch, loss: loss, all: keepsAll, into: &sink) }
        try sink.endEpoch(epoch)
        return loss
    }

    /// The rate of the dropout layer at `stage`.
    private func dropoutRate(_ stage: Int) -> Double {
        if case .dropout(let rate) = spec.layers[stage].kind { return rate }
        return 0
    }

    // MARK: - One batch

    private mutating func runBatch<Sink: TraceSink>(kind: Int, examples: Range<Int>, epoch: Int, batch: Int?,
                                                    all: Bool, lossAlone: Bool, into sink: inout Sink) throws -> Double {
        var recorder = StepRecorder(plan: buffers[kind].plan, epoch: epoch, batch: batch, sequence: nextSequence,
                                    all: all, loss: lossAlone)
        defer { nextSequence = recorder.sequence }
        optimizer.beginBatch()
        // Take the parameters out while they are updated, so that the in-place additions find
        // their storage unshared (no copy); they are put back however the batch ends.
        var weights = parameters.weights, biases = parameters.biases
        parameters = Parameters(weights: [], biases: [])
        var slots = buffers[kind].slots
        buffers[kind].slots = []
        defer {
            parameters = Parameters(weights: weights, biases: biases)
            buffers[kind].slots = slots
        }
        let rows = buffers[kind].rows
        let adds = settings.loss == .squaredError
        var loss = 0.0
        let wholeSet = examples.count == inputs.rows && !settings.shuffle
        for action in buffers[kind].actions {
            switch action {
            case .inputs(let result):
                if wholeSet { slots[result] = inputs } else { Matrix.gatherRows(inputs, order[examples], into: &slots[result]) }
                try recorder.emit(slots[result], &sink)
            case .targets(let result):
                if wholeSet { slots[result] = targets } else { Matrix.gatherRows(targets, order[examples], into: &slots[result]) }
                try recorder.emit(slots[result], &sink)
            case .weights(let l):
                try recorder.emit(weights[l - 1], &sink)
            case .bias(let l):
                try recorder.emit(biases[l - 1], &sink)
            case .dense(let l, let input, let result):
                let a = slots[input]
                DenseOp.forward(a, weights: weights[l - 1], bias: biases[l - 1], into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .convolution(let l, _, let input, let result):
                let a = slots[input]
                convolutions[l]!.forward(a, weights: weights[l - 1], bias: biases[l - 1], into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .activation(let l, let sum, let result):
                let z = slots[sum]
                ActivationOp.forward(z, activations[l - 1], into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .pool(let stage, let input, let result):
                let a = slots[input]
                pools[stage]!.forward(a, into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .flatten(let input, let result):
                slots[result] = slots[input]
                try recorder.emit(slots[result], &sink)
            case .mask(let stage, let result):
                DropoutOp.mask(rate: dropoutRate(stage), generator: &generator, into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .dropout(let stage, let input, let mask, let result):
                let a = slots[input], m = slots[mask]
                DropoutOp.forward(a, mask: m, rate: dropoutRate(stage), into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .residual(let y, let prediction, let result):
                let t = slots[y], p = slots[prediction]
                SquaredErrorOp.error(targets: t, prediction: p, into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .loss(let y, let prediction, let error):
                loss = error.map { SquaredErrorOp.loss(slots[$0]) }
                    ?? LossOp.value(settings.loss, prediction: slots[prediction], targets: slots[y])
                try recorder.emitScalar(loss, &sink)
            case .lossGradient(let y, let prediction, let result):
                let t = slots[y], p = slots[prediction]
                LossOp.gradient(settings.loss, prediction: p, targets: t, into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .simplifiedDelta(let y, let prediction, let result):
                let t = slots[y], p = slots[prediction]
                LossOp.simplifiedDelta(prediction: p, targets: t, into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .perceptronDelta(let error, let result):
                slots[result] = slots[error]
                try recorder.emit(slots[result], &sink)
            case .delta(let l, let upstream, let sum, let activation, let result):
                let e = slots[upstream], z = slots[sum], a = slots[activation]
                ActivationOp.backward(e, z: z, a: a, activations[l - 1], into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .backDense(let l, let delta, let result):
                let d = slots[delta]
                DenseOp.inputDelta(d, weights: weights[l - 1], into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .backConvolution(let l, _, let delta, let result):
                let d = slots[delta]
                convolutions[l]!.backward(d, weights: weights[l - 1], weightGradient: &weightChanges[l - 1],
                                          biasGradient: &biasChanges[l - 1], inputGradient: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .backPool(let stage, let upstream, let result):
                let e = slots[upstream]
                pools[stage]!.backward(e, into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .backDropout(let stage, let upstream, let mask, let result):
                let e = slots[upstream], m = slots[mask]
                DropoutOp.backward(e, mask: m, rate: dropoutRate(stage), into: &slots[result])
                try recorder.emit(slots[result], &sink)
            case .weightChange(let l, let stage, let input, let delta):
                let a = slots[input], d = slots[delta]
                if convolutions[l] != nil {
                    if stage == 0 {
                        convolutions[l]!.backwardParameters(d, weightGradient: &weightChanges[l - 1],
                                                            biasGradient: &biasChanges[l - 1])
                    }
                } else {
                    DenseOp.weightGradient(a, delta: d, into: &weightChanges[l - 1])
                }
                optimizer.adjust(&weightChanges[l - 1], parameter: weights[l - 1], index: l - 1, isWeight: true,
                                 batchRows: rows)
                try recorder.emit(weightChanges[l - 1], &sink)
            case .biasChange(let l, _, let delta):
                if convolutions[l] == nil { DenseOp.biasGradient(slots[delta], into: &biasChanges[l - 1]) }
                optimizer.adjust(&biasChanges[l - 1], parameter: biases[l - 1], index: activations.count + l - 1,
                                 isWeight: false, batchRows: rows)
                try recorder.emit(biasChanges[l - 1], &sink)
            case .updateWeights(let l):
                if adds { weights[l - 1].add(weightChanges[l - 1]) } else { weights[l - 1].subtract(weightChanges[l - 1]) }
                try recorder.emit(weights[l - 1], &sink)
            case .updateBias(let l):
                if adds { biases[l - 1].add(biasChanges[l - 1]) } else { biases[l - 1].subtract(biasChanges[l - 1]) }
                try recorder.emit(biases[l - 1], &sink)
            }
        }
        return loss
    }
}
