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
    ///
    /// With `--no-trace` it trains without writing anything and prints the last epoch's loss and
    /// how long training took (see ``runWithoutTrace(_:lesson:options:)``).
    static func run(_ argument: String, _ options: Invocation.Options) throws -> Int32 {
        let limit = options.force ? Int.max : LessonLibrary.maximumFileBytes
        let choice = try VariantChoice(Training.applying(options, to: try LessonLibrary.standard().load(
            argument, maximumBytes: limit)), choosing: options.variant)
        let lesson = choice.lesson
        if options.noTrace { return try runWithoutTrace(argument, lesson: lesson, options: options) }
        try ResourceGuard.checkRecord(lesson, force: options.force)
        let path = options.output ?? lesson.name + ".jsonl"
        let header = TraceHeader(lesson: lesson, variant: choice.label)
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
        case .finished(let epochs, let earlyStop):
            Platform.writeStdout(messages.recorded(path: path, epochs: epochs, kept: keptEpochs(epochs, of: header)) + "\n")
            if let earlyStop { Platform.writeStdout(messages.earlyStopped(earlyStop) + "\n") }
            return 0
        }
    }

    /// `record --no-trace`: trains `lesson` with nothing recorded (for benchmarks and quick
    /// checks), and prints how many epochs ran, how long they took and the last one's loss.
    ///
    /// A non-finite value is reported as with a trace, with the `nnstep lesson … --epoch E`
    /// command that shows it; Ctrl-C, SIGTERM and SIGHUP stop it between two epochs with the
    /// loss reached so far (exit status 128 + the signal).
    static func runWithoutTrace(_ argument: String, lesson: Lesson, options: Invocation.Options) throws -> Int32 {
        try ResourceGuard.checkTraining(lesson, force: options.force)
        let messages = Messages(options.language)
        var sink = DiscardingSink()
        var last: (epoch: Int, loss: Double)?
        let interruption = try InterruptionCheck()
        let clock = ContinuousClock()
        let start = clock.now
        let ending: Training.Ending
        do {
            defer { interruption.stop() }
            ending = try Training.run(lesson, into: &sink, interruptedBy: interruption.stopSignal) { last = ($0, $1) }
        }
        let seconds = Self.seconds(start.duration(to: clock.now))
        switch ending {
        case .interrupted(let signal, let epochs):
            Platform.writeStderr(messages.trainingInterrupted(signal: signal, epochs: epochs, seconds: seconds,
                                                              loss: last?.loss) + "\n")
            return 128 + signal
        case .failed(let failure):
            let header = TraceHeader(lesson: lesson)
            Platform.writeStderr(messages.training(failure, header: header) + "\n"
                                 + messages.noTrace(epoch: failure.epoch,
                                                    command: lessonCommand(argument, options, epoch: failure.epoch)) + "\n")
            return 1
        case .finished(_, let earlyStop):
            Platform.writeStdout(messages.trained(lesson: lesson.name, epochs: last?.epoch ?? 0, seconds: seconds,
                                                  loss: last?.loss) + "\n")
            if let earlyStop { Platform.writeStdout(messages.earlyStopped(earlyStop) + "\n") }
            return 0
        }
    }

    /// `duration` in seconds.
    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
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
        if let variant = options.variant { words += ["--variant", variant.contains(" ") ? "'\(variant)'" : variant] }
        words += ["--epoch", "\(epoch)"]
        if options.language != .spanish { words += ["--lang", options.language.rawValue] }
        return words.joined(separator: " ")
    }
}
