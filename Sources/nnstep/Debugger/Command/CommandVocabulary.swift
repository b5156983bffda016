import Explain
import Foundation

/// The names that stand for each ``CommandWord``, read from the interface catalogs.
///
/// Each catalog's `[debugger.words]` entry has one line per word: its identifier, a colon, and
/// its names separated by commas; a name may have several words (`cambia de signo`). The
/// debugger understands the names of every language at once, so a student may type `siguiente`
/// or `next` whatever `--lang` says; help texts show the names of the student's language.
struct CommandVocabulary: Sendable {
    /// Command names (lower case) and what they stand for.
    private(set) var commands: [String: CommandWord] = [:]
    /// Keyword names (lower case) and what they stand for.
    private(set) var keywords: [String: CommandWord] = [:]
    /// Each word's names, in the order the table lists them.
    private(set) var names: [CommandWord: [String]] = [:]
    /// What was wrong in the table: unknown identifiers, names standing for two words.
    private(set) var problems: [String] = []

    /// The vocabulary of one table in the format above.
    init(parsing table: String) {
        for line in table.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else {
                problems.append("no colon: \(line)")
                continue
            }
            let identifier = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard let word = CommandWord(rawValue: identifier) else {
                problems.append("unknown word: \(identifier)")
                continue
            }
            let aliases = line[line.index(after: colon)...].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            for alias in aliases { add(alias, for: word) }
        }
    }

    /// The names of every vocabulary in `vocabularies`, together.
    init(merging vocabularies: [CommandVocabulary]) {
        for vocabulary in vocabularies {
            problems += vocabulary.problems
            for word in CommandWord.allCases {
                for alias in vocabulary.names[word] ?? [] { add(alias, for: word) }
            }
        }
    }

    private mutating func add(_ alias: String, for word: CommandWord) {
        if word.isCommand {
            if let other = commands[alias], other != word { problems.append("\(alias): \(other) and \(word)") }
            commands[alias] = word
        } else {
            if let other = keywords[alias], other != word { problems.append("\(alias): \(other) and \(word)") }
            keywords[alias] = word
        }
        if names[word]?.contains(alias) != true { names[word, default: []].append(alias) }
    }

    /// The table of `language`.
    static func of(_ language: Language) -> CommandVocabulary {
        language == .spanish ? spanish : english
    }

    /// Every language's names: what the parser understands.
    static let all = CommandVocabulary(merging: Language.allCases.map(of))

    private static let spanish = CommandVocabulary(parsing: InterfaceCatalog.of(.spanish).text(.debuggerWords))
    private static let english = CommandVocabulary(parsing: InterfaceCatalog.of(.english).text(.debuggerWords))

    /// The command that `words` start with, and how many words its name takes: the longest name
    /// that matches (`ir a` before `ir`), else a unique abbreviation of three letters or more
    /// (`cont` for `continue`), as gdb allows.
    func command(at words: ArraySlice<String>) -> (word: CommandWord, length: Int)? {
        for length in stride(from: min(3, words.count), through: 1, by: -1) {
            let phrase = words.prefix(length).joined(separator: " ").lowercased()
            if let word = commands[phrase] { return (word, length) }
        }
        guard let first = words.first?.lowercased(), first.count >= 3 else { return nil }
        let matches = Set(commands.filter { $0.key.hasPrefix(first) }.values)
        guard matches.count == 1, let word = matches.first else { return nil }
        return (word, 1)
    }

    /// The keyword that `words` are, all together (`cambia de signo`), if they are one.
    func keyword(_ words: ArraySlice<String>) -> CommandWord? {
        keywords[words.joined(separator: " ").lowercased()]
    }
}
