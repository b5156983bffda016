/// One run of a lesson that compares several: the same network and data with a few settings
/// changed — the learning rates of §2.3, sigmoid against ReLU in §3.1, AND/OR/XOR targets in §1.
public struct LessonVariant: Equatable, Sendable {
    /// What the comparison calls this run: `η = 10`, `ReLU`, `AND`.
    public var label: String
    /// Another learning rate.
    public var learningRate: Double?
    /// Another seed.
    public var seed: UInt64?
    /// Another number of epochs.
    public var epochs: Int?
    /// Another activation for every hidden layer (the output layer keeps its own).
    public var hiddenActivation: Activation?
    /// Other expected outputs for the same inputs.
    public var targets: Matrix?

    /// A variant changing what is given.
    public init(label: String, learningRate: Double? = nil, seed: UInt64? = nil, epochs: Int? = nil,
                hiddenActivation: Activation? = nil, targets: Matrix? = nil) {
        self.label = label
        self.learningRate = learningRate
        self.seed = seed
        self.epochs = epochs
        self.hiddenActivation = hiddenActivation
        self.targets = targets
    }

    /// Applies the changes to `lesson`.
    func apply(to lesson: inout Lesson) {
        if let learningRate { lesson.training.learningRate = learningRate }
        if let seed { lesson.training.seed = seed }
        if let epochs { lesson.training.epochs = epochs }
        if let targets { lesson.targets = targets }
        if let hiddenActivation {
            let lastWeightLayer = lesson.network.layers.lastIndex { $0.hasWeights }
            for index in lesson.network.layers.indices where lesson.network.layers[index].hasWeights
                && index != lastWeightLayer {
                lesson.network.layers[index].activation = hiddenActivation
            }
        }
    }
}
