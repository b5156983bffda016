import Foundation

/// An activation function `A = f(Z)` and its derivative.
///
/// The raw value is the name lesson files and traces use. Every case but ``softmax`` works
/// element by element: ``apply(_:)`` and ``derivative(z:a:)`` give `f(z)` and `f'(z)` of one
/// element. The softmax mixes the elements of a row (each output depends on the whole row), so it
/// has no per-element rule: ``ActivationOp`` computes it and its backward rule row by row
/// (``apply(_:)`` traps for it, ``derivative(z:a:)`` gives only its Jacobian's diagonal), and
/// ``isElementwise`` tells the two kinds apart.
public enum Activation: String, Sendable, CaseIterable {
    /// The perceptron's step (notes §1.2): `H(z) = 1` if `z > 0`, else `0`; `H'(z) = 0`.
    ///
    /// Its derivative is zero wherever it exists, so no gradient flows through it: the
    /// perceptron learns with its own rule (`w += η·error·x`), not by backpropagation.
    case heaviside
    /// The logistic function `σ(z) = 1 / (1 + e^(−z))`, with `σ'(z) = σ(z)·(1 − σ(z))`.
    case sigmoid
    /// The hyperbolic tangent, with `tanh'(z) = 1 − tanh²(z)`.
    case tanh
    /// `ReLU(z) = max(0, z)`, with `ReLU'(z) = 1` if `z > 0`, else `0` (also at `z = 0`, as the
    /// notes' `relu_derivative`, `z > 0`).
    case relu
    /// `z` if `z > 0`, else `α·z` with `α = ` ``leakyReLUSlope`` (0.01); the slope is `1` or `α`
    /// (`α` at `z = 0`).
    case leakyRelu = "leaky_relu"
    /// `z` if `z > 0`, else `α·(e^z − 1)` with `α = ` ``eluScale`` (1); the slope is `1` or `α·e^z`.
    case elu
    /// The exact GELU, `z·Φ(z) = ½·z·(1 + erf(z/√2))`, with `GELU'(z) = Φ(z) + z·φ(z)`, where
    /// `Φ` and `φ` are the standard normal distribution and density.
    case gelu
    /// `Swish(z) = z·σ(z)` (SiLU), with `Swish'(z) = σ(z)·(1 + z·(1 − σ(z)))`.
    case swish
    /// `softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ)` over each row: a probability per class (notes §3).
    ///
    /// Not element-wise: see ``ActivationOp/forward(_:_:into:)`` and
    /// ``ActivationOp/backward(_:z:a:_:into:)``.
    case softmax
    /// The identity `f(z) = z`, `f'(z) = 1`: no activation (the notes' last `nn.Linear`).
    case linear

    /// The slope `α` of ``leakyRelu`` for negative inputs: 0.01, PyTorch's default.
    public static let leakyReLUSlope = 0.01

    /// The scale `α` of ``elu`` for negative inputs: 1, PyTorch's default.
    public static let eluScale = 1.0

    /// Whether `f` works element by element (every case but ``softmax``).
    public var isElementwise: Bool { self != .softmax }

    /// `f(z)` for one element.
    ///
    /// - Precondition: the activation is element-wise; the softmax of a row is
    ///   ``ActivationOp/forward(_:_:into:)``.
    public func apply(_ z: Double) -> Double {
        switch self {
        case .heaviside: return z > 0 ? 1 : 0
        case .sigmoid: return 1 / (1 + exp(-z))
        case .tanh: return Foundation.tanh(z)
        case .relu: return z > 0 ? z : 0
        case .leakyRelu: return z > 0 ? z : Activation.leakyReLUSlope * z
        case .elu: return z > 0 ? z : Activation.eluScale * expm1(z)
        case .gelu: return 0.5 * z * (1 + erf(z * Activation.inverseSquareRootOfTwo))
        case .swish: return z * (1 / (1 + exp(-z)))
        case .softmax: preconditionFailure("the softmax is not element-wise: use ActivationOp.forward on the rows")
        case .linear: return z
        }
    }

    /// `f'(z)` for one element, from the input `z` and the output `a = f(z)`.
    ///
    /// The sigmoid and the tanh use only the output, as the notes' `sigmoid_derivative(a) =
    /// a * (1 - a)`; the others use the input.
    ///
    /// For the softmax this is only the diagonal of a row's Jacobian, `∂aᵢ/∂zᵢ = aᵢ·(1 − aᵢ)`
    /// (what a formula can show element by element): its backward rule also needs the other
    /// elements of the row, so it goes through ``ActivationOp/backward(_:z:a:_:into:)``.
    public func derivative(z: Double, a: Double) -> Double {
        switch self {
        case .heaviside: return 0
        case .sigmoid: return a * (1 - a)
        case .tanh: return 1 - a * a
        case .relu: return z > 0 ? 1 : 0
        case .leakyRelu: return z > 0 ? 1 : Activation.leakyReLUSlope
        case .elu: return z > 0 ? 1 : Activation.eluScale * exp(z)
        case .gelu:
            let cumulative = 0.5 * (1 + erf(z * Activation.inverseSquareRootOfTwo))
            let density = exp(-0.5 * z * z) * Activation.inverseSquareRootOfTwoPi
            return cumulative + z * density
        case .swish:
            let s = 1 / (1 + exp(-z))
            return s * (1 + z * (1 - s))
        case .softmax: return a * (1 - a)
        case .linear: return 1
        }
    }

    /// The operation a trace records for this activation (same name).
    public var operation: OperationKind {
        switch self {
        case .heaviside: return .heaviside
        case .sigmoid: return .sigmoid
        case .tanh: return .tanh
        case .relu: return .relu
        case .leakyRelu: return .leakyRelu
        case .elu: return .elu
        case .gelu: return .gelu
        case .swish: return .swish
        case .softmax: return .softmax
        case .linear: return .linear
        }
    }

    /// The function's symbol in formulas: `σ` in `A = σ(Z)`, `ReLU` in `ReLU'(Z)`, `id` for the
    /// identity.
    public var symbol: String {
        switch self {
        case .heaviside: return "H"
        case .sigmoid: return "σ"
        case .tanh: return "tanh"
        case .relu: return "ReLU"
        case .leakyRelu: return "LeakyReLU"
        case .elu: return "ELU"
        case .gelu: return "GELU"
        case .swish: return "Swish"
        case .softmax: return "softmax"
        case .linear: return "id"
        }
    }

    /// `1/√2`, for `Φ(z) = ½·(1 + erf(z/√2))`.
    private static let inverseSquareRootOfTwo = 1 / 2.0.squareRoot()
    /// `1/√(2π)`, for `φ(z) = e^(−z²/2)/√(2π)`.
    private static let inverseSquareRootOfTwoPi = 1 / (2 * Double.pi).squareRoot()
}
