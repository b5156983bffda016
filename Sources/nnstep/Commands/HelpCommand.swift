import Explain

/// `nnstep help [COMMAND]` and `nnstep --help`.
enum HelpCommand {
    /// Prints the general help, or the help of `topic`.
    static func run(_ topic: String?, _ options: Invocation.Options) throws -> Int32 {
        let messages = Messages(options.language)
        if let topic {
            guard ArgumentParser.commands.contains(topic) || topic == "stepper" || topic == "debugger" else {
                throw CommandError.unknownHelpTopic(topic)
            }
            Platform.writeStdout(messages.help(topic) + "\n")
        } else {
            Platform.writeStdout(messages.help(nil) + "\n")
        }
        return 0
    }
}
