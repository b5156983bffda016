import Foundation
import Explain
import Trace

/// Reads `nnstep`'s command line into an ``Invocation``.
///
/// Hand-written and small: a `switch` over the subcommand, then the options each one accepts.
/// Options may come before or after the operand; `--opt=value` and `--opt value` both work.
enum ArgumentParser {
    /// The subcommands, in the order `nnstep --help` lists them.
    static let commands = ["lesson", "record", "replay", "export", "lessons", "help"]

    /// The options each subcommand accepts.
    static let optionsByCommand: [String: [String]] = [
        "lesson": ["--print", "--epoch", "--epochs", "--lr", "--seed", "--lang", "--force",
                   "--commands", "--commands-file", "--color", "--sample", "--variant"],
        "record": ["-o", "--output", "--epochs", "--lr", "--seed", "--lang", "--force", "--sample", "--no-trace", "--variant"],
        "replay": ["--print", "--epoch", "--lang", "--force", "--commands", "--commands-file", "--color"],
        "lessons": ["--lang"],
        "help": ["--lang"],
    ]

    /// Parses `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var words = arguments[...]
        guard let first = words.popFirst() else { throw .missingCommand }
        switch first {
        case "-h", "--help": return Invocation(command: .help(nil), options: try options(Array(words), for: "help").0)
        case "--version", "-V": return Invocation(command: .version)
        default: break
        }
        guard commands.contains(first) else {
            if first.hasPrefix("-") { throw .unknownOption(command: "nnstep", option: first) }
            throw .unknownCommand(first)
        }
        if first == "export" { return try parseExport(Array(words)) }
        let (options, operands) = try options(Array(words), for: first)
        if first == "lessons" {
            if let extra = operands.first { throw .extraOperand(command: first, operand: extra) }
            return Invocation(command: .lessons, options: options)
        }
        if first == "help" {
            if operands.count > 1 { throw .extraOperand(command: first, operand: operands[1]) }
            return Invocation(command: .help(operands.first), options: options)
        }
        guard let operand = operands.first else { throw .missingOperand(command: first) }
        if operands.count > 1 { throw .extraOperand(command: first, operand: operands[1]) }
        switch first {
        case "lesson": return Invocation(command: .lesson(operand), options: options)
        case "record": return Invocation(command: .record(operand), options: options)
        default: return Invocation(command: .replay(operand), options: options)
        }
    }

    /// The options and the operands of the words after subcommand `command`.
    private static func options(_ words: [String], for command: String) throws(UsageError) -> (Invocation.Options, [String]) {
        var options = Invocation.Options()
        var operands: [String] = []
        var given: [String] = []
        var index = 0
        let accepted = optionsByCommand[command] ?? []
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("-"), word != "-" else {
                operands.append(word)
                continue
            }
            if word == "-h" || word == "--help" {
                throw .unknownOption(command: command, option: word)
            }
            var name = word, inlineValue: String?
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard accepted.contains(name) else { throw .unknownOption(command: command, option: name) }
            given.append(name)
            if name == "--no-trace" {
                options.noTrace = true
                continue
            }
            if name == "--print" {
                options.printSteps = true
                continue
            }
            if name == "--force" {
                options.force = true
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < words.count else { throw .missingValue(command: command, option: name) }
                value = words[index]
                index += 1
            }
            try apply(name, value, for: command, to: &options)
        }
        // Without a trace there is no file to name and no epoch to keep.
        if options.noTrace, let other = given.first(where: { ["-o", "--output", "--sample"].contains($0) }) {
            throw .conflictingOptions(command: command, first: "--no-trace", second: other)
        }
        return (options, operands)
    }

    private static func apply(_ name: String, _ value: String, for command: String,
                              to options: inout Invocation.Options) throws(UsageError) {
        switch name {
        case "--lang":
            guard let language = Language(rawValue: value.lowercased()) else {
                throw .invalidValue(command: command, option: name, value: value, expected: .language)
            }
            options.language = language
        case "--epoch":
            let parts = value.split(separator: ",", omittingEmptySubsequences: false)
            let epochs = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 >= 1 }
            guard !parts.isEmpty, epochs.count == parts.count else {
                throw .invalidValue(command: command, option: name, value: value, expected: .epochList)
            }
            options.epochs = epochs
        case "--epochs":
            guard let count = Int(value), (1...LessonDecoder.maximumEpochs).contains(count) else {
                throw .invalidValue(command: command, option: name, value: value, expected: .positiveInteger)
            }
            options.epochCount = count
        case "--lr":
            guard let rate = Double(value), rate.isFinite, rate > 0 else {
                throw .invalidValue(command: command, option: name, value: value, expected: .positiveNumber)
            }
            options.learningRate = rate
        case "--seed":
            guard let seed = UInt64(value), seed <= LessonDecoder.maximumSeed else {
                throw .invalidValue(command: command, option: name, value: value, expected: .seed)
            }
            options.seed = seed
        case "--color":
            guard let choice = ColorChoice(rawValue: value.lowercased()) else {
                throw .invalidValue(command: command, option: name, value: value, expected: .color)
            }
            options.color = choice
        case "--sample":
            if value.lowercased() == "all" {
                options.sampling = .all
            } else if value.lowercased() == "default" {
                options.sampling = .default
            } else if let every = Int(value), every >= 1 {
                options.sampling = SamplingPolicy(first: SamplingPolicy.default.first, every: every, last: true)
            } else {
                throw .invalidValue(command: command, option: name, value: value, expected: .sampling)
            }
        case "--commands": options.commandScript = value
        case "--commands-file": options.commandsFile = value
        case "--variant": options.variant = value
        default:
            options.output = value
        }
    }
}
