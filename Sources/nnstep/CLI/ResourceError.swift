/// A run refused before it started because it would need more than the machine should give it
/// (exit status 1). `--force` skips the check.
///
/// Sizes are in bytes, as estimated by ``ResourceGuard``; ``Messages`` words them.
enum ResourceError: Error, Equatable {
    /// Training `lesson` (and, for `nnstep lesson`, keeping its recording) would need `estimate`
    /// bytes of memory, more than `limit`; `epochs` epochs, `kept` of them in full.
    case memory(lesson: String, estimate: Double, limit: Double, epochs: Int, kept: Int)
    /// The trace of `lesson` would take `estimate` bytes, more than `limit`.
    case traceFile(lesson: String, estimate: Double, limit: Double, epochs: Int, kept: Int)
    /// Reading the trace at `path`, `size` bytes long, would need `estimate` bytes of memory.
    case replayMemory(path: String, size: Double, estimate: Double, limit: Double)
}
