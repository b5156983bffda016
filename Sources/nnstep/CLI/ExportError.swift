/// A failure of `nnstep export` after its command line was understood.
enum ExportError: Error, Equatable {
    /// `--step` (or an item of `--steps`) past the steps of one epoch.
    case stepOutOfRange(Int, steps: Int)
    /// `--name` (or an item of `--steps`) names no step of the epoch; `names` are those it has.
    case unknownStepName(String, names: [String])
    /// A lesson or trace with no loss at all, so no curve to draw.
    case noLosses(path: String)

    /// Whether the failure is the command line's fault (exit status 2).
    var isUsage: Bool {
        switch self {
        case .stepOutOfRange, .unknownStepName: return true
        case .noLosses: return false
        }
    }
}
