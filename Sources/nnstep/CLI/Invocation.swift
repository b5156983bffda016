import Explain
import Trace

/// What the user asked for on the command line, parsed but not yet carried out.
struct Invocation: Equatable {
    /// The subcommand and its operand.
    var command: Command
    /// Options shared by the subcommands.
    var options = Options()

    /// The subcommands of `nnstep`.
    enum Command: Equatable {
        /// `nnstep lesson LESSON`: train a lesson and step through it.
        case lesson(String)
        /// `nnstep record LESSON`: train a lesson and save its trace.
        case record(String)
        /// `nnstep replay TRACE`: step through a saved trace.
        case replay(String)
        /// `nnstep export KIND SOURCE…`: a LaTeX article, Beamer slides or an SVG loss curve.
        case export(ExportRequest)
        /// `nnstep lessons`: list the lessons.
        case lessons
        /// `nnstep help [COMMAND]` or `--help`.
        case help(String?)
        /// `nnstep --version`.
        case version
    }

    /// Options; `nil` means "as the lesson says" or the default.
    struct Options: Equatable {
        /// `--lang es|en`.
        var language: Language = .spanish
        /// `--print`: plain text even on a terminal.
        var printSteps = false
        /// `--epoch 1,2,5000`: the epochs to print.
        var epochs: [Int]?
        /// `--epochs N`: override the lesson's number of epochs.
        var epochCount: Int?
        /// `--lr X`: override the learning rate.
        var learningRate: Double?
        /// `--seed N`: override the seed.
        var seed: UInt64?
        /// `-o FILE`: where `record` writes.
        var output: String?
        /// `--force`: run even when the resource guards estimate the run is too large.
        var force = false
        /// `--color auto|always|never`: colour of the debugger's output.
        var color = ColorChoice.auto
        /// `--sample all|default|N`: which epochs `lesson` and `record` keep in full, instead of the
        /// lesson's choice: every one; the first 3, every 500th and the last; or the first 3, every
        /// N-th and the last.
        var sampling: SamplingPolicy?
        /// `--no-trace`: `record` trains without writing a trace.
        var noTrace = false
        /// `--commands "…; …"`: debugger commands to run instead of opening the stepper.
        var commandScript: String?
        /// `--commands-file F`: a file of debugger commands, run before `--commands`.
        var commandsFile: String?
        /// `--variant N|LABEL`: which variant of a lesson with variants to step through or record.
        var variant: String?
    }
}
