import Explain
import Trace

/// `nnstep lesson LESSON`: trains a lesson now and steps through it.
enum LessonCommand {
    /// Loads `argument` (a name or a path), trains it keeping the sampled epochs and those
    /// `--epoch` asks for, and shows the steps.
    ///
    /// A lesson with variants steps through the one `--variant` chooses (the first by default),
    /// and trains every variant for the comparison (``RunComparison``): printed after the steps
    /// with `--print`, shown by the debugger's `compare` otherwise.
    ///
    /// Refused before training when ``ResourceGuard`` estimates it too large (unless `--force`).
    /// When training stops at a non-finite value in an epoch that was not kept, it is trained
    /// again keeping that epoch too (training is deterministic), so that the stepper can show
    /// the step that produced it.
    static func run(_ argument: String, _ options: Invocation.Options) throws -> Int32 {
        let limit = options.force ? Int.max : LessonLibrary.maximumFileBytes
        let file = Training.applying(options, to: try LessonLibrary.standard().load(argument, maximumBytes: limit))
        let choice = try VariantChoice(file, choosing: options.variant)
        let lesson = choice.lesson
        for epoch in options.epochs ?? [] where epoch > lesson.training.epochs {
            throw CommandError.epochOutOfRange(epoch, epochs: lesson.training.epochs)
        }
        let extra = Set(options.epochs ?? [])
        try ResourceGuard.checkLesson(lesson, extraEpochs: extra, force: options.force)
        var (events, failure) = try train(lesson, keeping: extra)
        if let failure, !extra.contains(failure.epoch),
           !lesson.training.sampling.keeps(epoch: failure.epoch, of: lesson.training.epochs) {
            (events, _) = try train(lesson, keeping: extra.union([failure.epoch]))
        }
        let recording = Recording(header: TraceHeader(lesson: lesson, variant: choice.label), events: events)
        let comparison = try choice.index.map { index in
            for variant in file.variants { try ResourceGuard.checkTraining(file.applying(variant), force: options.force) }
            return RunComparison.run(file, selected: index)
        }
        return try Presenter.show(recording, options: options, failure: failure, comparison: comparison)
    }

    /// The events of training `lesson` with its sampling and `extra` epochs kept, and the error
    /// that stopped it, if one did.
    private static func train(_ lesson: Lesson, keeping extra: Set<Int>) throws -> ([TraceEvent], TrainingError?) {
        var sink = MemorySink(sampling: lesson.training.sampling, totalEpochs: lesson.training.epochs,
                              extraEpochs: extra)
        let failure = try Training.run(lesson, into: &sink)
        return (sink.events, failure)
    }
}
