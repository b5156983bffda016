/// Splits a command line into words: at spaces, except inside brackets (`W1[0, 1]` is one
/// word), and around comparison signs (`loss<0.01` is three words).
enum CommandTokenizer {
    /// The words of `line`.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var depth = 0
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for character in line {
            switch character {
            case "[":
                depth += 1
                current.append(character)
            case "]":
                depth = max(0, depth - 1)
                current.append(character)
            case _ where depth > 0:
                if !character.isWhitespace { current.append(character) }
            case _ where character.isWhitespace:
                flush()
            case "<", ">", "≤", "≥":
                flush()
                current.append(character)
            case "=" where current == "<" || current == ">":
                current.append(character)
                flush()
            default:
                if current == "<" || current == ">" || current == "≤" || current == "≥" { flush() }
                current.append(character)
            }
        }
        flush()
        return words
    }
}
