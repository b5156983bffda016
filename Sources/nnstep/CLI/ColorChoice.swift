/// `--color auto|always|never`: whether the debugger's output is coloured.
///
/// `auto` colours only a terminal that understands it (not a pipe or a file, not `TERM=dumb`)
/// and honours `NO_COLOR` (https://no-color.org): set to anything but the empty string, it turns
/// colour off. `always` and `never` are explicit and win over both.
enum ColorChoice: String, CaseIterable, Equatable, Sendable {
    case auto, always, never

    /// Whether to colour, given the value of `NO_COLOR` and whether standard output is an
    /// interactive terminal.
    func isEnabled(noColor: String?, interactive: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return interactive && (noColor ?? "").isEmpty
        }
    }
}
