import Explain
import Trace

/// `nnstep replay TRACE`: steps through a saved trace.
enum ReplayCommand {
    /// Reads the trace at `path` (warning about a cut last line) and shows it.
    static func run(_ path: String, _ options: Invocation.Options) throws -> Int32 {
        let file = try TraceFile.read(path: path)
        let messages = Messages(options.language)
        for warning in file.warnings {
            Platform.writeStderr(messages.traceWarning(warning) + "\n")
        }
        let recording = Recording(header: file.header, events: file.events)
        guard !recording.epochs.isEmpty else { throw CommandError.nothingToShow(path: path) }
        return try Presenter.show(recording, options: options, failure: nil)
    }
}
