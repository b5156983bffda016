/// The moments of one training step, in the order the notes teach them (§2.1).
public enum Phase: String, Sendable, CaseIterable {
    /// Matrix products and activations from the input to the prediction.
    case forward
    /// How far the prediction is from the expected output, and the loss.
    case error
    /// The error travelling back: the deltas of every layer.
    case backward
    /// The adjustments ΔW, Δb and the new weights.
    case update
    /// What an epoch ended with: its mean loss, the test loss, accuracy, early stopping.
    case summary
}
