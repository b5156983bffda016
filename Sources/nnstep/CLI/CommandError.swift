import Trace

/// A failure of a command after its line was understood.
enum CommandError: Error, Equatable {
    /// Training stopped at a non-finite value.
    case training(TrainingError)
    /// `--epoch` asked for an epoch the run does not have (`epochs`: how many it has).
    case epochOutOfRange(Int, epochs: Int)
    /// `--epoch` asked for an epoch that the trace did not keep in full (`kept` lists those it did).
    case epochNotKept(Int, kept: [Int])
    /// The trace keeps no epoch in full, so there is no step to show.
    case nothingToShow(path: String)
    /// `help` was asked about something that is not a command.
    case unknownHelpTopic(String)
    /// The file of `--commands-file` cannot be read.
    case unreadableCommands(path: String, reason: String)

    /// Whether the failure is the command line's fault (exit status 2).
    var isUsage: Bool {
        switch self {
        case .epochOutOfRange, .unknownHelpTopic: return true
        default: return false
        }
    }
}
