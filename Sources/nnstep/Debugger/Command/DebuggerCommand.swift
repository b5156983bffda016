/// One command of the debugger's command line, parsed but not yet carried out.
///
/// ``CommandParser`` reads it from what the user typed (Spanish or English words); ``Debugger``
/// carries it out on a recording. Names are kept as typed (`delta_hidden`, `d_hidden_layer`,
/// `δ_hidden`): the debugger resolves them against the recording.
enum DebuggerCommand: Equatable, Sendable {
    /// `next [N]`: N steps forward (past the end of an epoch, into the next kept one).
    case next(count: Int)
    /// `prev [N]`: N steps back.
    case previous(count: Int)
    /// `next epoch`: the same step in the next kept epoch.
    case nextEpoch
    /// `prev epoch`: the same step in the previous kept epoch.
    case previousEpoch
    /// `goto 500`, `goto 500.13`, `goto delta_out`.
    case goto(GotoTarget)
    /// `continue`: forward to the next breakpoint hit.
    case continueForward
    /// `reverse-continue`: back to the previous breakpoint hit.
    case continueBackward
    /// `finish`: forward to the last step of the current phase.
    case finish
    /// `break …` and `watch …`: a new breakpoint.
    case breakpoint(BreakCondition)
    /// `info breakpoints`.
    case infoBreakpoints
    /// `info display`.
    case infoDisplays
    /// `delete N`, or `delete` (all of them).
    case delete(Int?)
    /// `display EXPR`: show a value at every stop.
    case display(ValueExpression)
    /// `undisplay N`, or `undisplay` (all of them).
    case undisplay(Int?)
    /// `print EXPR`.
    case print(ValueExpression)
    /// `print shape NAME`.
    case printShape(String)
    /// `diff NAME`: before and after the update (or the previous kept epoch).
    case diff(String)
    /// `heatmap NAME`: switch between numbers and a heat map for that matrix.
    case heatMap(String)
    /// `filter W1 5`: filter 5 of a convolution's weights, whole, as C maps of k×k.
    case filter(String, Int)
    /// `channel A1 0 7`: channel 7 of example 0 of a value of four dimensions, whole.
    case channel(String, example: Int, channel: Int)
    /// `example A1 0`: example 0 of a value, whole (every channel, or the row of a matrix).
    case example(String, Int)
    /// `where`: position and network diagram.
    case location
    /// `list`: the notes' code with the current line marked.
    case list
    /// `explain`: the whole annotation of the step.
    case explain
    /// `compare`: the lesson's variants side by side, with their diagnoses.
    case compare
    /// `help [COMMAND]`.
    case help(CommandWord?)
    /// `quit`.
    case quit
}
