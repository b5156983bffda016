import Foundation

/// A ``TraceSink`` that streams the events to a JSON Lines file as they happen.
///
/// The file is append-only: the header first, then each event as one line. Lines are buffered
/// (at most 64 KiB) and written whole: when the buffer is full, at the end of every kept epoch,
/// and at the end of the run. A run that is killed leaves a file that is readable up to its last
/// complete line, with every kept epoch before the one running (the reader warns about a cut
/// last line). The whole trace is never held in memory.
public final class TraceFileWriter: TraceSink {
    /// The path written to.
    public let path: String
    private let handle: FileHandle
    private let sampling: SamplingPolicy
    private let totalEpochs: Int
    private var buffer: [UInt8] = []
    private let bufferLimit = 1 << 16
    /// The step-dependent middle of each step's lines, encoded once (see `TraceLineEncoder.stepBytes`).
    private var stepBytes: [Int: (name: String, bytes: [UInt8])] = [:]

    /// Creates (or truncates) the file at `path` and writes `header` as its first line.
    ///
    /// - Throws: ``TraceFormatError/unwritable(path:reason:)`` when the file cannot be created.
    public init(path: String, header: TraceHeader) throws(TraceFormatError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw .unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        self.path = path
        self.handle = handle
        self.sampling = header.sampling
        self.totalEpochs = header.epochs
        buffer.append(contentsOf: TraceLineEncoder.header(header).utf8)
        buffer.append(0x0A)
        try flush()
    }

    deinit {
        try? flush()
        try? handle.close()
    }

    public var recordsLoss: Bool { true }

    public func recordsAllSteps(ofEpoch epoch: Int) -> Bool {
        sampling.keeps(epoch: epoch, of: totalEpochs)
    }

    public func record(_ event: TraceEvent) throws {
        let middle: [UInt8]
        if let cached = stepBytes[event.step], cached.name == event.name {
            middle = cached.bytes
        } else {
            middle = TraceLineEncoder.stepBytes(event)
            stepBytes[event.step] = (event.name, middle)
        }
        TraceLineEncoder.append(event, stepBytes: middle, to: &buffer)
        buffer.append(0x0A)
        if buffer.count >= bufferLimit { try flush() }
    }

    public func endEpoch(_ epoch: Int) throws {
        if sampling.keeps(epoch: epoch, of: totalEpochs) { try flush() }
    }

    /// Writes what is buffered to the file.
    public func flush() throws(TraceFormatError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw .unwritable(path: path, reason: (error as NSError).localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
