/// The kind of computation a trace event records.
///
/// The raw value is what the trace file writes in its `op` field, and it is the key the
/// annotation catalogs use. New layer kinds add cases here; readers of older traces keep working
/// because unknown values are kept as ``unknown(_:)``.
public enum OperationKind: Hashable, Sendable, RawRepresentable {
    /// A data matrix given by the lesson: `X` or `y`.
    case data
    /// A parameter's value at the start of the epoch: `W1`, `b1`, …
    case parameter
    /// `Z = A·W + b`: a dense layer's weighted sum.
    case affine
    /// `A = σ(Z)`: the logistic activation.
    case sigmoid
    /// `error = y − A`: the notes' residual, expected output minus prediction.
    case residual
    /// `loss = mean(error²)`: the mean squared error the notes plot (§2.3).
    case meanSquaredError
    /// `δ = error ⊙ f'(Z)`: the output layer's delta.
    case outputDelta
    /// `E = δ · Wᵀ`: a delta sent back through the weights it came from.
    case backpropagate
    /// `δ = E ⊙ f'(Z)`: a hidden layer's delta.
    case hiddenDelta
    /// `ΔW = η · Aᵀ · δ`: the adjustment of a weight matrix.
    case weightGradient
    /// `Δb = η · Σ δ`: the adjustment of a bias row, summed over the batch.
    case biasGradient
    /// `W ← W + ΔW`: a parameter after its adjustment.
    case update
    /// `A = H(Z)`: the perceptron's step, 1 where Z > 0.
    case heaviside
    /// `A = tanh(Z)`.
    case tanh
    /// `A = ReLU(Z) = max(0, Z)`.
    case relu
    /// `A = LeakyReLU(Z)`: Z where positive, 0.01·Z elsewhere.
    case leakyRelu
    /// `A = ELU(Z)`: Z where positive, e^Z − 1 elsewhere.
    case elu
    /// `A = GELU(Z) = Z·Φ(Z)`.
    case gelu
    /// `A = Swish(Z) = Z·σ(Z)`.
    case swish
    /// `A = softmax(Z)`, row by row: a probability per class.
    case softmax
    /// `A = Z`: no activation.
    case linear
    /// `Z = conv(A, W) + b`: a convolutional layer's filters over every patch.
    case conv2d
    /// `P = maxpool(A)`: the largest value of every 2×2 block.
    case maxPool
    /// `F = flatten(P)`: the maps of each example laid out as one row.
    case flatten
    /// `M`: which neurons dropout keeps (1) or switches off (0) in this batch.
    case dropoutMask
    /// `D = A ⊙ M / (1 − p)`: the activations that survive dropout.
    case dropout
    /// `loss = mean(|y − A|)`.
    case meanAbsoluteError
    /// `loss = −mean(y·ln A + (1 − y)·ln(1 − A))`.
    case binaryCrossEntropy
    /// `loss = −mean Σ y·ln A`: categorical cross-entropy.
    case crossEntropy
    /// `dA = ∂loss/∂A`: the loss's slope at the prediction.
    case lossGradient
    /// `δ = A − y`: softmax + cross-entropy (or sigmoid + binary cross-entropy) simplified (§3.2).
    case simplifiedDelta
    /// `δ = error`: the perceptron rule, no derivative (§1.1).
    case perceptronDelta
    /// `Error = δ ⋆ Wᵀ`: a convolutional layer's delta sent back to its input maps.
    case convBackpropagate
    /// `Error = unpool(E)`: each gradient goes back to the position of its block's maximum.
    case poolBackpropagate
    /// `Error = E ⊙ M / (1 − p)`: switched-off neurons send nothing back.
    case dropoutBackpropagate
    /// The mean loss of an epoch's batches.
    case epochLoss
    /// The loss on the held-out test examples after an epoch.
    case testLoss
    /// The fraction of examples whose largest output is the right class.
    case accuracy
    /// Early stopping fired: the test loss stopped improving.
    case earlyStop
    /// An operation this version does not know (from a newer trace).
    case unknown(String)

    /// Every known operation, for reading trace files.
    private static let known: [OperationKind] = [
        .data, .parameter, .affine, .sigmoid, .residual, .meanSquaredError, .outputDelta,
        .backpropagate, .hiddenDelta, .weightGradient, .biasGradient, .update,
        .heaviside,
        .tanh,
        .relu,
        .leakyRelu,
        .elu,
        .gelu,
        .swish,
        .softmax,
        .linear,
        .conv2d,
        .maxPool,
        .flatten,
        .dropoutMask,
        .dropout,
        .meanAbsoluteError,
        .binaryCrossEntropy,
        .crossEntropy,
        .lossGradient,
        .simplifiedDelta,
        .perceptronDelta,
        .convBackpropagate,
        .poolBackpropagate,
        .dropoutBackpropagate,
        .epochLoss,
        .testLoss,
        .accuracy,
        .earlyStop,
    ]

    /// The name written in trace files: `affine`, `output_delta`, …
    public var rawValue: String {
        switch self {
        case .data: return "data"
        case .parameter: return "parameter"
        case .affine: return "affine"
        case .sigmoid: return "sigmoid"
        case .residual: return "residual"
        case .meanSquaredError: return "mse"
        case .outputDelta: return "output_delta"
        case .backpropagate: return "backpropagate"
        case .hiddenDelta: return "hidden_delta"
        case .weightGradient: return "weight_gradient"
        case .biasGradient: return "bias_gradient"
        case .update: return "update"
        case .heaviside: return "heaviside"
        case .tanh: return "tanh"
        case .relu: return "relu"
        case .leakyRelu: return "leaky_relu"
        case .elu: return "elu"
        case .gelu: return "gelu"
        case .swish: return "swish"
        case .softmax: return "softmax"
        case .linear: return "linear"
        case .conv2d: return "conv2d"
        case .maxPool: return "max_pool"
        case .flatten: return "flatten"
        case .dropoutMask: return "dropout_mask"
        case .dropout: return "dropout"
        case .meanAbsoluteError: return "mae"
        case .binaryCrossEntropy: return "bce"
        case .crossEntropy: return "cross_entropy"
        case .lossGradient: return "loss_gradient"
        case .simplifiedDelta: return "simplified_delta"
        case .perceptronDelta: return "perceptron_delta"
        case .convBackpropagate: return "conv_backpropagate"
        case .poolBackpropagate: return "pool_backpropagate"
        case .dropoutBackpropagate: return "dropout_backpropagate"
        case .epochLoss: return "epoch_loss"
        case .testLoss: return "test_loss"
        case .accuracy: return "accuracy"
        case .earlyStop: return "early_stop"
        case .unknown(let name): return name
        }
    }

    /// The operation a trace file's `op` field names.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }
}
