/// How a lesson trains: learning rate, epochs, seed, batches, loss, optimiser, and which epochs
/// a trace keeps in full.
///
/// The defaults are the notes' XOR loop (§2): the notes' squared error, the whole data set as
/// one batch, gradients summed over the batch, plain gradient descent.
public struct TrainingSettings: Equatable, Sendable {
    /// The learning rate η.
    public var learningRate: Double
    /// Number of epochs.
    public var epochs: Int
    /// Seed of the generator that draws the initial parameters, shuffles and dropout masks.
    public var seed: UInt64
    /// Which epochs keep every step.
    public var sampling: SamplingPolicy
    /// What the network minimises.
    public var loss: Loss = .squaredError
    /// Examples per batch; `nil` trains on all of them at once (batch mode), 1 is stochastic.
    public var batchSize: Int?
    /// Whether the examples are shuffled at the start of every epoch (mini-batch and stochastic).
    public var shuffle: Bool = false
    /// Whether gradients are summed over the batch (the notes' code) or averaged (η/|batch|).
    public var reduction: Reduction = .sum
    /// How the adjustments are made from the gradients.
    public var optimizer: Optimizer = .gradientDescent
    /// Strength λ of the L2 penalty `½·λ·‖W‖²` on every weight matrix (not on biases); 0 for none.
    public var l2: Double = 0
    /// Stop when the test loss has not improved for this many epochs (needs a test set).
    public var earlyStopping: EarlyStopping?
    /// How the parameters not given in the lesson are drawn.
    public var initialization: Initialization = .uniform

    /// Settings for the notes' XOR loop with the given numbers.
    public init(learningRate: Double, epochs: Int, seed: UInt64, sampling: SamplingPolicy) {
        self.learningRate = learningRate
        self.epochs = epochs
        self.seed = seed
        self.sampling = sampling
    }
}

/// How a batch's gradients are combined.
public enum Reduction: String, Equatable, Sendable, CaseIterable {
    /// Summed: `ΔW = η·Aᵀ·δ`, as the notes' code.
    case sum
    /// Averaged: `ΔW = (η/|batch|)·Aᵀ·δ`, as PyTorch's losses.
    case mean
}

/// The rule that turns gradients into adjustments.
public enum Optimizer: Equatable, Sendable {
    /// `ΔW = η·g`: plain gradient descent (batch, stochastic or mini-batch, by the batch size).
    case gradientDescent
    /// `V ← μ·V + η·g`, `ΔW = V`: a ball rolling downhill keeps part of its speed.
    case momentum(Double)
    /// Adam: running means of the gradient and of its square, bias-corrected, with the given
    /// decay rates β₁, β₂ and ε.
    case adam(beta1: Double, beta2: Double, epsilon: Double)

    /// The name lesson files use: `sgd`, `momentum`, `adam`.
    public var name: String {
        switch self {
        case .gradientDescent: return "sgd"
        case .momentum: return "momentum"
        case .adam: return "adam"
        }
    }
}

/// When to stop before the last epoch.
public struct EarlyStopping: Equatable, Sendable {
    /// Epochs without a new best test loss before stopping.
    public var patience: Int
    /// How much lower than the best a test loss must be to count as better.
    public var minimumImprovement: Double

    /// Stop after `patience` epochs without the test loss improving by more than `minimumImprovement`.
    public init(patience: Int, minimumImprovement: Double = 0) {
        self.patience = patience
        self.minimumImprovement = minimumImprovement
    }
}

/// How initial weights are drawn (biases start at 0 except with ``uniform``).
public enum Initialization: String, Equatable, Sendable, CaseIterable {
    /// Every weight and bias uniform in `[−1, 1)`: the notes' `np.random.uniform`.
    case uniform
    /// Weights uniform in `±√(6/(in + out))` (Xavier/Glorot, §2.3 mentions it), biases 0.
    case xavier
    /// Weights uniform in `±√(6/in)` (He, for ReLU layers), biases 0.
    case he
}
