/// Unbiased whole numbers and shuffles from ``SplitMix64``, spelled out so that a reference script
/// in any language draws the same ones.
///
/// The standard library's `shuffle(using:)` and `Int.random(in:using:)` would work, but their
/// algorithms are not specified and may change between Swift versions; a lesson's split and
/// batch order must not.
extension SplitMix64 {
    /// A whole number uniformly distributed in `0..<bound`.
    ///
    /// Taking `next() % bound` alone would favour small results, because 2⁶⁴ is rarely a multiple
    /// of `bound`. So draws below `threshold = 2⁶⁴ mod bound` are thrown away and drawn again;
    /// the `2⁶⁴ − threshold` draws left are an exact multiple of `bound`, and `x mod bound` is
    /// then exactly uniform. A draw is thrown away with probability `threshold / 2⁶⁴ < bound / 2⁶⁴`
    /// (below 10⁻¹³ for a million examples), so in practice each call takes one ``next()``.
    /// In Python: `t = 2**64 % n`, then `x = next()` until `x >= t`, and `x % n`.
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "the bound of a random whole number must be positive")
        let n = UInt64(bound)
        let threshold = (0 &- n) % n    // (2⁶⁴ − n) mod n = 2⁶⁴ mod n
        while true {
            let x = next()
            if x >= threshold { return Int(x % n) }
        }
    }

    /// Shuffles `elements` in place with the Fisher–Yates algorithm (Durstenfeld's version).
    ///
    /// For `i` from `count − 1` down to 1, swap element `i` with element `j = nextInt(below: i + 1)`
    /// (`j` may be `i` itself). Each of the `count!` orders comes out with the same probability,
    /// given unbiased draws, and the shuffle takes `count − 1` draws. This is the loop of Python's
    /// `random.shuffle`, with ``nextInt(below:)`` for its `_randbelow`.
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for i in stride(from: elements.count - 1, to: 0, by: -1) {
            let j = nextInt(below: i + 1)
            elements.swapAt(i, j)
        }
    }

    /// `0..<count` in a random order: the identity shuffled by ``shuffle(_:)``.
    public mutating func permutation(of count: Int) -> [Int] {
        var order = Array(0..<count)
        shuffle(&order)
        return order
    }
}
