import Foundation
@testable import Trace

/// Checks that a trace indexed by ``TraceIndex`` (its values read lazily) is the trace
/// ``TraceFile/parse(_:path:)`` reads eagerly: same header, warnings, losses, kept epochs, events
/// and first non-finite value.
enum IndexComparison {
    /// What differs between the index of `bytes` (read `chunkBytes` at a time) and the eager
    /// reading, or `nil` when nothing does.
    ///
    /// When the eager reader refuses the bytes, the index checks less when it opens them (only
    /// the fields that place an event), and the rest of a line when it reads it: it must refuse
    /// them with the same error, or with the error of a later line, or open them and meet such an
    /// error reading the kept epochs (``TraceIndex/damage``), or meet none (the damage is in a
    /// field it does not read, such as the formula of a loss-only epoch).
    static func difference(_ bytes: [UInt8], chunkBytes: Int, path: String = "t.jsonl") -> String? {
        let eager: Result<TraceFile, TraceFormatError> = Result { () throws(TraceFormatError) in
            try TraceFile.parse(bytes, path: path)
        }
        let lazy: Result<TraceIndex, TraceFormatError> = Result { () throws(TraceFormatError) in
            try TraceIndex.index(bytes: bytes, path: path, chunkBytes: chunkBytes)
        }
        switch (eager, lazy) {
        case (.success(let file), .success(let index)):
            return difference(file, index)
        case (.success(let file), .failure(let error)):
            return "eager read \(file.events.count) events, the index failed: \(error)"
        case (.failure(let error), .success(let index)):
            let recording = Recording(index: index)
            for position in recording.epochs.indices { _ = recording.epochs[position] }
            if let damage = recording.damage, !isLater(damage, than: error) {
                return "eager failed with \(error), the index met \(damage)"
            }
            return nil
        case (.failure(let expected), .failure(let error)):
            return isLater(error, than: expected) ? nil : "eager failed with \(expected), the index with \(error)"
        }
    }

    /// Whether `error` is `earliest`, or an error of a line after the line of `earliest`.
    private static func isLater(_ error: TraceFormatError, than earliest: TraceFormatError) -> Bool {
        guard error != earliest else { return true }
        guard case .malformedLine(_, let line, _) = error, case .malformedLine(_, let first, _) = earliest else { return false }
        return line > first
    }

    /// What differs between an eager reading and an index of the same bytes.
    static func difference(_ file: TraceFile, _ index: TraceIndex) -> String? {
        if index.header != file.header { return "header differs" }
        if index.warnings != file.warnings { return "warnings \(index.warnings) ≠ \(file.warnings)" }
        if index.eventCount != file.events.count { return "\(index.eventCount) events ≠ \(file.events.count)" }
        if index.lastEpoch != file.events.last?.epoch { return "last epoch \(String(describing: index.lastEpoch))" }
        let nonFinite = file.events.first { $0.values.map { !$0.isFinite } ?? false }
        if !same(index.firstNonFinite, nonFinite) { return "first non-finite \(String(describing: index.firstNonFinite))" }
        let eager = Recording(header: file.header, events: file.events)
        let lazy = Recording(index: index)
        if !lazy.losses.elementsEqual(eager.losses, by: { $0.epoch == $1.epoch && same($0.loss, $1.loss) }) {
            return "losses differ"
        }
        if lazy.epochs.numbers != eager.epochs.numbers { return "kept epochs \(lazy.epochs.numbers) ≠ \(eager.epochs.numbers)" }
        for position in eager.epochs.indices {
            let expected = eager.epochs[position]
            if lazy.epochs.stepCount(at: position) != expected.events.count { return "steps of kept epoch \(position)" }
            for step in expected.events.indices {
                if lazy.epochs.summary(step, ofEpochAt: position) != StepSummary(expected.events[step]) {
                    return "summary of \(position).\(step)"
                }
                // One event alone, before its epoch is read (and cached) whole.
                if position % 2 == 0, step == expected.events.count - 1,
                   !same(lazy.epochs.event(step, ofEpochAt: position), expected.events[step]) {
                    return "event \(position).\(step) read alone"
                }
            }
            let read = lazy.epochs[position]
            if read.epoch != expected.epoch || !read.events.elementsEqual(expected.events, by: { same($0, $1) }) { return "kept epoch \(position) (\(expected.epoch)) differs" }
        }
        if let damage = lazy.damage { return "damage \(damage)" }
        return nil
    }

    /// Whether two events are the same, NaN values included: they are written the same.
    private static func same(_ a: TraceEvent?, _ b: TraceEvent?) -> Bool {
        a.map(TraceLineEncoder.event) == b.map(TraceLineEncoder.event)
    }

    /// Whether two losses are the same number (NaN is NaN).
    private static func same(_ a: Double, _ b: Double) -> Bool {
        a == b || (a.isNaN && b.isNaN)
    }
}
