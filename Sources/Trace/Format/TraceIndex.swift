import Foundation

/// A trace file opened for stepping through: read once to find where every event is, its values
/// read again only when they are shown.
///
/// Opening scans the file in chunks of 1 MiB: it finds the lines with `memchr`, reads the header
/// in full, and of each event only its epoch, step, phase, operation and name (and the value of
/// a loss), with ``TraceLineScanner``. What it keeps is the run's losses and, for each event of
/// a kept epoch, where its line is and those few fields: 32 bytes an event, about 32 MB for a
/// trace of a million events. Showing a step reads its epoch's lines back with `pread(2)` and
/// parses them; the last epochs read are kept, decoded, up to ``cacheBytes``.
///
/// So opening is as fast as reading the file once, and jumping anywhere costs one epoch's
/// lines. The file is not mapped into memory, so a trace of gigabytes does not count in the
/// process's memory.
///
/// What opening checks: the header as ``TraceFile/read(path:)`` does, that no line is longer
/// than the network allows, and those fields of every event; a line that the quick scan cannot
/// read is parsed in full, so it is accepted or refused with the same message as
/// ``TraceFile/read(path:)``. The other fields and the values of an event are checked when the
/// event is read: an error found then is thrown by ``epoch(at:)`` and ``event(_:ofEpochAt:)``, and
/// remembered as ``damage``. A cut last line is skipped with the same warning.
public final class TraceIndex: @unchecked Sendable {
    /// The run.
    public let header: TraceHeader
    /// What was odd about the file but did not stop the reading (a cut last line).
    public let warnings: [TraceWarning]
    /// How many complete events the file holds, in every epoch.
    public let eventCount: Int
    /// The epoch of the last complete event, or `nil` when there is none.
    public let lastEpoch: Int?
    /// The first event whose values hold NaN or an infinity, if any.
    public let firstNonFinite: TraceEvent?
    /// The loss of each epoch that recorded one, in file order.
    public let losses: [(epoch: Int, loss: Double)]

    /// The epochs kept in full, grouped as ``Recording/init(header:events:)`` groups them.
    let epochs: [Span]
    /// The events of the kept epochs, in file order.
    let entries: [Entry]
    /// The names and operations of the events, each once; entries hold their positions.
    let names: [String]
    let operations: [OperationKind]

    private let bytes: TraceBytes
    private let lock = NSLock()
    /// Decoded epochs, most recently used last.
    private var cache: [(index: Int, record: EpochRecord, bytes: Int)] = []
    private var firstDamage: TraceFormatError?

    /// Bytes of trace lines whose decoded epochs are kept for the next jump (at least one epoch
    /// is always kept).
    public static let cacheBytes = 8 << 20
    /// The most epochs kept decoded.
    public static let cacheEpochs = 64
    /// Bytes read from the file at a time while opening it.
    public static let chunkBytes = 1 << 20

    /// A kept epoch: its number and its events in ``entries``.
    struct Span: Equatable {
        var epoch: Int
        var first: Int
        var count: Int
    }

    /// Where an event's line is, and what the stepper needs to know of it without reading it.
    struct Entry: Equatable {
        /// Offset of the line's first byte in the file.
        var offset: Int
        /// Line number, from 1 (the header is line 1).
        var line: Int
        /// Length of the line without its newline (at most 64 MiB).
        var length: UInt32
        /// Index in ``names``.
        var name: UInt32
        /// Index in ``operations``.
        var operation: UInt32
        var phase: Phase
    }

    init(bytes: TraceBytes, header: TraceHeader, warnings: [TraceWarning], eventCount: Int, lastEpoch: Int?,
         firstNonFinite: TraceEvent?, losses: [(epoch: Int, loss: Double)], epochs: [Span], entries: [Entry],
         names: [String], operations: [OperationKind]) {
        self.bytes = bytes
        self.header = header
        self.warnings = warnings
        self.eventCount = eventCount
        self.lastEpoch = lastEpoch
        self.firstNonFinite = firstNonFinite
        self.losses = losses
        self.epochs = epochs
        self.entries = entries
        self.names = names
        self.operations = operations
    }

    /// Opens and indexes the trace at `path`.
    ///
    /// - Throws: the ``TraceFormatError`` ``TraceFile/read(path:)`` would throw for a file that
    ///   is not there, not a trace, of another version, or with a line that is not an event.
    public static func open(path: String) throws(TraceFormatError) -> TraceIndex {
        try Builder.index(TraceBytes(path: path), chunkBytes: chunkBytes)
    }

    /// Indexes `bytes` as if they were the file at `path`, reading `chunkBytes` at a time.
    public static func index(bytes: [UInt8], path: String, chunkBytes: Int = TraceIndex.chunkBytes) throws(TraceFormatError) -> TraceIndex {
        try Builder.index(TraceBytes(bytes: bytes, path: path), chunkBytes: chunkBytes)
    }

    /// The path of the file, as given.
    public var path: String { bytes.path }

    /// The first error met reading an event's line after the opening, if any.
    public var damage: TraceFormatError? {
        lock.lock()
        defer { lock.unlock() }
        return firstDamage
    }

