import Explain
import Trace

/// `nnstep replay TRACE`: steps through a saved trace.
enum ReplayCommand {
    /// Reads the trace at `path` (warning about a cut last line, or a run that ends before its
    /// last epoch) and shows it, starting at the first non-finite value if it holds one.
    ///
    /// Refused before reading when ``ResourceGuard`` estimates the file too large for memory
    /// (unless `--force`).
    static func run(_ path: String, _ options: Invocation.Options) throws -> Int32 {
        try ResourceGuard.checkReplay(path: path, force: options.force)
        let file = try TraceFile.read(path: path)
        let messages = Messages(options.language)
        for warning in file.warnings {
            Platform.writeStderr(messages.traceWarning(warning) + "\n")
        }
        let failure = firstNonFinite(in: file.events)
        if failure == nil, let last = file.events.last?.epoch, last < file.header.epochs {
            Platform.writeStderr(messages.endsEarly(path: path, last: last, epochs: file.header.epochs) + "\n")
        }
        let recording = Recording(header: file.header, events: file.events)
        guard !recording.epochs.isEmpty else { throw CommandError.nothingToShow(path: path) }
        return try Presenter.show(recording, options: options, failure: failure)
    }

    /// The first event whose values hold NaN or an infinity, as the training error it recorded.
    static func firstNonFinite(in events: [TraceEvent]) -> TrainingError? {
        guard let event = events.first(where: { $0.values.map { !$0.isFinite } ?? false }) else { return nil }
        return .nonFinite(epoch: event.epoch, step: event.step, name: event.name, formula: event.formula)
    }
}
