/// A run ready to be stepped through: its header, the epochs kept in full, and every loss.
///
/// Built from the events of a ``MemorySink`` (a lesson trained now) or of a ``TraceFile`` (a
/// saved trace); the stepper does not know which.
public struct Recording: Sendable {
    /// The run.
    public let header: TraceHeader
    /// The epochs that kept every step, in order.
    public let epochs: [EpochRecord]
    /// The loss of each epoch that recorded one, in epoch order.
    public let losses: [(epoch: Int, loss: Double)]

    /// Groups `events` (in sequence order) by epoch.
    ///
    /// An epoch counts as kept when it has more than its loss event; an epoch cut short by an
    /// error (a NaN, a crash) is kept with the steps it has.
    public init(header: TraceHeader, events: [TraceEvent]) {
        self.header = header
        var epochs: [EpochRecord] = []
        var losses: [(epoch: Int, loss: Double)] = []
        var current: [TraceEvent] = []
        func close() {
            if current.count > 1 || (current.first.map { $0.operation != .meanSquaredError } ?? false) {
                epochs.append(EpochRecord(epoch: current[0].epoch, events: current))
            }
            current = []
        }
        for event in events {
            if let first = current.first, first.epoch != event.epoch { close() }
            current.append(event)
            if event.operation == .meanSquaredError, let value = event.values?.elements.first {
                losses.append((event.epoch, value))
            }
        }
        if !current.isEmpty { close() }
        self.epochs = epochs
        self.losses = losses
    }

    /// The index in ``epochs`` of the kept epoch nearest to `epoch` (the earlier of two equally
    /// near), or `nil` if none is kept.
    public func nearestKeptEpochIndex(to epoch: Int) -> Int? {
        epochs.indices.min { abs(epochs[$0].epoch - epoch) < abs(epochs[$1].epoch - epoch) }
    }

    /// The last loss recorded at or before `epoch`.
    public func loss(atOrBefore epoch: Int) -> Double? {
        losses.last { $0.epoch <= epoch }?.loss
    }
}

/// The steps of one epoch that was kept in full.
public struct EpochRecord: Sendable, Equatable {
    /// The epoch, from 1.
    public let epoch: Int
    /// Its events, step 1 first.
    public let events: [TraceEvent]

    /// An epoch and its events.
    public init(epoch: Int, events: [TraceEvent]) {
        self.epoch = epoch
        self.events = events
    }

    /// The latest value of each name at or before step index `index` (0-based) of this epoch:
    /// what the formula of that step could see. `W2` is the epoch-start value until the step
    /// that updates it.
    public func values(upTo index: Int) -> [String: Matrix] {
        var values: [String: Matrix] = [:]
        for event in events[...min(index, events.count - 1)] {
            if let matrix = event.values { values[event.name] = matrix }
        }
        return values
    }
}
