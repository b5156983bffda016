extension Loss {
    /// The right-hand side of the loss step's formula, for a prediction written `prediction`.
    public func formula(prediction: String) -> String {
        switch self {
        case .squaredError: return "mean((y − \(prediction))²)"
        case .meanAbsoluteError: return "mean(|y − \(prediction)|)"
        case .binaryCrossEntropy: return "−mean(y·ln \(prediction) + (1 − y)·ln(1 − \(prediction)))"
        case .crossEntropy: return "−(1/|B|)·Σ y·ln \(prediction)"
        }
    }
}
