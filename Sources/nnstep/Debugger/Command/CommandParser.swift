import Foundation

/// Reads one line of the debugger's command line into a ``DebuggerCommand``. Pure: no state, no
/// recording; bad input is a ``CommandParseError``, never a trap.
///
/// The first word (or two, `ir a`) names the command in any language of the vocabulary; the
/// words after it are its arguments:
///
///     next [N] | next epoch | epoch next         prev [N] | prev epoch | epoch prev
///     goto 500 | goto 500.13 | goto delta_out     continue · reverse-continue · finish
///     break NAME | break epoch N | break loss < 0.01 | break W1[0,1] > 0.5 | break nan
///     break W1[0,1] changes sign                  watch W1[0,1] [THRESHOLD]
///     info [breakpoints | display] · delete [N] · display [EXPR] · undisplay [N]
///     print EXPR | print shape NAME · diff NAME · heatmap NAME
///     filter NAME F · channel NAME E C · example NAME E
///     where · list · explain · compare · help [COMMAND] · quit
///
/// Numbers may use a decimal comma (`0,01`), as Spanish writes them.
struct CommandParser {
    /// The names understood.
    var vocabulary = CommandVocabulary.all

    /// The largest count `next N` / `prev N` accept.
    static let maximumCount = 10_000_000

    /// The command `line` states. An empty line is not a command (callers repeat the last one).
    func parse(_ line: String) throws(CommandParseError) -> DebuggerCommand {
        let words = CommandTokenizer.words(line)
        guard let first = words.first else { throw .unknownCommand("") }
        if vocabulary.keyword(words.prefix(1)) == .epoch, words.count == 2,
           let (word, _) = vocabulary.command(at: words.dropFirst()), word == .next || word == .prev {
            return word == .next ? .nextEpoch : .previousEpoch
        }
        guard let (word, length) = vocabulary.command(at: words[...]) else { throw .unknownCommand(first) }
        return try command(word, Array(words.dropFirst(length)))
    }

    private func command(_ word: CommandWord, _ rest: [String]) throws(CommandParseError) -> DebuggerCommand {
        switch word {
        case .next, .prev: return try motion(word, rest)
        case .goto:
            guard !rest.isEmpty else { throw .missingArgument(word) }
            let text = rest.joined()
            guard let target = GotoTarget(text) else { throw .badTarget(text) }
            return .goto(target)
        case .continue: return try bare(.continueForward, word, rest)
        case .reverseContinue: return try bare(.continueBackward, word, rest)
        case .finish: return try bare(.finish, word, rest)
        case .where: return try bare(.location, word, rest)
        case .list: return try bare(.list, word, rest)
        case .explain: return try bare(.explain, word, rest)
        case .compare: return try bare(.compare, word, rest)
        case .quit: return try bare(.quit, word, rest)
        case .break: return .breakpoint(try breakCondition(rest))
        case .watch: return .breakpoint(try watchCondition(rest))
        case .info:
            if rest.isEmpty { return .infoBreakpoints }
            switch vocabulary.keyword(rest[...]) {
            case .breakpoints: return .infoBreakpoints
            case .displays: return .infoDisplays
            default: throw .unexpected(word, rest.joined(separator: " "))
            }
        case .delete: return .delete(try optionalNumber(word, rest))
        case .undisplay: return .undisplay(try optionalNumber(word, rest))
        case .display:
            if rest.isEmpty { return .infoDisplays }
            return .display(try expression(word, rest))
        case .print:
            if vocabulary.keyword(rest.prefix(1)) == .shape {
                return .printShape(try name(word, Array(rest.dropFirst())))
            }
            return .print(try expression(word, rest))
        case .diff: return .diff(try name(word, rest))
        case .heatmap: return .heatMap(try name(word, rest))
        case .filter:
            let (name, indices) = try nameAndIndices(word, rest, count: 1)
            return .filter(name, indices[0])
        case .channel:
            let (name, indices) = try nameAndIndices(word, rest, count: 2)
            return .channel(name, example: indices[0], channel: indices[1])
        case .example:
            let (name, indices) = try nameAndIndices(word, rest, count: 1)
            return .example(name, indices[0])
        case .help:
            guard !rest.isEmpty else { return .help(nil) }
            guard let (topic, length) = vocabulary.command(at: rest[...]), length == rest.count else {
                throw .unknownTopic(rest.joined(separator: " "))
            }
            return .help(topic)
        case .epoch, .shape, .changesSign, .nan, .breakpoints, .displays:
            throw .unknownCommand(rest.first ?? word.rawValue)
        }
    }

    /// `next`, `next 5`, `next epoch` (and the same for `prev`).
    private func motion(_ word: CommandWord, _ rest: [String]) throws(CommandParseError) -> DebuggerCommand {
        let forward = word == .next
        if vocabulary.keyword(rest[...]) == .epoch { return forward ? .nextEpoch : .previousEpoch }
        let count = try optionalNumber(word, rest) ?? 1
        return forward ? .next(count: count) : .previous(count: count)
    }

