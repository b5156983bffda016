import Explain
import Trace

/// `nnstep record LESSON -o FILE`: trains a lesson and streams its trace to a file.
enum RecordCommand {
    /// Trains `argument` into a JSON Lines trace at `-o` (default `NAME.jsonl`) and says what
    /// was written.
    static func run(_ argument: String, _ options: Invocation.Options) throws -> Int32 {
        let lesson = Training.applying(options, to: try LessonLibrary.standard().load(argument))
        let path = options.output ?? lesson.name + ".jsonl"
        let header = TraceHeader(lesson: lesson)
        var writer = try TraceFileWriter(path: path, header: header)
        let failure = try Training.run(lesson, into: &writer)
        try writer.flush()
        let messages = Messages(options.language)
        var ran = lesson.training.epochs
        if case .nonFinite(let epoch, _, _, _)? = failure { ran = epoch }
        let kept = (1...ran).filter { header.sampling.keeps(epoch: $0, of: header.epochs) }.count
        Platform.writeStdout(messages.recorded(path: path, epochs: ran, kept: kept) + "\n")
        if let failure {
            Platform.writeStderr(messages.training(failure) + "\n")
            return 1
        }
        return 0
    }
}
