/// A lesson: a network, its data and how to train it, as read from a lesson file.
///
/// Lessons are data (`Lessons/*.json`), never code; `docs/lesson-format.md` describes the file.
public struct Lesson: Equatable, Sendable {
    /// Short name, used on the command line: `xor`.
    public var name: String
    /// Title shown on the stepper and on slides.
    public var title: String
    /// One line saying what the lesson teaches, for `nnstep lessons`.
    public var summary: String
    /// The section of the course notes the lesson follows, e.g. `§2`.
    public var section: String?
    /// The architecture.
    public var network: NetworkSpec
    /// The inputs, one example per row.
    public var inputs: Matrix
    /// The expected outputs, one example per row.
    public var targets: Matrix
    /// Training settings.
    public var training: TrainingSettings
    /// Explicit initial parameters, keyed `W1`, `b1`, …; the missing ones are drawn from the seed.
    public var initialValues: [String: Matrix]

    /// A lesson with every field given.
    public init(name: String, title: String, summary: String, section: String?, network: NetworkSpec,
                inputs: Matrix, targets: Matrix, training: TrainingSettings, initialValues: [String: Matrix]) {
        self.name = name
        self.title = title
        self.summary = summary
        self.section = section
        self.network = network
        self.inputs = inputs
        self.targets = targets
        self.training = training
        self.initialValues = initialValues
    }

    /// The initial parameters: the explicit ones, the rest from the seeded generator.
    public var initialParameters: Parameters {
        var generator = SplitMix64(seed: training.seed)
        return Parameters.initial(for: network, given: initialValues, generator: &generator)
    }

    /// A trainer positioned before epoch 1.
    public func makeTrainer() -> Trainer {
        Trainer(spec: network, inputs: inputs, targets: targets, learningRate: training.learningRate,
                parameters: initialParameters)
    }
}

/// How a lesson trains: learning rate, epochs, seed, and which epochs a trace keeps in full.
public struct TrainingSettings: Equatable, Sendable {
    /// The learning rate η.
    public var learningRate: Double
    /// Number of epochs.
    public var epochs: Int
    /// Seed of the generator that draws the initial parameters not given explicitly.
    public var seed: UInt64
    /// Which epochs keep every step.
    public var sampling: SamplingPolicy

    /// Settings with every field given.
    public init(learningRate: Double, epochs: Int, seed: UInt64, sampling: SamplingPolicy) {
        self.learningRate = learningRate
        self.epochs = epochs
        self.seed = seed
        self.sampling = sampling
    }
}