    /// Remembers `error` as the ``damage``, if none was met before.
    func noteDamage(_ error: TraceFormatError) {
        lock.lock()
        defer { lock.unlock() }
        if firstDamage == nil { firstDamage = error }
    }

    /// How many epochs were kept in full.
    public var keptEpochCount: Int { epochs.count }

    /// The number (from 1) of kept epoch `index`.
    public func epochNumber(at index: Int) -> Int { epochs[index].epoch }

    /// How many steps kept epoch `index` holds.
    public func stepCount(at index: Int) -> Int { epochs[index].count }

    /// The name, phase and operation of step `step` (from 0) of kept epoch `index`.
    public func summary(_ step: Int, ofEpochAt index: Int) -> StepSummary {
        let entry = entries[epochs[index].first + step]
        return StepSummary(name: names[Int(entry.name)], phase: entry.phase,
                           operation: operations[Int(entry.operation)])
    }

    /// The events of kept epoch `index`, read from the file (or from the epochs read last).
    public func epoch(at index: Int) throws(TraceFormatError) -> EpochRecord {
        if let cached = cached(index) { return cached }
        let span = epochs[index]
        let first = entries[span.first], last = entries[span.first + span.count - 1]
        let start = first.offset, end = last.offset + Int(last.length)
        let data = try bytes.bytes(start..<end)
        var events: [TraceEvent] = []
        events.reserveCapacity(span.count)
        for position in span.first..<(span.first + span.count) {
            let entry = entries[position]
            events.append(try data.withUnsafeBufferPointer { buffer throws(TraceFormatError) in
                try decode(entry, in: UnsafeBufferPointer(rebasing: buffer[(entry.offset - start)...]), epoch: span.epoch)
            })
        }
        let record = EpochRecord(epoch: span.epoch, events: events)
        store(record, at: index, bytes: end - start)
        return record
    }

    /// Step `step` (from 0) of kept epoch `index`: from a decoded epoch when it is one of the last
    /// read, otherwise its line alone.
    public func event(_ step: Int, ofEpochAt index: Int) throws(TraceFormatError) -> TraceEvent {
        if let cached = cached(index) { return cached.events[step] }
        let span = epochs[index]
        let entry = entries[span.first + step]
        let data = try bytes.bytes(entry.offset..<(entry.offset + Int(entry.length)))
        return try data.withUnsafeBufferPointer { buffer throws(TraceFormatError) in
            try decode(entry, in: buffer, epoch: span.epoch)
        }
    }

    /// A stand-in for step `step` of kept epoch `index` when its line cannot be read: what the
    /// index knows of it, without values.
    public func placeholder(_ step: Int, ofEpochAt index: Int) -> TraceEvent {
        let span = epochs[index]
        let entry = entries[span.first + step]
        return TraceEvent(sequence: 0, epoch: span.epoch, step: step + 1, phase: entry.phase,
                          operation: operations[Int(entry.operation)], name: names[Int(entry.name)], codeName: nil,
                          inputs: [], inputShapes: [], shape: Shape([0, 0]), formula: "", values: nil)
    }

    /// The event on `entry`'s line, which starts `bytes`; checked against what the index read.
    private func decode(_ entry: Entry, in bytes: UnsafeBufferPointer<UInt8>, epoch: Int) throws(TraceFormatError) -> TraceEvent {
        let length = Int(entry.length)
        guard bytes.count >= length, length == bytes.count || bytes[length] == 0x0A else { throw .changed(path: path) }
        let event = try TraceFile.event(in: UnsafeBufferPointer(rebasing: bytes[..<length]), line: entry.line,
                                        limit: header.maximumEventLineBytes, path: path)
        guard event.epoch == epoch, event.phase == entry.phase, event.name == names[Int(entry.name)],
              event.operation == operations[Int(entry.operation)] else {
            throw .changed(path: path)
        }
        return event
    }

    private func cached(_ index: Int) -> EpochRecord? {
        lock.lock()
        defer { lock.unlock() }
        guard let position = cache.firstIndex(where: { $0.index == index }) else { return nil }
        let entry = cache.remove(at: position)
        cache.append(entry)
        return entry.record
    }

    private func store(_ record: EpochRecord, at index: Int, bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard !cache.contains(where: { $0.index == index }) else { return }
        cache.append((index, record, bytes))
        var total = cache.reduce(0) { $0 + $1.bytes }
        while cache.count > 1, total > Self.cacheBytes || cache.count > Self.cacheEpochs {
            total -= cache.removeFirst().bytes
        }
    }
}

/// What the stepper needs to know of a step to move through a run without its values: the name
/// it computes, its phase and its operation.
public struct StepSummary: Equatable, Sendable {
    /// The canonical name of the result: `Z1`, `delta_out`, …
    public var name: String
    /// Forward, error, backward, update or summary.
    public var phase: Phase
    /// What was computed.
    public var operation: OperationKind

    /// A step's summary.
    public init(name: String, phase: Phase, operation: OperationKind) {
        self.name = name
        self.phase = phase
        self.operation = operation
    }

    /// The summary of `event`.
    public init(_ event: TraceEvent) {
        self.init(name: event.name, phase: event.phase, operation: event.operation)
    }
}
