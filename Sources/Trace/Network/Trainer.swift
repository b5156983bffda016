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
    /// The sequence number the next recorded event gets.
    public internal(set) var nextSequence = 0
    /// Set when early stopping has fired: training should not go on.
    public internal(set) var earlyStop: EarlyStopRecord?
    /// The best test loss so far and its epoch, for early stopping.
    var best: (epoch: Int, loss: Double)?

    /// Number of examples per batch.
    public let batchRows: Int
    /// Batches in every epoch.
    public let batchesPerEpoch: Int
    /// Whether epochs end with summary events (several batches, or test data).
    public let hasSummary: Bool

    /// Every number the loop works on, in one array, so that a step reaches its operands through
    /// pointers (``UnsafeMatrix``) instead of retaining matrices: `W_l`, `b_l`, `ΔW_l`, `Δb_l` of
    /// every layer (``parameterRegions``), then the values of each batch size's steps.
    private(set) var numbers: [Double]
    /// Where `W_l`, `b_l`, `ΔW_l` and `Δb_l` are in ``numbers``, in that order of kinds, layer `l`
    /// at index `l − 1` of its kind.
    let parameterRegions: [StorageRegion]
    /// Plans and slots by batch size (a full batch, and a smaller last one).
    private let buffers: [BatchBuffers]
    /// The activation of each weight layer, at index l − 1.
    let activations: [Activation]
    /// The convolution of each weight layer that is one, at index l − 1.
    private(set) var convolutions: [Conv2DOp?]
    /// Whether each weight layer is a convolution, at index l − 1.
    private let isConvolution: [Bool]
    /// The pooling of each stage that is one, by stage.
    private(set) var pools: [MaxPoolOp?]
    /// The rate of each dropout stage (0 for the other stages), by stage.
    private let dropoutRates: [Double]
    private var optimizer: OptimizerState
    /// Dropout masks, from the lesson's seed.
    private var generator: SplitMix64
    /// The order of the examples in each epoch (shuffled per epoch from the seed when asked).
    private let batchOrder: BatchOrder
    private var order: [Int]
    /// Whether every batch is the whole data set in its order: the data are then copied into
    /// the slots of `X` and `y` once, at the start, and never gathered again.
    private let batchIsData: Bool
    /// Whether every number of ``inputs`` and ``targets`` is finite: their steps need no check.
    private let dataIsFinite: Bool
    /// Whether the parameters are known to be finite: at the start, if they are; after a batch,
    /// if it ran to the end (each update step checked its parameter). The steps that show them
    /// at the start of a batch then need no check.
    private var parametersAreFinite: Bool

    /// The learning rate η.
    public var learningRate: Double { settings.learningRate }

    /// The steps of a full batch, in order.
    public var plan: EpochPlan { buffers[0].plan }

    /// The current weights and biases.
    public var parameters: Parameters {
        let depth = activations.count
        return Parameters(weights: parameterRegions[0..<depth].map(matrix(at:)),
                          biases: parameterRegions[depth..<(2 * depth)].map(matrix(at:)))
    }

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
        self.activations = spec.weightLayers.map(\.activation)
        self.optimizer = OptimizerState(settings: settings, adds: settings.loss == .squaredError, parameters: parameters)
        self.generator = SplitMix64(seed: settings.seed ^ 0x5EED_D47A_5EED_D47A)
        self.order = Array(0..<inputs.rows)
        let rows = min(settings.batchSize ?? inputs.rows, inputs.rows)
        self.batchRows = rows
        self.batchesPerEpoch = (inputs.rows + rows - 1) / rows
        self.hasSummary = batchesPerEpoch > 1 || test != nil
        self.batchOrder = BatchOrder(examples: inputs.rows, batchSize: rows, seed: settings.seed, shuffles: settings.shuffle)

        var storage = StorageLayout()
        let matrices = parameters.weights + parameters.biases
        parameterRegions = storage.add(matrices) + storage.add(matrices)
        var buffers = [BatchBuffers(spec: spec, settings: settings, rows: rows, parameters: parameterRegions,
                                    storage: &storage)]
        let remainder = inputs.rows % rows
        if remainder != 0 {
            buffers.append(BatchBuffers(spec: spec, settings: settings, rows: remainder, parameters: parameterRegions,
                                        storage: &storage))
        }
        self.buffers = buffers
        numbers = Array(repeating: 0, count: max(1, storage.count))
        batchIsData = rows == inputs.rows && !settings.shuffle

        let stages = spec.layout.stages
        var convolutions = [Conv2DOp?](repeating: nil, count: activations.count)
        var pools = [MaxPoolOp?](repeating: nil, count: stages.count)
        var dropoutRates = [Double](repeating: 0, count: stages.count)
        for (index, stage) in stages.enumerated() {
            switch stage.layer.kind {
            case .conv2d(let kernel):
                if let image = stage.input.image {
                    convolutions[stage.weightLayer - 1] = Conv2DOp(inputShape: image, filters: stage.layer.units, kernel: kernel)
                }
            case .maxPool(let size):
                if let image = stage.input.image { pools[index] = MaxPoolOp(inputShape: image, size: size) }
            case .dropout(let rate):
                dropoutRates[index] = rate
            default: break
            }
        }
        self.convolutions = convolutions
        self.isConvolution = convolutions.map { $0 != nil }
        self.pools = pools
        self.dropoutRates = dropoutRates
        dataIsFinite = inputs.isFinite && targets.isFinite
        parametersAreFinite = matrices.allSatisfy(\.isFinite)

        for (region, matrix) in zip(parameterRegions, matrices) { place(matrix, at: region) }
        if batchIsData {
            for action in buffers[0].actions {
                switch action {
                case .inputs(let slot): place(inputs, at: buffers[0].regions[slot])
                case .targets(let slot): place(targets, at: buffers[0].regions[slot])
                default: break
                }
            }
        }
    }

    /// Copies `matrix` into `region` of ``numbers``.
    private mutating func place(_ matrix: Matrix, at region: StorageRegion) {
        numbers.replaceSubrange(region.offset..<(region.offset + matrix.elements.count), with: matrix.elements)
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
        let lossAlone = sink.recordsLoss && !hasSummary
        var lossSum = 0.0
        for batch in 0..<batches {
            let start = batch * rows, end = min(start + rows, inputs.rows)
            lossSum += try runBatch(kind: end - start == rows ? 0 : 1, examples: start..<end, epoch: epoch,
                                    batch: batches > 1 ? batch + 1 : nil, all: keepsAll && batch == 0,
                                    lossAlone: lossAlone, into: &sink)
        }
        let loss = lossSum / Double(batches)
        if hasSummary { try summarise(epoch: epoch, loss: loss, all: keepsAll, into: &sink) }
        try sink.endEpoch(epoch)
        return loss
    }

    /// A copy of the matrix at `region` of ``numbers``.
    private func matrix(at region: StorageRegion) -> Matrix {
        Matrix(rows: region.rows, columns: region.columns,
               elements: Array(numbers[region.offset..<(region.offset + region.rows * region.columns)]))
    }

    // MARK: - One batch

    /// Runs the steps of one batch of `examples` (positions in ``order``) with the plan and slots
    /// of `buffers[kind]`, and returns its loss.
    ///
    /// Every operand is an ``UnsafeMatrix`` into ``numbers``: `views` holds one for each region of
    /// ``BatchBuffers/regions``, the slots of the batch, then `W_l`, `b_l`, `ΔW_l`, `Δb_l`. Steps
    /// whose result is their input's numbers (flatten, the perceptron's delta) make their slot's
    /// view that of the input.
    private mutating func runBatch<Sink: TraceSink>(kind: Int, examples: Range<Int>, epoch: Int, batch: Int?,
                                                    all: Bool, lossAlone: Bool, into sink: inout Sink) throws -> Double {
        var recorder = StepRecorder(plan: buffers[kind].plan, epoch: epoch, batch: batch, sequence: nextSequence,
                                    all: all, loss: lossAlone)
        defer { nextSequence = recorder.sequence }
        optimizer.beginBatch()
        let rows = buffers[kind].rows, depth = activations.count, slotCount = buffers[kind].slotCount
        let (weights, biases, weightChanges, biasChanges) = (slotCount, slotCount + depth, slotCount + 2 * depth,
                                                             slotCount + 3 * depth)
        let lossKind = settings.loss, adds = lossKind == .squaredError
        let dataChecked = dataIsFinite, parametersChecked = parametersAreFinite
        // Until every update of this batch has been checked.
        parametersAreFinite = false
        return try numbers.withUnsafeMutableBufferPointer { numbers in
            try withUnsafeTemporaryAllocation(of: UnsafeMatrix.self, capacity: buffers[kind].regions.count) { views in
                let base = numbers.baseAddress!, table = views.baseAddress!
                for index in 0..<buffers[kind].regions.count {
                    (table + index).initialize(to: buffers[kind].regions[index].view(in: base))
                }
                var loss = 0.0
                // By index: iterating the array would retain it.
                for step in 0..<buffers[kind].actions.count {
                    switch buffers[kind].actions[step] {
                    case .inputs(let result):
                        if !batchIsData { Self.gather(inputs, order[examples], into: views[result]) }
                        try recorder.emit(views[result], &sink, knownFinite: dataChecked)
                    case .targets(let result):
                        if !batchIsData { Self.gather(targets, order[examples], into: views[result]) }
                        try recorder.emit(views[result], &sink, knownFinite: dataChecked)
                    case .weights(let l):
                        try recorder.emit(views[weights + l - 1], &sink, knownFinite: parametersChecked)
                    case .bias(let l):
                        try recorder.emit(views[biases + l - 1], &sink, knownFinite: parametersChecked)
                    case .dense(let l, let input, let result):
                        DenseOp.forward(views[input], weights: views[weights + l - 1], bias: views[biases + l - 1],
                                        into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .convolution(let l, _, let input, let result):
                        convolutions[l - 1]!.forward(views[input], weights: views[weights + l - 1],
                                                     bias: views[biases + l - 1], into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .activation(let l, let sum, let result):
                        ActivationOp.forward(views[sum], activations[l - 1], into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .pool(let stage, let input, let result):
                        pools[stage]!.forward(views[input], into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .flatten(let input, let result):
                        // The same numbers: the slot is the input's, as the backward pass assumes.
                        views[result] = UnsafeMatrix(views[input].elements.baseAddress, rows: views[result].rows,
                                                     columns: views[result].columns)
                        try recorder.emit(views[result], &sink)
                    case .mask(let stage, let result):
                        DropoutOp.mask(rate: dropoutRates[stage], generator: &generator, into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .dropout(let stage, let input, let mask, let result):
                        DropoutOp.forward(views[input], mask: views[mask], rate: dropoutRates[stage], into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .residual(let targets, let prediction, let result):
                        SquaredErrorOp.error(targets: views[targets], prediction: views[prediction], into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .loss(let targets, let prediction, let error):
                        if let error {
                            loss = SquaredErrorOp.loss(views[error])
                        } else {
                            loss = LossOp.value(lossKind, prediction: views[prediction], targets: views[targets])
                        }
                        try recorder.emitScalar(loss, &sink)
                    case .lossGradient(let targets, let prediction, let result):
                        LossOp.gradient(lossKind, prediction: views[prediction], targets: views[targets],
                                        into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .simplifiedDelta(let targets, let prediction, let result):
                        LossOp.simplifiedDelta(prediction: views[prediction], targets: views[targets], into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .perceptronDelta(let error, let result):
                        views[result] = views[error]
                        try recorder.emit(views[result], &sink)
                    case .delta(let l, let upstream, let sum, let activation, let result):
                        ActivationOp.backward(views[upstream], z: views[sum], a: views[activation], activations[l - 1],
                                              into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .backDense(let l, let delta, let result):
                        DenseOp.inputDelta(views[delta], weights: views[weights + l - 1], into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .backConvolution(let l, _, let delta, let result):
                        convolutions[l - 1]!.backward(views[delta], weights: views[weights + l - 1],
                                                      weightGradient: views[weightChanges + l - 1],
                                                      biasGradient: views[biasChanges + l - 1], inputGradient: views[result])
                        try recorder.emit(views[result], &sink)
                    case .backPool(let stage, let upstream, let result):
                        pools[stage]!.backward(views[upstream], into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .backDropout(let stage, let upstream, let mask, let result):
                        DropoutOp.backward(views[upstream], mask: views[mask], rate: dropoutRates[stage], into: views[result])
                        try recorder.emit(views[result], &sink)
                    case .weightChange(let l, let stage, let input, let delta):
                        let change = views[weightChanges + l - 1]
                        if !isConvolution[l - 1] {
                            DenseOp.weightGradient(views[input], delta: views[delta], into: change)
                        } else if stage == 0 {
                            convolutions[l - 1]!.backwardParameters(views[delta], weightGradient: change,
                                                                    biasGradient: views[biasChanges + l - 1])
                        }
                        optimizer.adjust(change, parameter: views[weights + l - 1], index: l - 1, isWeight: true,
                                         batchRows: rows)
                        try recorder.emit(change, &sink)
                    case .biasChange(let l, _, let delta):
                        let change = views[biasChanges + l - 1]
                        if !isConvolution[l - 1] { DenseOp.biasGradient(views[delta], into: change) }
                        optimizer.adjust(change, parameter: views[biases + l - 1], index: depth + l - 1, isWeight: false,
                                         batchRows: rows)
                        try recorder.emit(change, &sink)
                    case .updateWeights(let l):
                        let w = views[weights + l - 1], change = views[weightChanges + l - 1]
                        if adds { w.add(change) } else { w.subtract(change) }
                        try recorder.emit(w, &sink)
                    case .updateBias(let l):
                        let b = views[biases + l - 1], change = views[biasChanges + l - 1]
                        if adds { b.add(change) } else { b.subtract(change) }
                        try recorder.emit(b, &sink)
                    }
                }
                parametersAreFinite = true
                return loss
            }
        }
    }

    /// Copies the rows `examples` of `data` into `batch`.
    private static func gather(_ data: Matrix, _ examples: ArraySlice<Int>, into batch: UnsafeMatrix) {
        data.withUnsafeMatrix { UnsafeMatrix.gatherRows($0, examples, into: batch) }
    }
}
