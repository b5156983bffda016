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
        if case .failed(let error) = try run(lesson, into: &sink, interruptedBy: { nil }) { return error }
        return nil
    }

    /// How a run that may be interrupted ended.
    enum Ending: Equatable {
        /// Training ran to its end: `epochs` epochs, fewer than the lesson's when early stopping
        /// fired (`earlyStop` says when and why).
        case finished(epochs: Int, earlyStop: EarlyStopRecord?)
        /// Training stopped at a non-finite value.
        case failed(TrainingError)
        /// `signal` arrived; `epochs` epochs had finished, and the sink has all of them.
        case interrupted(signal: Int32, epochs: Int)
    }

    /// Trains `lesson` into `sink`, asking `interruption` before every epoch whether a signal
    /// asks to stop; when one does, it stops there, between two epochs. Early stopping ends
    /// the run as finished, after the epoch that fired it.
    ///
    /// `epochEnded` is told each epoch that finishes and its loss.
    ///
    /// - Throws: what the sink throws (a trace file that cannot be written).
    static func run<Sink: TraceSink>(_ lesson: Lesson, into sink: inout Sink,
                                     interruptedBy interruption: () -> Int32?,
                                     epochEnded: (_ epoch: Int, _ loss: Double) -> Void = { _, _ in }) throws -> Ending {
        var trainer = lesson.makeTrainer()
        for epoch in 1...lesson.training.epochs {
            if let signal = interruption() { return .interrupted(signal: signal, epochs: epoch - 1) }
            do {
                epochEnded(epoch, try trainer.runEpoch(epoch, into: &sink))
            } catch let error as TrainingError {
                return .failed(error)
            }
            if let stop = trainer.earlyStop { return .finished(epochs: epoch, earlyStop: stop) }
        }
        return .finished(epochs: lesson.training.epochs, earlyStop: nil)
    }

    /// `lesson` with the command line's `--epochs`, `--lr`, `--seed` and `--sample` applied.
    static func applying(_ options: Invocation.Options, to lesson: Lesson) -> Lesson {
        var lesson = lesson
        if let epochs = options.epochCount { lesson.training.epochs = epochs }
        if let rate = options.learningRate { lesson.training.learningRate = rate }
        if let seed = options.seed { lesson.training.seed = seed }
        if let sampling = options.sampling { lesson.training.sampling = sampling }
        return lesson
    }
}
