/// Why training stopped before its last epoch.
public enum TrainingError: Error, Equatable, Sendable {
    /// Step `step` of epoch `epoch` produced NaN or an infinity in `name` (its formula given),
    /// the first non-finite value of the run.
    case nonFinite(epoch: Int, step: Int, name: String, formula: String)
}
