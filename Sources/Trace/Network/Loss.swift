/// A loss: how far a prediction `A` is from the targets `y`.
///
/// Each loss has a per-example value `ℓ` whose gradient the network descends, and a number it
/// reports per batch or epoch (the one plotted). ``LossOp`` computes both. The raw value is the
/// name lesson files and traces use.
///
/// | case | per example `ℓ` (row of `A`, `y`) | reported value |
/// |---|---|---|
/// | ``squaredError`` | `½·Σⱼ (yⱼ − aⱼ)²` | `mean((y − A)²)` over all elements |
/// | ``meanAbsoluteError`` | `Σⱼ |yⱼ − aⱼ|` | `mean(|y − A|)` over all elements |
/// | ``binaryCrossEntropy`` | `−Σⱼ [yⱼ·ln aⱼ + (1 − yⱼ)·ln(1 − aⱼ)]` | mean over all elements |
/// | ``crossEntropy`` | `−Σⱼ yⱼ·ln aⱼ` | mean over the rows (examples) |
public enum Loss: String, Sendable, CaseIterable {
    /// The notes' squared error (§2.3, §3.2): `ℓ = ½·Σⱼ (yⱼ − aⱼ)²` (the ½ cancels when deriving),
    /// reported as `mean(error²)`, the notes' `np.mean(np.square(error))`.
    case squaredError = "mse"
    /// The absolute error: `ℓ = Σⱼ |yⱼ − aⱼ|`, reported as `mean(|y − A|)` (PyTorch's `L1Loss`).
    case meanAbsoluteError = "mae"
    /// Binary cross-entropy for outputs in `(0, 1)` (a sigmoid per output):
    /// `ℓ = −Σⱼ [yⱼ·ln aⱼ + (1 − yⱼ)·ln(1 − aⱼ)]`, reported as the mean over all elements
    /// (PyTorch's `BCELoss`).
    case binaryCrossEntropy = "bce"
    /// Categorical cross-entropy for a softmax output (notes §3.2): `ℓ = −Σⱼ yⱼ·ln aⱼ`, which for a
    /// one-hot `y` is `−ln` of the right class's probability; reported as the mean over the
    /// examples (PyTorch's `NLLLoss` after `log_softmax`).
    case crossEntropy = "cross_entropy"

    /// The operation a trace records for the reported value.
    public var operation: OperationKind {
        switch self {
        case .squaredError: return .meanSquaredError
        case .meanAbsoluteError: return .meanAbsoluteError
        case .binaryCrossEntropy: return .binaryCrossEntropy
        case .crossEntropy: return .crossEntropy
        }
    }
}
