/// The words of the debugger's language, by meaning: the commands, and the keywords their
/// arguments use.
///
/// The raw value is the word's identifier in the `[debugger.words]` table of each interface
/// catalog, which lists the names that stand for it in that language (`next: siguiente, sig, s`).
enum CommandWord: String, CaseIterable, Sendable {
    // Commands.
    case next, prev, goto
    case `continue`, reverseContinue = "reverse-continue", finish
    case `break`, watch, info, delete
    case display, undisplay, print, diff, heatmap
    case filter, channel, example
    case compare
    case `where`, list, explain, help, quit
    // Keywords inside commands.
    case epoch, shape, changesSign = "changes-sign", nan, breakpoints, displays

    /// Whether the word starts a command (the others are keywords inside one).
    var isCommand: Bool {
        switch self {
        case .epoch, .shape, .changesSign, .nan, .breakpoints, .displays: return false
        default: return true
        }
    }
}
