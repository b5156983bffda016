import Foundation
@preconcurrency import Glibc

/// Writes whole files so that a reader never sees half of one: the bytes go to a temporary file
/// in the same folder, which is flushed to disk and then renamed over the destination.
///
/// `rename(2)` within one file system replaces the destination in one step, so an existing file
/// is either left as it was (any failure before the rename) or replaced by the complete new
/// content. The temporary file (`.NAME.tmp-…`, beside the destination) is removed when anything
/// fails. A new file gets the usual permissions (`0666` less the umask); a replaced file keeps
/// its own.
public enum AtomicFile {
    /// Writes `text` as UTF-8 to `path`.
    ///
    /// - Throws: ``TraceFormatError/unwritable(path:reason:)`` with the system's reason when the
    ///   folder does not exist or is not writable, or the disk is full.
    public static func write(_ text: String, to path: String) throws(TraceFormatError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path`, as ``write(_:to:)-(String,_)`` does.
    public static func write(_ bytes: [UInt8], to path: String) throws(TraceFormatError) {
        let (descriptor, temporary) = try createTemporary(beside: path)
        var failure: TraceFormatError?
        do {
            try writeAll(bytes, to: descriptor, path: path)
        } catch {
            failure = error
        }
        var existing = stat()
        if failure == nil, stat(path, &existing) == 0, fchmod(descriptor, existing.st_mode & 0o7777) != 0 {
            failure = .unwritable(path: path, reason: systemReason())
        }
        if failure == nil, fsync(descriptor) != 0 { failure = .unwritable(path: path, reason: systemReason()) }
        if close(descriptor) != 0, failure == nil { failure = .unwritable(path: path, reason: systemReason()) }
        if failure == nil, rename(temporary, path) != 0 { failure = .unwritable(path: path, reason: systemReason()) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// A new, empty file `.NAME.tmp-XXXXXXXX` in the folder of `path` (`open(2)` with
    /// `O_CREAT | O_EXCL`, mode `0666` less the umask), and its path.
    private static func createTemporary(beside path: String) throws(TraceFormatError) -> (Int32, String) {
        let url = URL(fileURLWithPath: path)
        let prefix = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".tmp-"
        for _ in 0..<16 {
            let candidate = prefix + String(UInt32.random(in: .min ... .max), radix: 16)
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, candidate) }
            if errno != EEXIST { break }
        }
        throw .unwritable(path: path, reason: systemReason())
    }

    /// Every byte with `write(2)`, continuing after partial writes and retrying on `EINTR`.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(TraceFormatError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                throw .unwritable(path: path, reason: systemReason())
            }
        }
    }

    /// `strerror(errno)`: the system's words for the last failure.
    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
