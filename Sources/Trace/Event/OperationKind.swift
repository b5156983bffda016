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
    /// An operation this version does not know (from a newer trace).
    case unknown(String)

    /// Every known operation, for reading trace files.
    private static let known: [OperationKind] = [
        .data, .parameter, .affine, .sigmoid, .residual, .meanSquaredError, .outputDelta,
        .backpropagate, .hiddenDelta, .weightGradient, .biasGradient, .update,
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
        case .unknown(let name): return name
        }
    }

    /// The operation a trace file's `op` field names.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }
}
