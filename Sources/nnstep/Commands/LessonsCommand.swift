import Explain
import Trace

/// `nnstep lessons`: the lessons that can be opened by name, with what each teaches, in the
/// order of the course notes.
enum LessonsCommand {
    /// Lists the lessons of the standard library folders by their section of the notes (§1
    /// before §2, §2 before §2.3, §3.1 before §3.2…), those without a section after them, ties by
    /// name; a broken file is listed last with its problem rather than hidden.
    static func run(_ options: Invocation.Options) -> Int32 {
        let library = LessonLibrary.standard()
        let messages = Messages(options.language)
        let names = library.availableNames
        guard !names.isEmpty else {
            Platform.writeStderr(messages.noLessons(searched: library.folders) + "\n")
            return 1
        }
        let width = names.map(\.count).max() ?? 0
        var entries: [(name: String, section: String?, line: String)] = []
        for name in names {
            let padded = name + String(repeating: " ", count: width - name.count)
            do {
                let lesson = try library.load(name)
                let section = lesson.section.map { $0 + " " } ?? ""
                entries.append((name, lesson.section,
                                "  \(padded)  \(section)\(lesson.summary.isEmpty ? lesson.title : lesson.summary)\n"))
            } catch {
                entries.append((name, nil, "  \(padded)  " + messages.brokenLesson(error) + "\n"))
            }
        }
        entries.sort { courseOrder(($0.section, $0.name), ($1.section, $1.name)) }
        Platform.writeStdout(entries.map(\.line).joined())
        return 0
    }

    /// Whether lesson `a` comes before lesson `b` in the course: by section number, part by part
    /// (`§2` < `§2.3` < `§3.1` < `§10`), lessons without a readable section last, then by name.
    static func courseOrder(_ a: (section: String?, name: String), _ b: (section: String?, name: String)) -> Bool {
        switch (a.section.flatMap(sectionNumbers), b.section.flatMap(sectionNumbers)) {
        case (let x?, let y?) where x != y: return x.lexicographicallyPrecedes(y)
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.name < b.name
        }
    }

    /// `§2.3` → `[2, 3]`; `nil` when the text holds no number.
    static func sectionNumbers(_ section: String) -> [Int]? {
        let digits = section.drop { !$0.isNumber }
        let parts = digits.split(separator: ".").map { Int($0.prefix { $0.isNumber }) }
        guard let first = parts.first, first != nil else { return nil }
        return parts.prefix { $0 != nil }.map { $0! }
    }
}
