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

    /// Every number the loop works on, so that a step reaches its operands through pointers
    /// (``UnsafeMatrix``) instead of retaining matrices: `W_l`, `b_l`, `ΔW_l`, `Δb_l` of every
    /// layer (``parameterRegions``), then the values of each batch size's steps. Shared by copies
    /// of the trainer until one of them writes (see ``TrainerStorage``).
    var storage: TrainerStorage
    /// Where `W_l`, `b_l`, `ΔW_l` and `Δb_l` are in ``storage``, in that order of kinds, layer `l`
    /// at index `l − 1` of its kind.
    let parameterRegions: [StorageRegion]
    /// Plans and slots by batch size (a full batch, and a smaller last one).
    let buffers: [BatchBuffers]
    /// The activation of each weight layer, at index l − 1.
    let activations: [Activation]
    /// The convolution of each weight layer that is one, at index l − 1.
    var convolutions: [Conv2DOp?]
    /// Whether each weight layer is a convolution, at index l − 1.
    let isConvolution: [Bool]
    /// The pooling of each stage that is one, by stage.
    var pools: [MaxPoolOp?]
    /// The rate of each dropout stage (0 for the other stages), by stage.
    let dropoutRates: [Double]
    var optimizer: OptimizerState
    /// Dropout masks, from the lesson's seed.
    var generator: SplitMix64
    /// The order of the examples in each epoch (shuffled per epoch from the seed when asked).
    private let batchOrder: BatchOrder
    private(set) var order: [Int]
    /// Whether every batch is the whole data set in its order: the data are then copied into
    /// the slots of `X` and `y` once, at the start, and never gathered again.
    let batchIsData: Bool
    /// Whether every number of ``inputs`` and ``targets`` is finite: their steps need no check.
    let dataIsFinite: Bool
    /// Whether the parameters are known to be finite: at the start, if they are; after a batch,
    /// if it ran to the end (each update step checked its parameter). The steps that show them
    /// at the start of a batch then need no check.
    var parametersAreFinite: Bool

    /// The learning rate η.
    public var learningRate: Double { settings.learningRate }

    /// The steps of a full batch, in order.
    public var plan: EpochPlan { buffers[0].plan }

    /// The current weights and biases.
    public var parameters: Parameters {
        let depth = activations.count
        return Parameters(weights: parameterRegions[0..<depth].map(storage.matrix(at:)),
                          biases: parameterRegions[depth..<(2 * depth)].map(storage.matrix(at:)))
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

        var layout = StorageLayout()
        let matrices = parameters.weights + parameters.biases
        parameterRegions = layout.add(matrices) + layout.add(matrices)
        var buffers = [BatchBuffers(spec: spec, settings: settings, rows: rows, parameters: parameterRegions,
                                    storage: &layout, firstView: 0)]
        let remainder = inputs.rows % rows
        if remainder != 0 {
            buffers.append(BatchBuffers(spec: spec, settings: settings, rows: remainder, parameters: parameterRegions,
                                        storage: &layout, firstView: buffers[0].regions.count))
        }
        self.buffers = buffers
        storage = TrainerStorage(count: layout.count, buffers: buffers)
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
        dataIsFinite = inputs.withUnsafeMatrix(\.isFinite) && targets.withUnsafeMatrix(\.isFinite)
        parametersAreFinite = matrices.allSatisfy { $0.withUnsafeMatrix(\.isFinite) }

        for (region, matrix) in zip(parameterRegions, matrices) { storage.place(matrix, at: region) }
        if batchIsData {
            for action in buffers[0].actions {
                switch action {
                case .inputs(let slot): storage.place(inputs, at: buffers[0].regions[slot])
                case .targets(let slot): storage.place(targets, at: buffers[0].regions[slot])
                default: break
                }
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
}
