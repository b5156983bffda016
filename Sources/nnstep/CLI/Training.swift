import Trace

/// Runs a lesson's training from epoch 1 to the end into a sink, stopping at the first
/// non-finite value.
enum Training {
    /// Trains `lesson` for all its epochs into `sink`.
    ///
    /// - Returns: the training error that stopped the run early, if one did; the events up to
    ///   and including the faulty step are in the sink.
    /// - Throws: what the sink throws (a trace file that cannot be written).
    static func run<Sink: TraceSink>(_ lesson: Lesson, into sink: inout Sink) throws -> TrainingError? {
        var trainer = lesson.makeTrainer()
        for epoch in 1...lesson.training.epochs {
            do {
                try trainer.runEpoch(epoch, into: &sink)
            } catch let error as TrainingError {
                return error
            }
        }
        return nil
    }

    /// `lesson` with the command line's `--epochs`, `--lr` and `--seed` applied.
    static func applying(_ options: Invocation.Options, to lesson: Lesson) -> Lesson {
        var lesson = lesson
        if let epochs = options.epochCount { lesson.training.epochs = epochs }
        if let rate = options.learningRate { lesson.training.learningRate = rate }
        if let seed = options.seed { lesson.training.seed = seed }
        return lesson
    }
}
