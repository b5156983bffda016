import Explain
import Trace

/// `nnstep record LESSON -o FILE`: trains a lesson and streams its trace to a file.
enum RecordCommand {
    /// Trains `argument` into a JSON Lines trace at `-o` (default `NAME.jsonl`) and says what
    /// was written.
    ///
    /// Refused before training when ``ResourceGuard`` estimates it too large (unless `--force`).
    /// Ctrl-C, SIGTERM or SIGHUP stop it between two epochs: the trace is flushed and closed,
    /// readable, and the exit status is 128 + the signal (130 after Ctrl-C).
    static func run(_ argument: String, _ options: Invocation.Options) throws -> Int32 {
        let limit = options.force ? Int.max : LessonLibrary.maximumFileBytes
        let lesson = Training.applying(options, to: try LessonLibrary.standard().load(argument, maximumBytes: limit))
        try ResourceGuard.checkRecord(lesson, force: options.force)
        let path = options.output ?? lesson.name + ".jsonl"
        let header = TraceHeader(lesson: lesson)
        var writer = try TraceFileWriter(path: path, header: header)
        let interruption = try InterruptionCheck()
        let ending: Training.Ending
        do {
            defer { interruption.stop() }
            ending = try Training.run(lesson, into: &writer, interruptedBy: interruption.stopSignal)
        }
        try writer.flush()
        let messages = Messages(options.language)
        switch ending {
        case .interrupted(let signal, let epochs):
            Platform.writeStderr(messages.interrupted(signal: signal, path: path, epochs: epochs,
                                                      kept: keptEpochs(epochs, of: header)) + "\n")
            return 128 + signal
        case .failed(let failure):
            Platform.writeStdout(messages.recorded(path: path, epochs: failure.epoch,
                                                   kept: keptEpochs(failure.epoch, of: header)) + "\n")
            var report = messages.training(failure, header: header)
            if !header.sampling.keeps(epoch: failure.epoch, of: header.epochs) {
                report += "\n" + messages.notKept(epoch: failure.epoch,
                                                  command: lessonCommand(argument, options, epoch: failure.epoch))
            }
            Platform.writeStderr(report + "\n")
            return 1
        case .finished:
            Platform.writeStdout(messages.recorded(path: path, epochs: header.epochs,
                                                   kept: keptEpochs(header.epochs, of: header)) + "\n")
            return 0
        }
    }

    /// How many of the first `ran` epochs of the run of `header` kept all their steps.
    static func keptEpochs(_ ran: Int, of header: TraceHeader) -> Int {
        let sampling = header.sampling
        return SamplingPolicy(first: sampling.first, every: sampling.every, last: sampling.last && ran == header.epochs)
            .keptCount(of: ran)
    }

    /// The `nnstep lesson` command line that trains the same run and keeps `epoch` in full.
    static func lessonCommand(_ argument: String, _ options: Invocation.Options, epoch: Int) -> String {
        var words = ["nnstep", "lesson", argument.contains(" ") ? "'\(argument)'" : argument]
        if let epochs = options.epochCount { words += ["--epochs", "\(epochs)"] }
        if let rate = options.learningRate { words += ["--lr", "\(rate)"] }
        if let seed = options.seed { words += ["--seed", "\(seed)"] }
        words += ["--epoch", "\(epoch)"]
        if options.language != .spanish { words += ["--lang", options.language.rawValue] }
        return words.joined(separator: " ")
    }
}
