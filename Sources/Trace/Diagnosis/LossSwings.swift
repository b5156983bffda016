/// How often, and how far, a loss curve went up: gradient descent with a moderate η only goes
/// down, so every rise is a step that jumped past the bottom of the valley (§2.3).
public struct LossSwings: Equatable, Sendable {
    /// Epochs whose loss was higher than the epoch before.
    public var rises: Int
    /// The largest rise: the epoch it ended at, the loss before and the loss there.
    public var largest: Rise?

    /// One rise of the loss.
    public struct Rise: Equatable, Sendable {
        /// The epoch whose loss is higher than the one before.
        public var epoch: Int
        /// The loss of the epoch before.
        public var from: Double
        /// The loss of `epoch`.
        public var to: Double

        /// How much it went up.
        public var size: Double { to - from }
    }

    /// The rises of `losses[range]`, where `losses[0]` is epoch 1.
    public init(_ losses: [Double], in range: Range<Int>? = nil) {
        let range = range ?? losses.indices
        rises = 0
        largest = nil
        for index in range where index > 0 && losses[index] > losses[index - 1] {
            rises += 1
            let rise = Rise(epoch: index + 1, from: losses[index - 1], to: losses[index])
            if largest.map({ rise.size > $0.size }) ?? true { largest = rise }
        }
    }
}
