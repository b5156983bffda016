/// What the debugger answers to one command: lines to show, and whether it failed or moved.
///
/// It is an `Error` too, so that the helpers that check a name or an index can hand back the
/// failing reply as the failure of a `Result`.
struct Reply: Error, Equatable, Sendable {
    /// What the command prints, one line each (colours allowed, see ``Palette``).
    var lines: [String] = []
    /// The command could not be carried out (a script then exits with status 1).
    var failed = false
    /// The position changed, so a script shows where it is and the displays.
    var moved = false

    /// A reply of one line.
    init(_ line: String, moved: Bool = false) {
        self.lines = [line]
        self.moved = moved
    }

    /// A reply of some lines.
    init(lines: [String] = [], failed: Bool = false, moved: Bool = false) {
        self.lines = lines
        self.failed = failed
        self.moved = moved
    }

    /// A command that failed, and why.
    static func failure(_ line: String) -> Reply {
        Reply(lines: [line], failed: true)
    }
}
