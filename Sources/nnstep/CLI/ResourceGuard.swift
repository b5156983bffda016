import Foundation
import Trace

/// The checks made before a run starts, so that a lesson too large for the machine is refused
/// with a message instead of being killed by the system halfway. `--force` skips them.
///
/// The estimates are ``ResourceEstimate``'s; the limits are fixed, so that the same lesson is
/// refused or accepted on every machine.
enum ResourceGuard {
    /// Memory a run may use: 2 GB.
    static let memoryLimit = 2_000_000_000.0
    /// Size of the trace `nnstep record` may write: 1 GB.
    static let traceFileLimit = 1_000_000_000.0
    /// Bytes of memory that opening one byte of a trace needs. `replay` keeps an index, not the
    /// events (see ``TraceIndex``): 32 bytes for each event of a kept epoch and 16 for each loss,
    /// so at most about 0.3 bytes for each byte of the shortest event lines, with room for the
    /// arrays' growth (measured: a 282 MB trace of 1,000,017 events opens in 58 MB).
    static let memoryPerTraceByte = 0.5

    /// Checks what `nnstep lesson` needs: training, plus the recording kept for the stepper
    /// (the sampled epochs and `extraEpochs`).
    static func checkLesson(_ lesson: Lesson, extraEpochs: Set<Int>, force: Bool) throws(ResourceError) {
        guard !force else { return }
        let estimate = ResourceEstimate(lesson: lesson, extraEpochs: extraEpochs)
        let memory = estimate.trainingBytes + estimate.recordingBytes
        guard memory <= memoryLimit else {
            throw .memory(lesson: lesson.name, estimate: memory, limit: memoryLimit, epochs: estimate.epochs,
                          kept: estimate.keptEpochs)
        }
    }

    /// Checks what training alone needs (`nnstep record --no-trace`).
    static func checkTraining(_ lesson: Lesson, force: Bool) throws(ResourceError) {
        guard !force else { return }
        let estimate = ResourceEstimate(lesson: lesson)
        guard estimate.trainingBytes <= memoryLimit else {
            throw .memory(lesson: lesson.name, estimate: estimate.trainingBytes, limit: memoryLimit,
                          epochs: estimate.epochs, kept: estimate.keptEpochs)
        }
    }

    /// Checks what `nnstep record` needs: training in memory, the trace on disk.
    static func checkRecord(_ lesson: Lesson, force: Bool) throws(ResourceError) {
        guard !force else { return }
        try checkTraining(lesson, force: force)
        let estimate = ResourceEstimate(lesson: lesson)
        guard estimate.traceFileBytes <= traceFileLimit else {
            throw .traceFile(lesson: lesson.name, estimate: estimate.traceFileBytes, limit: traceFileLimit,
                             epochs: estimate.epochs, kept: estimate.keptEpochs)
        }
    }

    /// Checks that the trace at `path` can be opened: its index fits in memory. A file whose
    /// size cannot be learned passes: reading it reports what is wrong.
    static func checkReplay(path: String, force: Bool) throws(ResourceError) {
        guard !force,
              let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber
        else { return }
        let bytes = size.doubleValue
        let memory = bytes * memoryPerTraceByte
        guard memory <= memoryLimit else {
            throw .replayMemory(path: path, size: bytes, estimate: memory, limit: memoryLimit)
        }
    }
}
