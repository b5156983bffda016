/// The first line of a trace file: what run the events that follow come from.
///
/// Version 1 of the format began with the notes' dense sigmoid networks; the fields of the other
/// networks and training settings (`image`, layer types, `loss`, `batchSize`, `optimizer`, …)
/// were added to it as optional keys, so a header written before them still reads, with the
/// notes' defaults for what it does not say.
public struct TraceHeader: Equatable, Sendable {
    /// The value of the `format` field that marks a trace file.
    public static let formatName = "nnstep-trace"
    /// The format version this code writes and reads.
    public static let currentVersion = 1

    /// Format version of the file.
    public var version: Int
    /// The lesson's short name.
    public var lesson: String
    /// The lesson's title.
    public var title: String
    /// The label of the lesson's variant this run is (`η = 10`), or `nil` for the lesson itself.
    public var variant: String?
    /// The architecture.
    public var network: NetworkSpec
    /// Number of training examples (rows of `X`).
    public var examples: Int
    /// Number of held-out test examples; 0 when the lesson has none.
    public var testExamples: Int = 0
    /// The learning rate η.
    public var learningRate: Double
    /// Number of epochs of the run.
    public var epochs: Int
    /// What the network minimises.
    public var loss: Loss = .squaredError
    /// Examples per batch: ``examples`` for the whole batch at once (the notes), 1 for stochastic
    /// gradient descent, anything between for mini-batches.
    public var batchSize: Int
    /// Whether every epoch shuffles the examples.
    public var shuffle = false
    /// Whether gradients are summed or averaged over a batch.
    public var reduction: Reduction = .sum
    /// How adjustments are made from gradients.
    public var optimizer: Optimizer = .gradientDescent
    /// Strength λ of the L2 penalty on the weights; 0 for none.
    public var l2: Double = 0
    /// When training stops before its last epoch, if it may.
    public var earlyStopping: EarlyStopping?
    /// How the parameters not given by the lesson were drawn.
    public var initialization: Initialization = .uniform
    /// Seed of the initial parameters.
    public var seed: UInt64
    /// Which epochs carry every step.
    public var sampling: SamplingPolicy
    /// Number of steps in one epoch.
    public var stepsPerEpoch: Int

    /// A header of the notes' training loop (squared error, whole batch, gradient descent) with
    /// every field of that loop given; the other settings can be changed afterwards.
    public init(version: Int = TraceHeader.currentVersion, lesson: String, title: String, network: NetworkSpec,
                examples: Int, learningRate: Double, epochs: Int, seed: UInt64, sampling: SamplingPolicy,
                stepsPerEpoch: Int) {
        self.version = version
        self.lesson = lesson
        self.title = title
        self.network = network
        self.examples = examples
        self.learningRate = learningRate
        self.epochs = epochs
        self.batchSize = examples
        self.seed = seed
        self.sampling = sampling
        self.stepsPerEpoch = stepsPerEpoch
    }

    /// The header of a run of `lesson` with its settings; `variant` is the label of the variant
    /// the lesson was made from with ``Lesson/applying(_:)``, if it was.
    public init(lesson: Lesson, variant: String? = nil) {
        let examples = lesson.inputs.rows
        let batchSize = min(lesson.training.batchSize ?? examples, examples)
        self.init(lesson: lesson.name, title: lesson.title, network: lesson.network, examples: examples,
                  learningRate: lesson.training.learningRate, epochs: lesson.training.epochs,
                  seed: lesson.training.seed, sampling: lesson.training.sampling,
                  stepsPerEpoch: EpochPlan(spec: lesson.network, settings: lesson.training, rows: batchSize).count)
        self.variant = variant
        self.testExamples = lesson.testSet?.inputs.rows ?? 0
        self.training = lesson.training
    }

    /// The training settings the header records (`batchSize` `nil` when a batch is every example).
    public var training: TrainingSettings {
        get {
            var settings = TrainingSettings(learningRate: learningRate, epochs: epochs, seed: seed, sampling: sampling)
            settings.loss = loss
            settings.batchSize = batchSize < examples ? batchSize : nil
            settings.shuffle = shuffle
            settings.reduction = reduction
            settings.optimizer = optimizer
            settings.l2 = l2
            settings.earlyStopping = earlyStopping
            settings.initialization = initialization
            return settings
        }
        set {
            learningRate = newValue.learningRate
            epochs = newValue.epochs
            seed = newValue.seed
            sampling = newValue.sampling
            loss = newValue.loss
            batchSize = min(newValue.batchSize ?? examples, examples)
            shuffle = newValue.shuffle
            reduction = newValue.reduction
            optimizer = newValue.optimizer
            l2 = newValue.l2
            earlyStopping = newValue.earlyStopping
            initialization = newValue.initialization
        }
    }
}
