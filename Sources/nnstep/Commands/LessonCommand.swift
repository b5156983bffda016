import Explain
import Trace

/// `nnstep lesson LESSON`: trains a lesson now and steps through it.
enum LessonCommand {
    /// Loads `argument` (a name or a path), trains it keeping the sampled epochs and those
    /// `--epoch` asks for, and shows the steps.
    static func run(_ argument: String, _ options: Invocation.Options) throws -> Int32 {
        let lesson = Training.applying(options, to: try LessonLibrary.standard().load(argument))
        for epoch in options.epochs ?? [] where epoch > lesson.training.epochs {
            throw CommandError.epochOutOfRange(epoch, epochs: lesson.training.epochs)
        }
        var sink = MemorySink(sampling: lesson.training.sampling, totalEpochs: lesson.training.epochs,
                              extraEpochs: Set(options.epochs ?? []))
        let failure = try Training.run(lesson, into: &sink)
        let recording = Recording(header: TraceHeader(lesson: lesson), events: sink.events)
        return try Presenter.show(recording, options: options, failure: failure)
    }
}