    /// A command that takes no argument.
    private func bare(_ command: DebuggerCommand, _ word: CommandWord,
                      _ rest: [String]) throws(CommandParseError) -> DebuggerCommand {
        if let extra = rest.first { throw .unexpected(word, extra) }
        return command
    }

    /// Nothing, or one whole number from 1.
    private func optionalNumber(_ word: CommandWord, _ rest: [String]) throws(CommandParseError) -> Int? {
        guard let text = rest.first else { return nil }
        guard rest.count == 1 else { throw .unexpected(word, rest[1]) }
        guard let number = Int(text), (1...Self.maximumCount).contains(number) else { throw .badNumber(word, text) }
        return number
    }

    /// One expression (`W1`, `W1[0,:]`, …) and nothing after it.
    private func expression(_ word: CommandWord, _ rest: [String]) throws(CommandParseError) -> ValueExpression {
        guard let text = rest.first else { throw .missingArgument(word) }
        guard let expression = ValueExpression(text) else { throw .badExpression(word, text) }
        if rest.count > 1 { throw .unexpected(word, rest[1]) }
        return expression
    }

    /// One whole-matrix name and nothing after it.
    private func name(_ word: CommandWord, _ rest: [String]) throws(CommandParseError) -> String {
        let expression = try self.expression(word, rest)
        guard expression.selection == .all else { throw .badExpression(word, expression.description) }
        return expression.name
    }

    /// A whole-matrix name and `count` indices after it (`W1 5`, `A1 0 7`); negative indices
    /// count from the end, as numpy's.
    private func nameAndIndices(_ word: CommandWord, _ rest: [String],
                                count: Int) throws(CommandParseError) -> (String, [Int]) {
        guard rest.count >= 1 + count else { throw .missingArgument(word) }
        guard rest.count == 1 + count else { throw .unexpected(word, rest[1 + count]) }
        let name = try self.name(word, [rest[0]])
        var indices: [Int] = []
        for text in rest.dropFirst() {
            guard let index = Int(text), (-Self.maximumCount...Self.maximumCount).contains(index) else { throw .badNumber(word, text) }
            indices.append(index)
        }
        return (name, indices)
    }

    /// The words after `break`.
    private func breakCondition(_ rest: [String]) throws(CommandParseError) -> BreakCondition {
        guard let first = rest.first else { throw .missingArgument(.break) }
        if vocabulary.keyword(rest[...]) == .nan { return .nonFinite }
        if vocabulary.keyword(rest.prefix(1)) == .epoch {
            guard rest.count == 2 else { throw rest.count < 2 ? .missingArgument(.break) : .unexpected(.break, rest[2]) }
            guard let epoch = Int(rest[1]), epoch >= 1 else { throw .badNumber(.break, rest[1]) }
            return .epoch(epoch)
        }
        let expression = try self.expression(.break, [first])
        let tail = rest.dropFirst()
        if tail.isEmpty {
            guard expression.selection == .all else { throw .unexpected(.break, expression.description) }
            return .name(expression.name)
        }
        if vocabulary.keyword(tail) == .changesSign {
            guard let entry = expression.entry else { throw .needsEntry(.break, expression.description) }
            return .signChange(entry)
        }
        let words = Array(tail)
        guard let comparison = Comparison(symbol: words[0]) else { throw .unexpected(.break, words[0]) }
        guard words.count >= 2 else { throw .missingArgument(.break) }
        guard words.count == 2 else { throw .unexpected(.break, words[2]) }
        let bound = try number(.break, words[1])
        if expression.selection == .all, expression.name.lowercased() == "loss" { return .loss(comparison, bound) }
        guard let entry = expression.entry else { throw .badCondition(expression.description) }
        return .entry(entry, comparison, bound)
    }

    /// The words after `watch`: an entry and, optionally, a threshold (`> 0.1` or `0.1`).
    private func watchCondition(_ rest: [String]) throws(CommandParseError) -> BreakCondition {
        let expression = try self.expression(.watch, Array(rest.prefix(1)))
        guard let entry = expression.entry else { throw .needsEntry(.watch, expression.description) }
        var tail = Array(rest.dropFirst())
        if let sign = tail.first, Comparison(symbol: sign) == .greater { tail.removeFirst() }
        guard let text = tail.first else { return .watch(entry, threshold: 0) }
        if tail.count > 1 { throw .unexpected(.watch, tail[1]) }
        let threshold = try number(.watch, text)
        guard threshold >= 0 else { throw .badNumber(.watch, text) }
        return .watch(entry, threshold: threshold)
    }

    /// A finite number; `0,01` reads as `0.01`.
    private func number(_ word: CommandWord, _ text: String) throws(CommandParseError) -> Double {
        let isDecimalComma = text.filter { $0 == "," }.count == 1 && !text.contains(".")
        let normalized = isDecimalComma ? text.replacingOccurrences(of: ",", with: ".") : text
        guard let value = Double(normalized), value.isFinite else { throw .badNumber(word, text) }
        return value
    }
}
