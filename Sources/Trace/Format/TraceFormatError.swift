/// Why a trace file could not be read, or what was wrong with part of it.
public enum TraceFormatError: Error, Equatable, Sendable {
    /// The file could not be opened or read (`reason`: the system's message).
    case unreadable(path: String, reason: String)
    /// The file could not be created or written (`reason`: the system's message).
    case unwritable(path: String, reason: String)
    /// The path is a folder, FIFO, socket or device, not a file that can be read whole.
    case notRegularFile(path: String)
    /// No file exists at the path.
    case missing(path: String)
    /// The file is empty.
    case empty(path: String)
    /// Line 1 is not an nnstep trace header.
    case missingHeader(path: String)
    /// The header names a version this program cannot read.
    case unsupportedVersion(path: String, found: Int, supported: Int)
    /// A complete line (not the last one) is not a valid event: `problem` says what is wrong.
    case malformedLine(path: String, line: Int, problem: LineProblem)
    /// The file no longer holds what it held when it was opened (it was cut or recorded again
    /// while a ``TraceIndex`` read it).
    case changed(path: String)

    /// What is wrong with one line of a trace.
    public enum LineProblem: Equatable, Sendable {
        /// The line is not JSON.
        case syntax(JSONSyntaxError)
        /// A required field is missing or has the wrong kind of value.
        case badField(String)
        /// The line is longer than a trace line can be.
        case tooLong(bytes: Int)
    }
}

/// Something about a trace that was read anyway, with the part that could be read.
public enum TraceWarning: Equatable, Sendable {
    /// The last line was cut short (the run was interrupted): the events before it were read.
    case truncated(path: String, line: Int, eventsRead: Int)
}
