extension SamplingPolicy {
    /// How many epochs of a run of `total` epochs keep all their steps: those the policy keeps,
    /// and those of `extra` (epochs a student asked for) between 1 and `total` that it does not.
    ///
    /// Counted without going through the epochs, so that it is instant for ten million:
    /// `min(first, total)` epochs at the start, the multiples of `every` after them, and the last
    /// epoch when it is none of those.
    public func keptCount(of total: Int, extra: Set<Int> = []) -> Int {
        guard total > 0 else { return 0 }
        let start = min(max(first, 0), total)
        var count = start
        if every > 0 { count += total / every - start / every }
        if last, total > start, every <= 0 || total % every != 0 { count += 1 }
        return count + extra.filter { (1...total).contains($0) && !keeps(epoch: $0, of: total) }.count
    }
}
