/// The command line's history, browsed with ↑ and ↓ while typing, like a shell's.
///
/// Browsing keeps what was being typed: ↓ past the newest entry brings it back.
struct CommandHistory: Equatable, Sendable {
    /// The commands run, oldest first; a command equal to the one before it is kept once.
    private(set) var entries: [String] = []
    /// The entry shown while browsing, or `nil` when typing a new line.
    private var index: Int?
    /// What was typed before browsing started.
    private var draft = ""

    /// The most entries kept.
    static let limit = 200

    /// The last command run, which Enter on an empty line repeats.
    var last: String? { entries.last }

    /// Adds a command that was run, and stops browsing.
    mutating func record(_ command: String) {
        if entries.last != command { entries.append(command) }
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
        index = nil
    }

    /// The older entry to show instead of `typed` (↑), or `typed` itself at the oldest.
    mutating func older(than typed: String) -> String {
        guard !entries.isEmpty else { return typed }
        if index == nil { draft = typed }
        let next = max(0, (index ?? entries.count) - 1)
        index = next
        return entries[next]
    }

    /// The newer entry to show (↓); past the newest, what was typed before browsing.
    mutating func newer(than typed: String) -> String {
        guard let current = index else { return typed }
        if current + 1 < entries.count {
            index = current + 1
            return entries[current + 1]
        }
        index = nil
        return draft
    }

    /// Stops browsing without running anything (the line was cancelled).
    mutating func reset() {
        index = nil
    }
}
