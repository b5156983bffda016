import Explain
import Foundation
import Trace

/// The program: parses the command line, runs the command, and maps every failure to its
/// message and exit status — 0 success, 1 runtime failure, 2 usage error — in this one place.
enum NNStep {
    /// Runs `nnstep` with `arguments` (without the program name) and returns the exit status.
    static func main(_ arguments: [String]) -> Int32 {
        let language = requestedLanguage(in: arguments)
        let messages = Messages(language)
        do {
            let invocation = try ArgumentParser.parse(arguments)
            return try run(invocation)
        } catch let error as UsageError {
            Platform.writeStderr(messages.usage(error) + "\n")
            return 2
        } catch let error as LessonError {
            Platform.writeStderr(messages.lesson(error) + "\n")
            return 1
        } catch let error as TraceFormatError {
            Platform.writeStderr(messages.trace(error) + "\n")
            return 1
        } catch let error as ResourceError {
            Platform.writeStderr(messages.resource(error) + "\n")
            return 1
        } catch let error as ExportError {
            Platform.writeStderr(messages.export(error) + "\n")
            return error.isUsage ? 2 : 1
        } catch let error as CommandError {
            Platform.writeStderr(messages.command(error) + "\n")
            return error.isUsage ? 2 : 1
        } catch let error as VariantError {
            Platform.writeStderr(messages.variant(error) + "\n")
            return 2
        } catch {
            Platform.writeStderr(messages.unexpected(String(describing: error)) + "\n")
            return 1
        }
    }

    /// Carries out a parsed command line.
    static func run(_ invocation: Invocation) throws -> Int32 {
        let options = invocation.options
        switch invocation.command {
        case .lesson(let argument): return try LessonCommand.run(argument, options)
        case .record(let argument): return try RecordCommand.run(argument, options)
        case .replay(let path): return try ReplayCommand.run(path, options)
        case .export(let request): return try ExportCommand.run(request, options)
        case .lessons: return LessonsCommand.run(options)
        case .help(let topic): return try HelpCommand.run(topic, options)
        case .version:
            Platform.writeStdout("nnstep \(version)\n")
            return 0
        }
    }

    /// The program's version.
    static let version = "0.1.0"

    /// The language of `--lang` (also before the command is parsed, so usage errors speak it);
    /// otherwise Spanish.
    static func requestedLanguage(in arguments: [String]) -> Language {
        for (index, word) in arguments.enumerated() {
            if word.hasPrefix("--lang="), let language = Language(code: String(word.dropFirst(7))) { return language }
            if word == "--lang", index + 1 < arguments.count, let language = Language(code: arguments[index + 1]) {
                return language
            }
        }
        return .spanish
    }
}
