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
    /// `nnstep export` was asked for a kind other than latex, slides or plot.
    case unknownExportKind(String)
    /// An option of `nnstep export` that does not apply to the kind asked for (`--group` with latex).
    case optionNotForKind(kind: String, option: String)
    /// Two options of `command` that exclude each other.
    case conflictingOptions(command: String, first: String, second: String)

    /// The forms option values take.
    enum ValueForm: Equatable {
        case language, positiveInteger, epochList, positiveNumber, seed
        /// `--color`: auto, always or never; `--sample`: all or a whole number.
        case color, sampling
        /// `--steps`: numbers, ranges or names; `--precision`: decimals from 0 to 12.
        case stepList, precision
    }
}
