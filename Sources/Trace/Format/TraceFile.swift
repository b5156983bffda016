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

    /// The longest line a trace may have (64 MiB); a longer one is reported, not parsed.
    public static let maximumLineBytes = 64 << 20

    /// Reads the trace at `path`.
    ///
    /// A last line without its newline is read if it is a complete event; if it is cut short (a
    /// run interrupted mid-write) it is skipped with a ``TraceWarning/truncated(path:line:eventsRead:)``
    /// warning. Any other bad line is an error.
    public static func read(path: String) throws(TraceFormatError) -> TraceFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse([UInt8](data), path: path)
    }

    /// Parses the bytes of a trace file; `path` is only used in messages.
    public static func parse(_ bytes: [UInt8], path: String) throws(TraceFormatError) -> TraceFile {
        guard !bytes.isEmpty else { throw .empty(path: path) }
        var lines: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        let cutLine = start < bytes.count ? start..<bytes.count : nil

        guard let first = lines.first ?? cutLine,
              first.count <= maximumLineBytes,
              let headerValue = try? JSONParser.parse(bytes: Array(bytes[first])),
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
        var events: [TraceEvent] = []
        var warnings: [TraceWarning] = []
        for (offset, range) in lines.enumerated().dropFirst() where !range.isEmpty {
            events.append(try event(in: bytes, range: range, line: offset + 1, path: path))
        }
        if let cutLine, !lines.isEmpty {
            if let event = try? event(in: bytes, range: cutLine, line: lines.count + 1, path: path) {
                events.append(event)
            } else {
                warnings.append(.truncated(path: path, line: lines.count + 1, eventsRead: events.count))
            }
        }
        return TraceFile(header: header, events: events, warnings: warnings)
    }

    private static func event(in bytes: [UInt8], range: Range<Int>, line: Int, path: String) throws(TraceFormatError) -> TraceEvent {
        guard range.count <= maximumLineBytes else {
            throw .malformedLine(path: path, line: line, problem: .tooLong(bytes: range.count))
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: Array(bytes[range]))
        } catch {
            throw .malformedLine(path: path, line: line, problem: .syntax(error))
        }
        do {
            return try TraceLineDecoder.event(value)
        } catch {
            throw .malformedLine(path: path, line: line, problem: .badField(error.field))
        }
    }
}
