/// Which epochs of a run keep the values of every step; the others keep only their loss.
///
/// The default keeps the first 3 epochs, every 500th, and the last: a 5,000-epoch XOR run then
/// stores 13 full epochs (1, 2, 3, 500, 1000, …, 5000) and the loss alone of the other 4,987.
public struct SamplingPolicy: Equatable, Sendable {
    /// Epochs 1 … `first` are kept.
    public var first: Int
    /// Every epoch that is a multiple of `every` is kept (0: none).
    public var every: Int
    /// Whether the run's last epoch is kept.
    public var last: Bool

    /// A policy keeping the first `first` epochs, every `every`-th and, if `last`, the last one.
    public init(first: Int, every: Int, last: Bool) {
        self.first = first
        self.every = every
        self.last = last
    }

    /// First 3, every 500th, and the last.
    public static let `default` = SamplingPolicy(first: 3, every: 500, last: true)

    /// Every epoch.
    public static let all = SamplingPolicy(first: 0, every: 1, last: true)

    /// Whether `epoch` (from 1) of a run of `total` epochs keeps all its steps.
    public func keeps(epoch: Int, of total: Int) -> Bool {
        epoch <= first || (every > 0 && epoch % every == 0) || (last && epoch == total)
    }
}
