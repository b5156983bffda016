import Foundation

/// Whether a path names something nnstep may read whole: a regular file (after links).
///
/// Reading a FIFO, a terminal or a device such as `/dev/zero` would block or never end, so the
/// readers refuse them before opening.
public enum RegularFile {
    /// `true` when `path` exists and is not a regular file (a folder, FIFO, socket or device).
    public static func isSpecial(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) != S_IFREG
    }
}
