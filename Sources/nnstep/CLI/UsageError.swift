/// A command line that cannot be carried out as written (exit status 2).
///
/// Each case holds the facts; ``Messages`` words them in the user's language.
enum UsageError: Error, Equatable {
    /// No subcommand was given.
    case missingCommand
    /// The first word is not a subcommand.
    case unknownCommand(String)
    /// The subcommand needs an operand (a lesson or a trace) that is missing.
    case missingOperand(command: String)
    /// An operand beyond the one the subcommand takes.
    case extraOperand(command: String, operand: String)
    /// An option this subcommand does not take.
    case unknownOption(command: String, option: String)
    /// An option of `command` that needs a value was last on the line.
    case missingValue(command: String, option: String)
    /// An option's value is not of the right form; `expected` describes the form.
    case invalidValue(command: String, option: String, value: String, expected: ValueForm)

    /// The forms option values take.
    enum ValueForm: Equatable {
        case language, positiveInteger, epochList, positiveNumber, seed
    }
}
