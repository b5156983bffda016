/// When a breakpoint stops the debugger.
///
/// Conditions on names and values are checked at the steps of the epochs a recording kept in
/// full; the loss condition also reads the loss of every other epoch, which every trace keeps.
enum BreakCondition: Equatable, Sendable {
    /// `break NAME`: every step that produces that matrix.
    case name(String)
    /// `break epoch N`: the first step of epoch N (or of the first kept epoch after it).
    case epoch(Int)
    /// `break loss < 0.01`: where the loss starts to satisfy the comparison.
    case loss(Comparison, Double)
    /// `break A2[0,0] > 0.9`: where one entry starts to satisfy the comparison.
    case entry(Entry, Comparison, Double)
    /// `break nan`: a step whose result holds NaN or an infinity.
    case nonFinite
    /// `break W1[0,1] changes sign`.
    case signChange(Entry)
    /// `watch W1[0,1] [THRESHOLD]`: the entry changes by more than the threshold.
    case watch(Entry, threshold: Double)

    /// Whether this is a watchpoint rather than a breakpoint (for listing them).
    var isWatch: Bool {
        if case .watch = self { return true }
        return false
    }
}

/// `<`, `<=`, `>` or `>=` between a value and a number.
enum Comparison: String, Equatable, Sendable, CaseIterable {
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

    /// Reads `<`, `<=`, `>`, `>=`, and the signs `≤`, `≥`.
    init?(symbol: String) {
        switch symbol {
        case "≤": self = .lessOrEqual
        case "≥": self = .greaterOrEqual
        default: self.init(rawValue: symbol)
        }
    }

    /// Whether `value` compared with `bound` holds (never for NaN).
    func holds(_ value: Double, _ bound: Double) -> Bool {
        switch self {
        case .less: return value < bound
        case .lessOrEqual: return value <= bound
        case .greater: return value > bound
        case .greaterOrEqual: return value >= bound
        }
    }
}
