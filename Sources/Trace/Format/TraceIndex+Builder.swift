import Foundation

extension TraceIndex {
    /// Reads a trace once, line by line, and gathers its index.
    ///
    /// The rules are those of ``TraceFile/parse(_:path:)``, line for line: the first line is the
    /// header; empty lines are skipped (but counted); a line longer than the header allows is an
    /// error, measured and never parsed; a last line without its newline is an event if it reads
    /// as one, and is otherwise skipped with ``TraceWarning/truncated(path:line:eventsRead:)``.
    struct Builder {
        let path: String
        private var header: TraceHeader?
        /// Whether ``header`` and ``firstNonFinite`` are set (cheaper to ask, line after line,
        /// than the optionals themselves).
        private var hasHeader = false, foundNonFinite = false
        private var limit = 0
        private var warnings: [TraceWarning] = []
        private var eventCount = 0
        private var lastEpoch: Int?
        private var firstNonFinite: TraceEvent?
        private var losses: [(epoch: Int, loss: Double)] = []
        private var epochs: [Span] = []
        private var entries: [Entry] = []
        private var names: [String] = []
        private var nameIndex: [String: UInt32] = [:]
        private var operations: [OperationKind] = []
        private var operationIndex: [String: UInt32] = [:]
        /// Whether each of ``operations`` is a loss.
        private var isLoss: [Bool] = []
        /// The name and operation met last at each step, and their positions.
        private var recentByStep = [Recent?](repeating: nil, count: 1024)
        private let scanner = TraceLineScanner()
        /// The epoch being gathered: its number, where its events start in `entries`, and
        /// whether its first event is a loss.
        private var open: (epoch: Int, first: Int, hasStep: Bool)?

        /// What the last line of a step held: the bytes of its name and operation, their
        /// positions, and where its values were.
        private struct Recent {
            var name: [UInt8]
            var operation: [UInt8]
            var nameID: UInt32
            var operationID: UInt32
            /// How far after the fields the scan read the `"values":` key was: the keys between
            /// them are the same in every epoch.
            var valuesDistance: Int?
        }

        init(path: String) {
            self.path = path
        }

