/// Finds the first epoch whose final parameters repeat, exactly, those of an earlier epoch, as a
/// run goes: one snapshot per epoch end, none kept once a repeat is found.
///
/// "Exactly" is bit for bit: two snapshots are equal when every value has the same bit pattern
/// (so `0.0` and `−0.0` differ, and rounding noise never passes for a repeat). Snapshots are
/// looked up by a hash of their bits and then compared in full, so a hash collision cannot fake
/// a cycle. Memory is bounded: once `maximumValues` numbers are stored, later snapshots are no
/// longer kept, so a repeat of one of them goes unnoticed (``isComplete`` turns false).
public struct ParameterHistory: Sendable {
    /// How many numbers the history may store by default: 4 million doubles, 32 MB — 5,000 epochs
    /// of a network of 800 parameters.
    public static let defaultMaximumValues = 4_000_000

    /// The first repeat found, if any.
    public private(set) var cycle: ParameterCycle?
    /// False once a snapshot could not be kept for lack of room: a cycle that returns to it would
    /// not be found.
    public private(set) var isComplete = true

    private let maximumValues: Int
    private var storedValues = 0
    /// The epochs stored, by hash of their snapshot.
    private var epochsByHash: [Int: [Int]] = [:]
    /// The snapshots stored, by epoch.
    private var snapshots: [Int: [UInt64]] = [:]

    /// An empty history that keeps at most `maximumValues` numbers.
    public init(maximumValues: Int = ParameterHistory.defaultMaximumValues) {
        self.maximumValues = maximumValues
    }

    /// Adds the parameters at the end of `epoch` (0: the initial ones); epochs come in order.
    public mutating func record(epoch: Int, values: [Double]) {
        guard cycle == nil else { return }
        let bits = values.map(\.bitPattern)
        var hasher = Hasher()
        for bit in bits { hasher.combine(bit) }
        let hash = hasher.finalize()
        for earlier in epochsByHash[hash] ?? [] where snapshots[earlier] == bits {
            cycle = ParameterCycle(start: earlier, repeatEpoch: epoch)
            epochsByHash = [:]
            snapshots = [:]
            return
        }
        guard storedValues + bits.count <= maximumValues else {
            isComplete = false
            return
        }
        storedValues += bits.count
        epochsByHash[hash, default: []].append(epoch)
        snapshots[epoch] = bits
    }

    /// Adds `parameters` at the end of `epoch`: every weight, then every bias, in layer order.
    public mutating func record(epoch: Int, parameters: Parameters) {
        record(epoch: epoch, values: parameters.weights.flatMap(\.elements) + parameters.biases.flatMap(\.elements))
    }
}
