import Explain
import Trace

/// `compare` (`comparar`): the variants of the lesson side by side, with their diagnoses.
extension Debugger {
    /// The comparison of the lesson's variants, or why there is none (a trace, a lesson without
    /// variants). It does not move.
    func compare() -> Reply {
        guard let comparison else { return .failure(texts.text(.debuggerNoComparison)) }
        return Reply(lines: ComparisonText(comparison, language: texts.language).lines(width: width))
    }
}
