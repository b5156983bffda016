import Explain
import Trace

/// A recording from what the user named: a saved trace (`TRACE.jsonl`) read back, or a lesson
/// (a name or a `.json` file) trained now — the two ways `replay` and `lesson` get theirs.
enum RecordingSource {
    /// Whether `argument` names a trace rather than a lesson: it ends in `.jsonl`.
    static func isTrace(_ argument: String) -> Bool {
        argument.hasSuffix(".jsonl")
    }

    /// The recording of `argument`, and the training error that cut it short, if any.
    ///
    /// A lesson is trained with its own sampling plus `extraEpochs` kept in full; a trace keeps
    /// what it kept (its warnings, such as a cut last line, go to standard error), and is indexed
    /// rather than read whole (see ``TraceIndex``).
    ///
    /// - Throws: ``LessonError`` for a lesson that does not load, ``TraceFormatError`` for a
    ///   trace that cannot be read.
    static func load(_ argument: String, extraEpochs: Set<Int>, messages: Messages) throws -> (Recording, TrainingError?) {
        if isTrace(argument) {
            try ResourceGuard.checkReplay(path: argument, force: false)
            let index = try TraceIndex.open(path: argument)
            for warning in index.warnings { Platform.writeStderr(messages.traceWarning(warning) + "\n") }
            return (Recording(index: index), nil)
        }
        let lesson = try LessonLibrary.standard().load(argument)
        try ResourceGuard.checkLesson(lesson, extraEpochs: extraEpochs, force: false)
        var sink = MemorySink(sampling: lesson.training.sampling, totalEpochs: lesson.training.epochs,
                              extraEpochs: extraEpochs.filter { $0 <= lesson.training.epochs })
        let failure = try Training.run(lesson, into: &sink)
        return (Recording(header: TraceHeader(lesson: lesson), events: sink.events), failure)
    }
}
