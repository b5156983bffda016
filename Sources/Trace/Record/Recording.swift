/// A run ready to be stepped through: its header, the epochs kept in full, and every loss.
///
/// Built from the events of a ``MemorySink`` (a lesson trained now), of a ``TraceFile`` (a saved
/// trace read whole), or from a ``TraceIndex`` (a saved trace whose values are read when they
/// are shown); the stepper does not know which.
public struct Recording: Sendable {
    /// The run.
    public let header: TraceHeader
    /// The epochs that kept every step, in order. For a trace opened with a ``TraceIndex``, an
    /// epoch's events are read from the file when it is asked for: use ``KeptEpochs/number(at:)``,
    /// ``KeptEpochs/stepCount(at:)`` and ``KeptEpochs/summary(_:ofEpochAt:)`` to move without
    /// reading values.
    public let epochs: KeptEpochs
    /// The loss of each epoch that recorded one, in epoch order.
    public let losses: [(epoch: Int, loss: Double)]
    /// Whether ``losses`` are in increasing epoch order (so that they can be searched by halves).
    private let lossesAreSorted: Bool

    /// The operations whose value is an epoch's loss, the one every epoch records: the events
    /// that make ``losses``, read even from the epochs that keep nothing else.
    public static let lossOperations: Set<OperationKind> = [
        .meanSquaredError, .meanAbsoluteError, .binaryCrossEntropy, .crossEntropy, .epochLoss,
    ]

    /// Adds an epoch's loss to `losses`; a later loss of the same epoch replaces the earlier
    /// one, so that an epoch of several batches counts the mean of its batches (`epoch_loss`,
    /// its last event), not the loss of the one batch it recorded in full.
    static func addLoss(_ loss: (epoch: Int, loss: Double), to losses: inout [(epoch: Int, loss: Double)]) {
        if let last = losses.last, last.epoch == loss.epoch {
            losses[losses.count - 1] = loss
        } else {
            losses.append(loss)
        }
    }

    /// Groups `events` (in sequence order) by epoch.
    ///
    /// An epoch counts as kept when it has a step besides its loss and its summary (epochs that
    /// keep nothing else still record those); an epoch cut short by an error (a NaN, a crash) is
    /// kept with the steps it has.
    public init(header: TraceHeader, events: [TraceEvent]) {
        self.header = header
        var epochs: [EpochRecord] = []
        var losses: [(epoch: Int, loss: Double)] = []
        var current: [TraceEvent] = []
        func close() {
            if current.contains(where: { !Self.lossOperations.contains($0.operation) && $0.phase != .summary }) {
                epochs.append(EpochRecord(epoch: current[0].epoch, events: current))
            }
            current = []
        }
        for event in events {
            if let first = current.first, first.epoch != event.epoch { close() }
            current.append(event)
            if Self.lossOperations.contains(event.operation), let value = event.values?.elements.first {
                Self.addLoss((event.epoch, value), to: &losses)
            }
        }
        if !current.isEmpty { close() }
        self.epochs = KeptEpochs(epochs)
        self.losses = losses
        self.lossesAreSorted = Self.sorted(losses)
    }

    /// The run of the trace `index` opened: its epochs are read from the file when asked for.
    public init(index: TraceIndex) {
        header = index.header
        epochs = KeptEpochs(index)
        losses = index.losses
        lossesAreSorted = Self.sorted(index.losses)
    }

    /// The first error met reading a trace's events after it was opened (a line damaged in its
    /// values, a file written again meanwhile), or `nil`. Where it was met, the epoch holds
    /// stand-ins without values (see ``TraceIndex/placeholder(_:ofEpochAt:)``): whoever shows
    /// what it read must check this first and report the error instead.
    public var damage: TraceFormatError? { epochs.damage }

    /// The index in ``epochs`` of the kept epoch nearest to `epoch` (the earlier of two equally
    /// near), or `nil` if none is kept.
    public func nearestKeptEpochIndex(to epoch: Int) -> Int? {
        epochs.indices.min { abs(epochs.number(at: $0) - epoch) < abs(epochs.number(at: $1) - epoch) }
    }

    /// The last loss recorded at or before `epoch`.
    public func loss(atOrBefore epoch: Int) -> Double? {
        guard lossesAreSorted else { return losses.last { $0.epoch <= epoch }?.loss }
        var low = 0, high = losses.count   // the first loss after `epoch` is in low…high
        while low < high {
            let middle = (low + high) / 2
            if losses[middle].epoch <= epoch { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? losses[low - 1].loss : nil
    }

    private static func sorted(_ losses: [(epoch: Int, loss: Double)]) -> Bool {
        zip(losses, losses.dropFirst()).allSatisfy { $0.epoch <= $1.epoch }
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
