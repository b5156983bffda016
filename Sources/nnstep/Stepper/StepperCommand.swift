/// What a key asks the stepper to do.
enum StepperCommand: Equatable {
    case nextStep, previousStep
    case nextEpoch, previousEpoch
    case firstStep, lastStep
    case scrollDown, scrollUp
    case openGoto
    case openCommandLine
    case toggleHelp
    case quit

    /// The command bound to `key` while stepping, if any.
    ///
    /// `n` / → / space: next step · `p` / ←: previous step · `N` / PgDn: same step, next kept
    /// epoch · `P` / PgUp: previous kept epoch · Home / End: first / last step · ↓ / ↑ scroll ·
    /// `g`: go to · `:`: the debugger's command line · `?`: help · `q` / Esc: quit.
    init?(key: Key) {
        switch key {
        case .character("n"), .character(" "), .right, .enter: self = .nextStep
        case .character("p"), .left, .backspace: self = .previousStep
        case .character("N"), .pageDown: self = .nextEpoch
        case .character("P"), .pageUp: self = .previousEpoch
        case .home: self = .firstStep
        case .end: self = .lastStep
        case .down, .character("j"): self = .scrollDown
        case .up, .character("k"): self = .scrollUp
        case .character("g"): self = .openGoto
        case .character(":"): self = .openCommandLine
        case .character("?"), .character("h"): self = .toggleHelp
        case .character("q"), .escape, .endOfFile: self = .quit
        default: return nil
        }
    }
}
