import Explain
import Foundation
import Trace

/// The debugger's lines in one language, from the interface catalog (`debugger.*` keys), and the
/// way it writes numbers.
struct DebuggerTexts: Sendable {
    /// The language of every text.
    let language: Language
    private let catalog: InterfaceCatalog

    /// The texts of `language`.
    init(_ language: Language) {
        self.language = language
        catalog = InterfaceCatalog.of(language)
    }

    /// The text of `key` with its placeholders filled.
    func text(_ key: InterfaceKey, _ values: [String: String] = [:]) -> String {
        catalog.text(key, values)
    }

    /// The lines of `key`.
    func lines(_ key: InterfaceKey) -> [String] {
        text(key).components(separatedBy: "\n")
    }

    /// A number for a message: four decimals, or three significant digits below 0.001 so that a
    /// small value (a weight crossing zero) does not read as 0; never an exponent.
    static func number(_ x: Double) -> String {
        guard x.isFinite, x != 0, abs(x) < 0.001 else { return Matrix.fixed(x, digits: 4) }
        let digits = min(12, 2 - Int(floor(log10(abs(x)))))
        return Matrix.fixed(x, digits: digits)
    }

    /// A number as short as it reads exactly to four decimals: `0.01`, `0.5`, `2` (the bounds and
    /// thresholds a student types).
    static func compact(_ x: Double) -> String {
        var text = number(x)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A loss, with six decimals: near a threshold such as 0.01, four would read the same on
    /// both sides of it.
    static func loss(_ x: Double) -> String {
        Matrix.fixed(x, digits: 6)
    }

    /// A change with its sign: `+0.0028`, `-0.0185`.
    static func signed(_ x: Double) -> String {
        let text = number(x)
        return x > 0 ? "+" + text : text
    }

    /// The help of one command: its usage line first.
    func help(_ word: CommandWord) -> [String] {
        lines(Self.helpKey(word))
    }

    /// The usage line of `word`'s command.
    func usage(_ word: CommandWord) -> String {
        help(word).first ?? word.rawValue
    }

    private static func helpKey(_ word: CommandWord) -> InterfaceKey {
        switch word {
        case .next: return .debuggerHelpNext
        case .prev: return .debuggerHelpPrev
        case .goto: return .debuggerHelpGoto
        case .continue: return .debuggerHelpContinue
        case .reverseContinue: return .debuggerHelpReverseContinue
        case .finish: return .debuggerHelpFinish
        case .break: return .debuggerHelpBreak
        case .watch: return .debuggerHelpWatch
        case .info: return .debuggerHelpInfo
        case .delete: return .debuggerHelpDelete
        case .display: return .debuggerHelpDisplay
        case .undisplay: return .debuggerHelpUndisplay
        case .print, .shape: return .debuggerHelpPrint
        case .diff: return .debuggerHelpDiff
        case .heatmap: return .debuggerHelpHeatmap
        case .filter: return .debuggerHelpFilter
        case .channel: return .debuggerHelpChannel
        case .example: return .debuggerHelpExample
        case .where: return .debuggerHelpWhere
        case .list: return .debuggerHelpList
        case .explain: return .debuggerHelpExplain
        case .compare: return .debuggerHelpCompare
        case .help: return .debuggerHelpHelp
        case .quit: return .debuggerHelpQuit
        case .epoch: return .debuggerHelpNext
        case .changesSign, .nan: return .debuggerHelpBreak
        case .breakpoints, .displays: return .debuggerHelpInfo
        }
    }

    /// What is wrong with a line that is not a command.
    func parseError(_ error: CommandParseError) -> String {
        switch error {
        case .unknownCommand(let word): return text(.debuggerUnknownCommand, ["word": word])
        case .missingArgument(let command):
            return text(.debuggerMissingArgument, ["command": command.rawValue, "usage": usage(command)])
        case .unexpected(let command, let word):
            return text(.debuggerUnexpected, ["command": command.rawValue, "word": word, "usage": usage(command)])
        case .badNumber(let command, let number):
            return text(.debuggerBadNumber, ["text": number, "usage": usage(command)])
        case .badExpression(let command, let expression):
            return text(.debuggerBadExpression, ["text": expression, "usage": usage(command)])
        case .needsEntry(let command, let expression):
            return text(.debuggerNeedsEntry, ["command": command.rawValue, "text": expression, "usage": usage(command)])
        case .badCondition(let expression): return text(.debuggerBadCondition, ["text": expression])
        case .badTarget(let target): return text(.debuggerBadTarget, ["text": target])
        case .unknownTopic(let word): return text(.debuggerUnknownTopic, ["word": word])
        }
    }

    /// "Parada" / "Breakpoint" or "Vigilancia" / "Watchpoint".
    func kind(_ condition: BreakCondition) -> String {
        text(condition.isWatch ? .debuggerKindWatch : .debuggerKindBreak)
    }

    /// `W₁[0,1]`: an entry with the name's symbol.
    static func entry(_ entry: Entry) -> String {
        Notation.symbol(for: entry.name) + "[\(entry.row),\(entry.column)]"
    }

    /// What a breakpoint waits for, for `info breakpoints` and when it is set.
    func describe(_ condition: BreakCondition) -> String {
        switch condition {
        case .name(let name): return text(.debuggerDescribeName, ["symbol": Notation.symbol(for: name), "name": name])
        case .epoch(let epoch): return text(.debuggerDescribeEpoch, ["epoch": "\(epoch)"])
        case .loss(let comparison, let bound):
            return text(.debuggerDescribeLoss, ["comparison": comparison.rawValue, "bound": Self.compact(bound)])
        case .entry(let entry, let comparison, let bound):
            return text(.debuggerDescribeEntry, ["entry": Self.entry(entry), "comparison": comparison.rawValue,
                                                 "bound": Self.compact(bound)])
        case .nonFinite: return text(.debuggerDescribeNaN)
        case .signChange(let entry): return text(.debuggerDescribeSign, ["entry": Self.entry(entry)])
        case .watch(let entry, let threshold):
            return text(.debuggerDescribeWatch, ["entry": Self.entry(entry), "threshold": Self.compact(threshold)])
        }
    }
}
