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
    /// The training inputs, one example per row.
    public var inputs: Matrix
    /// The expected training outputs, one example per row.
    public var targets: Matrix
    /// Held-out examples, never trained on: the test loss and accuracy of every epoch, and
    /// early stopping, are measured on them.
    public var testSet: HeldOutSet?
    /// Runs to compare with this one (other η, activation, targets…); empty for most lessons.
    public var variants: [LessonVariant] = []
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
        return Parameters.initial(for: network, given: initialValues, initialization: training.initialization,
                                  generator: &generator)
    }

    /// A trainer positioned before epoch 1.
    public func makeTrainer() -> Trainer {
        Trainer(spec: network, inputs: inputs, targets: targets, settings: training, parameters: initialParameters,
                test: testSet)
    }

    /// This lesson with `variant`'s changes applied.
    public func applying(_ variant: LessonVariant) -> Lesson {
        var lesson = self
        variant.apply(to: &lesson)
        lesson.variants = []
        return lesson
    }
}

/// Examples kept apart from training.
public struct HeldOutSet: Equatable, Sendable {
    /// Inputs, one example per row.
    public var inputs: Matrix
    /// Expected outputs, one example per row.
    public var targets: Matrix

    /// A held-out set.
    public init(inputs: Matrix, targets: Matrix) {
        self.inputs = inputs
        self.targets = targets
    }
}

