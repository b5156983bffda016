import Foundation

/// Where the bytes of an indexed trace are read from: an open file (read with `pread(2)` at an
/// offset, so only what is asked for is in memory) or bytes already in memory (for tests).
final class TraceBytes: @unchecked Sendable {
    /// The file's descriptor, or `nil` for bytes in memory.
    private let descriptor: Int32?
    private let memory: [UInt8]
    /// The path, for messages.
    let path: String
    /// How many bytes there are: the file's size when it was opened. A trace still being written
    /// grows; what it gains after the opening is not read.
    let count: Int

    /// Opens the file at `path` for reading.
    ///
    /// - Throws: ``TraceFormatError/notRegularFile(path:)`` for a folder, FIFO or device,
    ///   ``TraceFormatError/missing(path:)`` when nothing is there, and
    ///   ``TraceFormatError/unreadable(path:reason:)`` when it cannot be opened.
    init(path: String) throws(TraceFormatError) {
        if RegularFile.isSpecial(path) { throw .notRegularFile(path: path) }
        if !FileManager.default.fileExists(atPath: path) { throw .missing(path: path) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreadable(path: path, reason: reason)
        }
        self.descriptor = descriptor
        self.memory = []
        self.path = path
        self.count = Int(info.st_size)
    }

    /// `bytes`, as if they were a file at `path`.
    init(bytes: [UInt8], path: String) {
        self.descriptor = nil
        self.memory = bytes
        self.path = path
        self.count = bytes.count
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// Reads up to `buffer.count` bytes from `offset` (never past ``count``) into `buffer`;
    /// returns how many were read, 0 at the end or when the file has shrunk.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(TraceFormatError) -> Int {
        let wanted = max(0, min(buffer.count, count - offset))
        guard wanted > 0, let base = buffer.baseAddress else { return 0 }
        guard let descriptor else {
            memory.withUnsafeBytes { source in
                base.copyMemory(from: source.baseAddress! + offset, byteCount: wanted)
            }
            return wanted
        }
        var done = 0
        while done < wanted {
            let got = pread(descriptor, base + done, wanted - done, off_t(offset + done))
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            done += got
        }
        return done
    }

    /// The bytes of `range`, all of them.
    ///
    /// - Throws: ``TraceFormatError/changed(path:)`` when the file no longer has them (it was
    ///   cut or written again since it was opened).
    func bytes(_ range: Range<Int>) throws(TraceFormatError) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: range.count)
        let read = result.withUnsafeMutableBytes { buffer in
            Result { () throws(TraceFormatError) in try self.read(into: buffer, at: range.lowerBound) }
        }
        guard try read.get() == range.count else { throw .changed(path: path) }
        return result
    }
}
