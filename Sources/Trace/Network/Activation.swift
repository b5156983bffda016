import Foundation

/// An element-wise activation function `A = f(Z)` and its derivative.
///
/// The raw value is the name lesson files and traces use.
public enum Activation: String, Sendable, CaseIterable {
    /// The logistic function `σ(z) = 1 / (1 + e^(−z))`, with `σ'(z) = σ(z)·(1 − σ(z))`.
    case sigmoid

    /// `f(z)` for one element.
    public func apply(_ z: Double) -> Double {
        switch self {
        case .sigmoid: return 1 / (1 + exp(-z))
        }
    }

    /// `f'(z)` for one element, from the input `z` and the output `a = f(z)`.
    ///
    /// The sigmoid uses only the output, as the notes' `sigmoid_derivative(a) = a * (1 - a)`.
    public func derivative(z: Double, a: Double) -> Double {
        switch self {
        case .sigmoid: return a * (1 - a)
        }
    }

    /// The operation a trace records for this activation.
    public var operation: OperationKind {
        switch self {
        case .sigmoid: return .sigmoid
        }
    }

    /// The function's symbol in formulas: `σ`.
    public var symbol: String {
        switch self {
        case .sigmoid: return "σ"
        }
    }
}
