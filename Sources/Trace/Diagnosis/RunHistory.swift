/// What one training run leaves for its diagnosis: the loss of every epoch, the predictions at
/// the end, whether the parameters came back to an earlier state, and the size of every layer's
/// delta in epoch 1.
public struct RunHistory: Equatable, Sendable {
    /// The loss of each epoch that ran: `losses[0]` is epoch 1's.
    public var losses: [Double]
    /// The epochs the run was asked for (more than `losses.count` when it stopped early).
    public var plannedEpochs: Int
    /// The network's outputs for the training inputs after the last epoch, one row per example;
    /// `nil` when the run produced none (it stopped at a non-finite value).
    public var predictions: Matrix?
    /// The expected outputs, one row per example.
    public var targets: Matrix
    /// The training inputs, one row per example, when known (to say which points a line cannot
    /// separate).
    public var inputs: Matrix?
    /// The learning rate η of the run, when known: a loss that barely moves with a tiny η is
    /// slow, with a fair one it is stuck.
    public var learningRate: Double?
    /// Whether the run changes its parameters whenever an example is wrong and only then: the
    /// perceptron rule (a step output, one example at a time). Its epochs with mistakes always
    /// move the weights, so a repeat of the parameters with mistakes is a cycle, not a standstill.
    public var correctsEveryMistake: Bool
    /// The first return of the parameters, at an epoch end, to an earlier epoch's (searched only
    /// when an epoch is a fixed function of the parameters).
    public var cycle: ParameterCycle?
    /// The epoch whose values stopped being finite, when one did.
    public var failedEpoch: Int?
    /// `‖δ_l‖` of every layer in epoch 1 (its first batch), from the output layer down to the
    /// first hidden layer, as backpropagation computes them; empty when not measured.
    public var deltaNorms: [DeltaNorm]

    /// A history with every field given.
    public init(losses: [Double], plannedEpochs: Int, predictions: Matrix?, targets: Matrix, inputs: Matrix? = nil,
                learningRate: Double? = nil, correctsEveryMistake: Bool = false, cycle: ParameterCycle? = nil, failedEpoch: Int? = nil,
                deltaNorms: [DeltaNorm] = []) {
        self.losses = losses
        self.plannedEpochs = plannedEpochs
        self.predictions = predictions
        self.targets = targets
        self.inputs = inputs
        self.learningRate = learningRate
        self.correctsEveryMistake = correctsEveryMistake
        self.cycle = cycle
        self.failedEpoch = failedEpoch
        self.deltaNorms = deltaNorms
    }

    /// The loss of `epoch` (from 1), if it ran.
    public func loss(atEpoch epoch: Int) -> Double? {
        epoch >= 1 && epoch <= losses.count ? losses[epoch - 1] : nil
    }

    /// The last epoch that ran (0 when none did).
    public var lastEpoch: Int { losses.count }

    /// Whether every prediction rounds to its target: each output is within 0.5 of what it should
    /// be (for a step output, exactly right).
    public var predictsEveryExample: Bool {
        guard let predictions, predictions.shape == targets.shape else { return false }
        return zip(predictions.elements, targets.elements).allSatisfy { abs($0 - $1) < 0.5 }
    }

    /// How many examples have some output 0.5 or more away from its target.
    public var mistakes: Int? {
        guard let predictions, predictions.shape == targets.shape else { return nil }
        return (0..<targets.rows).filter { row in
            (0..<targets.columns).contains { abs(predictions[row, $0] - targets[row, $0]) >= 0.5 }
        }.count
    }
}

/// The size `‖δ_l‖ = √(Σ δ²)` of one layer's delta.
public struct DeltaNorm: Equatable, Sendable {
    /// The delta's canonical name: `delta_out`, `delta_hidden`, `delta_3`.
    public var name: String
    /// Its layer, from 1 (the first hidden layer) to `L` (the output layer).
    public var layer: Int
    /// Its Euclidean norm.
    public var norm: Double

    /// The norm of delta `name` of layer `layer`.
    public init(name: String, layer: Int, norm: Double) {
        self.name = name
        self.layer = layer
        self.norm = norm
    }
}
