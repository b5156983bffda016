/// Where the engine sends the events of training.
///
/// Recording is apart from computing: the ``Trainer`` asks the sink, once per epoch, whether it
/// wants that epoch's steps, and builds events only for what the sink wants. Every epoch's loss
/// is offered whenever ``recordsLoss`` is true, so a loss curve never has holes.
public protocol TraceSink {
    /// Whether the loss of every epoch is wanted.
    var recordsLoss: Bool { get }
    /// Whether every step of `epoch`, with its values, is wanted (not just the loss).
    func recordsAllSteps(ofEpoch epoch: Int) -> Bool
    /// Receives one event, in sequence order.
    mutating func record(_ event: TraceEvent) throws
    /// Told when epoch `epoch` has sent all its events.
    mutating func endEpoch(_ epoch: Int) throws
}

extension TraceSink {
    /// Nothing to do at the end of an epoch, by default.
    public mutating func endEpoch(_ epoch: Int) throws {}
}

/// A sink that wants nothing: training with it builds no events at all.
public struct DiscardingSink: TraceSink {
    /// A sink that records nothing.
    public init() {}
    public var recordsLoss: Bool { false }
    public func recordsAllSteps(ofEpoch epoch: Int) -> Bool { false }
    public mutating func record(_ event: TraceEvent) {}
}

/// A sink that keeps the events it is given in memory, for the stepper and for tests.
public struct MemorySink: TraceSink {
    /// Which epochs carry all their steps.
    public var sampling: SamplingPolicy
    /// The number of epochs of the run, which the policy needs to find the last one.
    public var totalEpochs: Int
    /// Epochs kept in full whatever the policy says (those a student asked to see).
    public var extraEpochs: Set<Int>
    /// The events received so far.
    public private(set) var events: [TraceEvent] = []

    /// A sink that keeps the epochs `sampling` chooses out of `totalEpochs`, and `extraEpochs`.
    public init(sampling: SamplingPolicy, totalEpochs: Int, extraEpochs: Set<Int> = []) {
        self.sampling = sampling
        self.totalEpochs = totalEpochs
        self.extraEpochs = extraEpochs
    }

    public var recordsLoss: Bool { true }
    public func recordsAllSteps(ofEpoch epoch: Int) -> Bool {
        extraEpochs.contains(epoch) || sampling.keeps(epoch: epoch, of: totalEpochs)
    }
    public mutating func record(_ event: TraceEvent) { events.append(event) }
}
