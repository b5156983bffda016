import Explain
import Trace

/// `nnstep replay TRACE`: steps through a saved trace.
enum ReplayCommand {
    /// Opens the trace at `path` (warning about a cut last line, or a run that ends before its
    /// last epoch) and shows it, starting at the first non-finite value if it holds one.
    ///
    /// The trace is indexed, not read whole (``TraceIndex``): a step's values are read from the
    /// file when it is shown, so a trace of a million events opens in about a second.
    /// Refused before opening when ``ResourceGuard`` estimates its index too large for memory
    /// (unless `--force`).
    static func run(_ path: String, _ options: Invocation.Options) throws -> Int32 {
        try ResourceGuard.checkReplay(path: path, force: options.force)
        let index = try TraceIndex.open(path: path)
        let messages = Messages(options.language)
        for warning in index.warnings {
            Platform.writeStderr(messages.traceWarning(warning) + "\n")
        }
        let failure = index.firstNonFinite.map(trainingError)
        if failure == nil, let last = index.lastEpoch, last < index.header.epochs {
            Platform.writeStderr(messages.endsEarly(path: path, last: last, epochs: index.header.epochs) + "\n")
        }
        let recording = Recording(index: index)
        guard !recording.epochs.isEmpty else { throw CommandError.nothingToShow(path: path) }
        return try Presenter.show(recording, options: options, failure: failure)
    }

    /// The training error a trace recorded with `event`, whose values hold NaN or an infinity.
    static func trainingError(_ event: TraceEvent) -> TrainingError {
        .nonFinite(epoch: event.epoch, step: event.step, name: event.name, formula: event.formula)
    }
}
