/// A breakpoint or watchpoint the debugger holds: its number, and its condition with the names
/// already resolved and the indices counted from 0.
struct Breakpoint: Equatable, Sendable {
    /// The number `info breakpoints` shows and `delete` takes.
    let id: Int
    /// When it stops.
    let condition: BreakCondition
    /// For a loss condition: the epochs where the comparison starts to hold, read once from the
    /// loss of every epoch.
    let crossings: [Int]
}

/// Why the debugger stopped at a step: the facts of one breakpoint hit, worded by
/// ``Debugger/describe(_:)``.
enum BreakpointHit: Equatable, Sendable {
    /// The step produces the named matrix.
    case name(id: Int, name: String, epoch: Int, step: Int)
    /// The first step of `shown`, the first kept epoch at or after `asked`.
    case epoch(id: Int, asked: Int, shown: Int)
    /// The loss starts to satisfy the comparison at epoch `since` (whose loss is `loss`; `before`
    /// is the epoch before and its loss); the stop is at the loss step of kept epoch `shown`.
    case loss(id: Int, Comparison, Double, since: Int, loss: Double, before: Before?, shown: Int, shownLoss: Double)
    /// The first non-finite element of a step's result.
    case nonFinite(id: Int, name: String, row: Int, column: Int, value: Double, epoch: Int, step: Int, formula: String)
    /// An entry changed: a sign change, a watch, or a comparison that starts to hold. `old` is
    /// `nil` when the entry had no earlier value.
    case change(id: Int, kind: ChangeKind, entry: Entry, old: Double?, new: Double, when: When)

    /// The epoch before a loss crossing, and its loss.
    struct Before: Equatable, Sendable {
        var epoch: Int
        var loss: Double
    }

    /// What kind of change stopped the debugger.
    enum ChangeKind: Equatable, Sendable {
        case sign
        case watch
        case condition(Comparison, Double)
    }

    /// Where a change was seen: exactly at a step, or somewhere between two kept epochs (the
    /// epochs between them kept no values).
    enum When: Equatable, Sendable {
        case step(epoch: Int, step: Int)
        case between(from: Int, to: Int)
    }

    /// The number of the breakpoint that was hit.
    var id: Int {
        switch self {
        case .name(let id, _, _, _), .epoch(let id, _, _), .loss(let id, _, _, _, _, _, _, _),
             .nonFinite(let id, _, _, _, _, _, _, _), .change(let id, _, _, _, _, _):
            return id
        }
    }
}
