import Foundation
import Trace

/// `--commands` and `--commands-file`: runs debugger commands on a recording and prints what they
/// print, instead of opening the stepper.
enum ScriptMode {
    /// Runs the commands of `options` (the file's first, then `--commands`) from the first kept
    /// epoch, or from the first epoch of `--epoch`.
    ///
    /// - Returns: 0 when every command was carried out, 1 when one failed (its message went to
    ///   standard error; the commands after it still ran).
    /// - Throws: ``CommandError/unreadableCommands(path:reason:)`` for a file that cannot be read;
    ///   the ``Recording/damage`` met reading the trace (after the output of the commands before).
    static func run(_ recording: Recording, options: Invocation.Options, comparison: RunComparison? = nil) throws -> Int32 {
        var text = ""
        if let path = options.commandsFile {
            do {
                text = try String(contentsOfFile: path, encoding: .utf8) + "\n"
            } catch {
                throw CommandError.unreadableCommands(path: path, reason: (error as NSError).localizedDescription)
            }
        }
        text += options.commandScript ?? ""
        let interactive = Platform.stdoutIsInteractive
        let palette = Palette(isEnabled: options.color.isEnabled(noColor: Platform.environment("NO_COLOR"),
                                                                 interactive: interactive))
        let epoch = options.epochs.flatMap { recording.epochs.firstIndex(ofEpoch: $0[0]) } ?? 0
        var debugger = Debugger(recording: recording, language: options.language, palette: palette,
                                width: interactive ? Platform.terminalSize().columns : 100,
                                position: Position(epoch: epoch, step: 0))
        debugger.comparison = comparison
        var runner = ScriptRunner(debugger: debugger)
        let (chunks, failed) = runner.run(CommandScript.commands(text))
        for chunk in chunks {
            switch chunk {
            case .output(let text): Platform.writeStdout(text)
            case .error(let text): Platform.writeStderr(text)
            }
        }
        if let damage = recording.damage { throw damage }
        return failed ? 1 : 0
    }
}
