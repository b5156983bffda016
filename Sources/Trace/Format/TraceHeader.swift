/// The first line of a trace file: what run the events that follow come from.
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
    /// The architecture.
    public var network: NetworkSpec
    /// Number of examples in the batch (rows of `X`).
    public var examples: Int
    /// The learning rate η.
    public var learningRate: Double
    /// Number of epochs of the run.
    public var epochs: Int
    /// Seed of the initial parameters.
    public var seed: UInt64
    /// Which epochs carry every step.
    public var sampling: SamplingPolicy
    /// Number of steps in one epoch.
    public var stepsPerEpoch: Int

    /// A header with every field given.
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
        self.seed = seed
        self.sampling = sampling
        self.stepsPerEpoch = stepsPerEpoch
    }

    /// The header of a run of `lesson` with its settings.
    public init(lesson: Lesson) {
        self.init(lesson: lesson.name, title: lesson.title, network: lesson.network, examples: lesson.inputs.rows,
                  learningRate: lesson.training.learningRate, epochs: lesson.training.epochs,
                  seed: lesson.training.seed, sampling: lesson.training.sampling,
                  stepsPerEpoch: EpochPlan(spec: lesson.network, rows: lesson.inputs.rows).count)
    }
}
