/// The order in which each epoch visits the examples, and how it cuts them into mini-batches.
///
/// An epoch goes once through all `examples` examples, in batches of `batchSize` consecutive
/// positions of its order; the last batch is smaller when `batchSize` does not divide
/// `examples` (10 examples in batches of 4: positions 0–3, 4–7, 8–9). A batch size of at least
/// `examples` is the full batch of the notes.
///
/// With shuffling, the order of epoch `e` (from 1) depends only on the seed and `e`, never on the
/// epochs before it, so the stepper can jump to epoch 5000 without drawing 4999 orders:
///
///     master = SplitMix64(seed: seed ^ BatchOrder.salt)     // not advanced: read at random
///     key(e) = the e-th output of master (e = 1: its first ``SplitMix64/next()``)
///     order(e) = SplitMix64(seed: key(e)).permutation(of: examples)
///
/// The e-th output of a SplitMix64 seeded with `s` is the first output of one seeded with
/// `s + (e − 1)·γ` (γ = `0x9E3779B97F4A7C15`, its constant step), which is how it is reached
/// directly. Seeding epoch `e` with `seed + e` instead would be wrong: SplitMix64's streams from
/// nearby seeds overlap, shifted, and consecutive epochs would get related orders. The `salt`
/// keeps these numbers apart from those of the initial weights drawn from the same seed.
/// Without shuffling, every epoch visits the examples in the order of the data.
public struct BatchOrder: Equatable, Sendable {
    /// Number of examples in an epoch.
    public let examples: Int
    /// Examples per batch (the last batch may have fewer).
    public let batchSize: Int
    /// The seed of the shuffles.
    public let seed: UInt64
    /// Whether each epoch shuffles the examples; `false` keeps the data's order.
    public let shuffles: Bool

    /// `0x6261746368657321`, the ASCII of "batches!", mixed into the seed.
    public static let salt: UInt64 = 0x6261_7463_6865_7321

    /// SplitMix64's step γ, by which its state advances at each draw.
    static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The order of `examples` examples (at least 1) in batches of `batchSize` (at least 1).
    public init(examples: Int, batchSize: Int, seed: UInt64, shuffles: Bool = true) {
        precondition(examples >= 1 && batchSize >= 1, "an epoch needs at least one example and one per batch")
        self.examples = examples
        self.batchSize = batchSize
        self.seed = seed
        self.shuffles = shuffles
    }

    /// Number of batches in an epoch: `⌈examples / batchSize⌉`.
    public var batchCount: Int { (examples + batchSize - 1) / batchSize }

    /// The positions in an epoch's order of each batch: `0..<B`, `B..<2B`, …, the last one
    /// ending at `examples`. The same for every epoch.
    public var batchRanges: [Range<Int>] {
        stride(from: 0, to: examples, by: batchSize).map { $0..<min($0 + batchSize, examples) }
    }

    /// The examples (indices from 0) in the order epoch `epoch` (from 1) visits them.
    public func order(epoch: Int) -> [Int] {
        precondition(epoch >= 1, "epochs count from 1")
        guard shuffles else { return Array(0..<examples) }
        var master = SplitMix64(seed: (seed ^ Self.salt) &+ UInt64(epoch - 1) &* Self.gamma)
        var generator = SplitMix64(seed: master.next())
        return generator.permutation(of: examples)
    }

    /// The examples of each batch of epoch `epoch` (from 1), in order.
    public func batches(epoch: Int) -> [[Int]] {
        let order = order(epoch: epoch)
        return batchRanges.map { Array(order[$0]) }
    }
}
