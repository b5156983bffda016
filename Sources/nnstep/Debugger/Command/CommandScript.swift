import Foundation

/// The commands of a script: `--commands "break delta_out; continue"` or a file given with
/// `--commands-file`, one or more commands a line.
enum CommandScript {
    /// The commands of `text`: separated by `;` or line breaks; empty ones and lines starting
    /// with `#` (comments) are left out.
    static func commands(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .filter { !$0.drop(while: \.isWhitespace).hasPrefix("#") }
            .flatMap { $0.split(separator: ";") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