        /// Indexes all of `source`, reading `chunkBytes` at a time (more when a line is longer).
        static func index(_ source: TraceBytes, chunkBytes: Int) throws(TraceFormatError) -> TraceIndex {
            guard source.count > 0 else { throw .empty(path: source.path) }
            var builder = Builder(path: source.path)
            var buffer = [UInt8](repeating: 0, count: max(chunkBytes, 16))
            var bufferOffset = 0   // where buffer[0] is in the file
            var filled = 0
            var lineNumber = 1
            while true {
                let read = try buffer.withUnsafeMutableBytes { raw in
                    Result { () throws(TraceFormatError) in
                        try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]), at: bufferOffset + filled)
                    }
                }.get()
                filled += read
                let atEnd = read == 0 || bufferOffset + filled >= source.count
                var start = 0
                try buffer.withUnsafeBufferPointer { all throws(TraceFormatError) in
                    let base = all.baseAddress!
                    while start < filled, let found = memchr(base + start, 0x0A, filled - start) {
                        let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                        try builder.line(UnsafeBufferPointer(rebasing: all[start..<end]), offset: bufferOffset + start,
                                         number: lineNumber)
                        lineNumber += 1
                        start = end + 1
                    }
                    if atEnd, start < filled {
                        try builder.cutLine(UnsafeBufferPointer(rebasing: all[start..<filled]), offset: bufferOffset + start,
                                            number: lineNumber)
                    }
                }
                if atEnd { break }
                // Keep the start of the unfinished line, at the front of the buffer.
                if start > 0 {
                    buffer.withUnsafeMutableBytes { raw in _ = memmove(raw.baseAddress!, raw.baseAddress! + start, filled - start) }
                    bufferOffset += start
                    filled -= start
                }
                guard filled == buffer.count else { continue }
                let lineLimit = lineNumber == 1 ? TraceHeader.maximumHeaderBytes : builder.limit
                if filled > lineLimit {
                    try builder.overlongLine(in: source, from: bufferOffset, number: lineNumber)
                    break
                }
                buffer += [UInt8](repeating: 0, count: min(buffer.count, lineLimit + 1 - buffer.count))
            }
            return try builder.finish(source)
        }

        /// A line ended by a newline (without it).
        mutating func line(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int, number: Int) throws(TraceFormatError) {
            guard hasHeader else {
                let header = try TraceFile.header(in: bytes, path: path)
                self.header = header
                hasHeader = true
                limit = header.maximumEventLineBytes
                return
            }
            guard !bytes.isEmpty else { return }
            guard bytes.count <= limit else {
                throw .malformedLine(path: path, line: number, problem: .tooLong(bytes: bytes.count))
            }
            if let fields = scanner.fields(bytes) {
                let (name, operation) = ids(of: fields, in: bytes)
                if !foundNonFinite, Self.mayHoldNonFinite(bytes, valuesKey: valuesKey(in: bytes, after: fields)) {
                    check(try TraceFile.event(in: bytes, line: number, limit: limit, path: path))
                }
                add(epoch: fields.epoch, phase: fields.phase, name: name, operation: operation, loss: fields.loss,
                    offset: offset, length: bytes.count, number: number)
            } else {
                let event = try TraceFile.event(in: bytes, line: number, limit: limit, path: path)
                check(event)
                add(event, offset: offset, length: bytes.count, number: number)
            }
        }

        /// The text after the last newline: the header when there is no newline at all, else a
        /// last event, or a line cut short.
        mutating func cutLine(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int, number: Int) throws(TraceFormatError) {
            guard hasHeader else {
                try line(bytes, offset: offset, number: number)
                return
            }
            if let event = try? TraceFile.event(in: bytes, line: number, limit: limit, path: path) {
                check(event)
                add(event, offset: offset, length: bytes.count, number: number)
            } else {
                warnings.append(.truncated(path: path, line: number, eventsRead: eventCount))
            }
        }

        /// A line longer than any line can be, starting at `offset`: a header is refused; an
        /// event line is measured to its newline (not parsed) and refused, or skipped with a
        /// warning when it is the cut last line.
        mutating func overlongLine(in source: TraceBytes, from offset: Int, number: Int) throws(TraceFormatError) {
            guard hasHeader else { throw .missingHeader(path: path) }
            var chunk = [UInt8](repeating: 0, count: TraceIndex.chunkBytes)
            var position = offset
            while true {
                let read = try chunk.withUnsafeMutableBytes { raw in
                    Result { () throws(TraceFormatError) in try source.read(into: raw, at: position) }
                }.get()
                guard read > 0 else {
                    warnings.append(.truncated(path: path, line: number, eventsRead: eventCount))
                    return
                }
                let found = chunk.withUnsafeBufferPointer { buffer in
                    memchr(buffer.baseAddress!, 0x0A, read).map { buffer.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
                }
                if let found {
                    throw .malformedLine(path: path, line: number, problem: .tooLong(bytes: position + found - offset))
                }
                position += read
            }
        }

        /// Adds an event read in full.
        private mutating func add(_ event: TraceEvent, offset: Int, length: Int, number: Int) {
            let name = intern(event.name, in: &names, index: &nameIndex)
            let operation = internOperation(event.operation.rawValue)
            let loss = isLoss[Int(operation)] ? event.values?.elements.first : nil
            add(epoch: event.epoch, phase: event.phase, name: name, operation: operation, loss: loss, offset: offset,
                length: length, number: number)
        }

        /// Counts the event, keeps its loss, and adds it to the epoch being gathered.
        private mutating func add(epoch: Int, phase: Phase, name: UInt32, operation: UInt32, loss: Double?,
                                  offset: Int, length: Int, number: Int) {
            eventCount += 1
            lastEpoch = epoch
            let isLoss = self.isLoss[Int(operation)]
            if isLoss, let loss { Recording.addLoss((epoch, loss), to: &losses) }
            if let open, open.epoch != epoch { close() }
            if open == nil { open = (epoch, entries.count, false) }
            if !isLoss && phase != .summary { open?.hasStep = true }
            entries.append(Entry(offset: offset, line: number, length: UInt32(length), name: name, operation: operation,
                                 phase: phase))
        }

        /// The positions in ``names`` and ``operations`` of the name and operation `fields` found
        /// in `line`: those met last at the same step when the bytes are the same (a step computes
        /// the same thing in every epoch), so that most lines make no string.
        private mutating func ids(of fields: TraceLineScanner.Fields, in line: UnsafeBufferPointer<UInt8>) -> (UInt32, UInt32) {
            let nameBytes = UnsafeBufferPointer(rebasing: line[fields.name])
            let operationBytes = UnsafeBufferPointer(rebasing: line[fields.operation])
            if fields.step < recentByStep.count, let recent = recentByStep[fields.step],
               Self.same(recent.name, nameBytes), Self.same(recent.operation, operationBytes) {
                return (recent.nameID, recent.operationID)
            }
            let name = intern(String(decoding: nameBytes, as: UTF8.self), in: &names, index: &nameIndex)
            let operation = internOperation(String(decoding: operationBytes, as: UTF8.self))
            if fields.step < recentByStep.count {
                recentByStep[fields.step] = Recent(name: Array(nameBytes), operation: Array(operationBytes), nameID: name,
                                                   operationID: operation)
            }
            return (name, operation)
        }

        private static func same(_ bytes: [UInt8], _ other: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes.count == other.count && bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, other.baseAddress!, bytes.count) == 0 }
        }

        private mutating func internOperation(_ text: String) -> UInt32 {
            if let found = operationIndex[text] { return found }
            let operation = OperationKind(rawValue: text)
            operations.append(operation)
            isLoss.append(Recording.lossOperations.contains(operation))
            let position = UInt32(operations.count - 1)
            operationIndex[text] = position
            return position
        }

        /// Ends the epoch being gathered: kept when it has a step besides its losses and summary.
        private mutating func close() {
            guard let open else { return }
            let count = entries.count - open.first
            if open.hasStep {
                epochs.append(Span(epoch: open.epoch, first: open.first, count: count))
            } else {
                entries.removeLast(count)
            }
            self.open = nil
        }

        private func intern(_ key: String, in values: inout [String], index: inout [String: UInt32]) -> UInt32 {
            if let found = index[key] { return found }
            let position = UInt32(values.count)
            values.append(key)
            index[key] = position
            return position
        }

        /// Remembers `event` if it is the first with a non-finite value.
        private mutating func check(_ event: TraceEvent) {
            if !foundNonFinite, let values = event.values, !values.isFinite {
                firstNonFinite = event
                foundNonFinite = true
            }
        }

        mutating func finish(_ source: TraceBytes) throws(TraceFormatError) -> TraceIndex {
            close()
            guard let header else { throw .missingHeader(path: path) }
            return TraceIndex(bytes: source, header: header, warnings: warnings, eventCount: eventCount,
                              lastEpoch: lastEpoch, firstNonFinite: firstNonFinite, losses: losses, epochs: epochs,
                              entries: entries, names: names, operations: operations)
        }

        /// Where the `"values":` key of `line` starts: where it was in the last line of the same
        /// step, when it is there again (the usual case, checked in 9 bytes), else found.
        private mutating func valuesKey(in line: UnsafeBufferPointer<UInt8>, after fields: TraceLineScanner.Fields) -> Int? {
            let key = Self.valuesKey
            let recent = fields.step < recentByStep.count ? recentByStep[fields.step] : nil
            if let distance = recent?.valuesDistance, fields.end + distance + key.count <= line.count,
               key.withUnsafeBufferPointer({ memcmp($0.baseAddress!, line.baseAddress! + fields.end + distance, key.count) }) == 0 {
                return fields.end + distance
            }
            let found = Self.lastValuesKey(in: line) ?? Self.find(key, in: line)
            if recent != nil, let found, found >= fields.end { recentByStep[fields.step]?.valuesDistance = found - fields.end }
            return found
        }

        /// Whether the values of `line`, after the `"values":` key at `valuesKey`, may hold NaN or
        /// an infinity: they are written as strings (`"NaN"`, `"Infinity"`), and a number with an
        /// exponent of three digits or more may be too large for a double (`1e400`). A `true` is
        /// checked by parsing the line; the values of lines written by nnstep are plain numbers,
        /// so this is rarely more than three `memchr`.
        private static func mayHoldNonFinite(_ line: UnsafeBufferPointer<UInt8>, valuesKey: Int?) -> Bool {
            guard let found = valuesKey else { return false }
            let values = UnsafeBufferPointer(rebasing: line[(found + Self.valuesKey.count)...])
            guard let valuesBase = values.baseAddress else { return false }
            if memchr(valuesBase, Int32(UInt8(ascii: "\"")), values.count) != nil { return true }
            for letter in [UInt8(ascii: "e"), UInt8(ascii: "E")] {
                var position = 0
                while position < values.count,
                      let hit = memchr(valuesBase + position, Int32(letter), values.count - position) {
                    var index = valuesBase.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                    if index < values.count, values[index] == UInt8(ascii: "+") { index += 1 }
                    var digits = 0
                    while index < values.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(values[index]) {
                        digits += 1
                        index += 1
                    }
                    if digits >= 3 { return true }
                    position = index
                }
            }
            return false
        }

        private static let valuesKey = Array("\"values\":".utf8)

        /// Where `"values":` starts when it is the line's last key, as nnstep writes it: the
        /// colon nearest the end follows `"values"` (numbers, brackets and commas have no colon).
        private static func lastValuesKey(in line: UnsafeBufferPointer<UInt8>) -> Int? {
            var index = line.count - 1
            while index >= 0, line[index] != UInt8(ascii: ":") { index -= 1 }
            let start = index + 1 - valuesKey.count
            guard start >= 0 else { return nil }
            for (offset, byte) in valuesKey.enumerated() where line[start + offset] != byte { return nil }
            return start
        }

        /// Where `needle` first starts in `haystack`.
        private static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
            guard let base = haystack.baseAddress, let first = needle.first else { return nil }
            var position = 0
            while position + needle.count <= haystack.count,
                  let hit = memchr(base + position, Int32(first), haystack.count - position - needle.count + 1) {
                let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + index, needle, needle.count) == 0 { return index }
                position = index + 1
            }
            return nil
        }
    }
}
