/// Why a line typed at the debugger's command line is not a command. ``DebuggerTexts`` words
/// each case, with the usage of the command concerned.
enum CommandParseError: Error, Equatable, Sendable {
    /// The first word is no command's name.
    case unknownCommand(String)
    /// The command needs an argument that is missing.
    case missingArgument(CommandWord)
    /// A word the command does not take there.
    case unexpected(CommandWord, String)
    /// A number that does not read as one, or out of its range.
    case badNumber(CommandWord, String)
    /// Not an expression such as `W1`, `W1[0,:]` or `W1[0,1]`.
    case badExpression(CommandWord, String)
    /// The command needs one entry (`W1[0,1]`), not a whole matrix or a slice.
    case needsEntry(CommandWord, String)
    /// `break X < 0.1` where X is neither `loss` nor one entry.
    case badCondition(String)
    /// `goto` to something that is not an epoch, an epoch and step, or a name.
    case badTarget(String)
    /// `help` about something that is not a command.
    case unknownTopic(String)
}
