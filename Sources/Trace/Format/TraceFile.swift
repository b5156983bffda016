import Foundation

/// A trace read back from a file: its header, its events, and any warning about the reading.
public struct TraceFile: Sendable {
    /// The run the trace comes from.
    public var header: TraceHeader
    /// Every complete event, in file order.
    public var events: [TraceEvent]
    /// What was odd about the file but did not stop the reading.
    public var warnings: [TraceWarning]

    /// A trace with the given parts.
    public init(header: TraceHeader, events: [TraceEvent], warnings: [TraceWarning]) {
        self.header = header
        self.events = events
        self.warnings = warnings
    }

    /// The longest line a trace may have (64 MiB), whatever its network; a longer one is
    /// reported, not parsed. The limit for a given trace is usually much lower: see
    /// ``TraceHeader/maximumEventLineBytes``.
    public static let maximumLineBytes = 64 << 20

    /// Reads the trace at `path`.
    ///
    /// A last line without its newline is read if it is a complete event; if it is cut short (a
    /// run interrupted mid-write) it is skipped with a ``TraceWarning/truncated(path:line:eventsRead:)``
    /// warning. Any other bad line is an error.
    public static func read(path: String) throws(TraceFormatError) -> TraceFile {
        if RegularFile.isSpecial(path) { throw .notRegularFile(path: path) }
        if !FileManager.default.fileExists(atPath: path) { throw .missing(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse([UInt8](data), path: path)
    }

    /// Parses the bytes of a trace file; `path` is only used in messages.
    ///
    /// A first line longer than ``TraceHeader/maximumHeaderBytes`` is not a header; an event
    /// line longer than the header's ``TraceHeader/maximumEventLineBytes`` is reported without
    /// being parsed, so a huge line costs the time to find its end and nothing more.
    public static func parse(_ bytes: [UInt8], path: String) throws(TraceFormatError) -> TraceFile {
        guard !bytes.isEmpty else { throw .empty(path: path) }
        let (lines, cutLine) = lineRanges(bytes)

        guard let first = lines.first ?? cutLine else { throw .missingHeader(path: path) }
        let header = try bytes.withUnsafeBufferPointer { buffer throws(TraceFormatError) in
            try self.header(in: UnsafeBufferPointer(rebasing: buffer[first]), path: path)
        }
        let limit = header.maximumEventLineBytes
        var events: [TraceEvent] = []
        var warnings: [TraceWarning] = []
        for (offset, range) in lines.enumerated().dropFirst() where !range.isEmpty {
            events.append(try event(in: bytes, range: range, line: offset + 1, limit: limit, path: path))
        }
        if let cutLine, !lines.isEmpty {
            if let event = try? event(in: bytes, range: cutLine, line: lines.count + 1, limit: limit, path: path) {
                events.append(event)
            } else {
                warnings.append(.truncated(path: path, line: lines.count + 1, eventsRead: events.count))
            }
        }
        return TraceFile(header: header, events: events, warnings: warnings)
    }

    /// The ranges of the lines ended by a newline (without it), and of the text after the last
    /// newline, if any. Newlines are found with `memchr`, so a long line is crossed quickly.
    private static func lineRanges(_ bytes: [UInt8]) -> (lines: [Range<Int>], cut: Range<Int>?) {
        var lines: [Range<Int>] = []
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while start < buffer.count,
                  let found = memchr(base + start, 0x0A, buffer.count - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                lines.append(start..<index)
                start = index + 1
            }
        }
        return (lines, start < bytes.count ? start..<bytes.count : nil)
    }

    private static func event(in bytes: [UInt8], range: Range<Int>, line: Int, limit: Int,
                              path: String) throws(TraceFormatError) -> TraceEvent {
        try bytes.withUnsafeBufferPointer { buffer throws(TraceFormatError) in
            try event(in: UnsafeBufferPointer(rebasing: buffer[range]), line: line, limit: limit, path: path)
        }
    }

    /// The header in `line` (the first line, without its newline), checked as ``parse(_:path:)``
    /// checks it: at most ``TraceHeader/maximumHeaderBytes``, JSON, the format's name, every field,
    /// and the version this program reads.
    static func header(in line: UnsafeBufferPointer<UInt8>, path: String) throws(TraceFormatError) -> TraceHeader {
        guard line.count <= TraceHeader.maximumHeaderBytes,
              let headerValue = try? JSONParser.parse(bytes: Array(line)),
              case .string(TraceHeader.formatName)? = headerValue["format"] else {
            throw .missingHeader(path: path)
        }
        let header: TraceHeader
        do {
            header = try TraceLineDecoder.header(headerValue)
        } catch {
            throw .malformedLine(path: path, line: 1, problem: .badField(error.field))
        }
        guard header.version == TraceHeader.currentVersion else {
            throw .unsupportedVersion(path: path, found: header.version, supported: TraceHeader.currentVersion)
        }
        return header
    }

    /// The event in `line` (line number `number`, without its newline), or the error that says
    /// what is wrong with it. A line longer than `limit` is refused without being parsed.
    static func event(in line: UnsafeBufferPointer<UInt8>, line number: Int, limit: Int,
                      path: String) throws(TraceFormatError) -> TraceEvent {
        guard line.count <= limit else {
            throw .malformedLine(path: path, line: number, problem: .tooLong(bytes: line.count))
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: Array(line))
        } catch {
            throw .malformedLine(path: path, line: number, problem: .syntax(error))
        }
        do {
            return try TraceLineDecoder.event(value)
        } catch {
            throw .malformedLine(path: path, line: number, problem: .badField(error.field))
        }
    }
}
