/// The epochs of a ``Recording`` that kept every step, in order: in memory, or in a trace file
/// read through a ``TraceIndex``.
///
/// It is a collection of ``EpochRecord``s, but for a trace file each one is read and parsed when
/// it is asked for (the last ones read are kept): a loop over all of them reads the whole file.
/// To move through a recording, use what needs no values — ``number(at:)``, ``numbers``,
/// ``stepCount(at:)``, ``summary(_:ofEpochAt:)``, ``firstIndex(ofEpoch:)`` — and
/// ``event(_:ofEpochAt:)`` for one step.
///
/// Reading from the file never fails here: an event whose line cannot be read is replaced by a
/// stand-in without values, and the error is kept as ``damage`` for the caller to report.
public struct KeptEpochs: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case memory([EpochRecord])
        case file(TraceIndex)
    }

    private let storage: Storage

    /// Epochs in memory.
    init(_ records: [EpochRecord]) {
        storage = .memory(records)
    }

    /// The kept epochs of an indexed trace.
    init(_ index: TraceIndex) {
        storage = .file(index)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .memory(let records): return records.count
        case .file(let index): return index.keptEpochCount
        }
    }

    /// Kept epoch `position` with all its events (read from the file if need be).
    public subscript(position: Int) -> EpochRecord {
        switch storage {
        case .memory(let records): return records[position]
        case .file(let index):
            do {
                return try index.epoch(at: position)
            } catch {
                index.noteDamage(error)
                return EpochRecord(epoch: index.epochNumber(at: position), events: (0..<index.stepCount(at: position)).map { step in
                    (try? index.event(step, ofEpochAt: position)) ?? index.placeholder(step, ofEpochAt: position)
                })
            }
        }
    }

    /// The epoch number (from 1) of kept epoch `position`.
    public func number(at position: Int) -> Int {
        switch storage {
        case .memory(let records): return records[position].epoch
        case .file(let index): return index.epochNumber(at: position)
        }
    }

    /// The numbers of every kept epoch, in order.
    public var numbers: [Int] {
        indices.map(number(at:))
    }

    /// How many steps kept epoch `position` holds.
    public func stepCount(at position: Int) -> Int {
        switch storage {
        case .memory(let records): return records[position].events.count
        case .file(let index): return index.stepCount(at: position)
        }
    }

    /// The name, phase and operation of step `step` (from 0) of kept epoch `position`.
    public func summary(_ step: Int, ofEpochAt position: Int) -> StepSummary {
        switch storage {
        case .memory(let records): return StepSummary(records[position].events[step])
        case .file(let index): return index.summary(step, ofEpochAt: position)
        }
    }

    /// Step `step` (from 0) of kept epoch `position`, with its values.
    public func event(_ step: Int, ofEpochAt position: Int) -> TraceEvent {
        switch storage {
        case .memory(let records): return records[position].events[step]
        case .file(let index):
            do {
                return try index.event(step, ofEpochAt: position)
            } catch {
                index.noteDamage(error)
                return index.placeholder(step, ofEpochAt: position)
            }
        }
    }

    /// The position of the first kept epoch numbered `epoch`, if it was kept.
    public func firstIndex(ofEpoch epoch: Int) -> Int? {
        indices.first { number(at: $0) == epoch }
    }

    /// The first error met reading the file after it was opened (see ``Recording/damage``).
    public var damage: TraceFormatError? {
        switch storage {
        case .memory: return nil
        case .file(let index): return index.damage
        }
    }
}
