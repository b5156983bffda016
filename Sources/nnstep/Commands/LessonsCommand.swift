import Explain
import Trace

/// `nnstep lessons`: the lessons that can be opened by name, with what each teaches.
enum LessonsCommand {
    /// Lists the lessons of the standard library folders; a broken file is listed with its
    /// problem rather than hidden.
    static func run(_ options: Invocation.Options) -> Int32 {
        let library = LessonLibrary.standard()
        let messages = Messages(options.language)
        let names = library.availableNames
        guard !names.isEmpty else {
            Platform.writeStderr(messages.noLessons(searched: library.folders) + "\n")
            return 1
        }
        let width = names.map(\.count).max() ?? 0
        var out = ""
        for name in names {
            let padded = name + String(repeating: " ", count: width - name.count)
            do {
                let lesson = try library.load(name)
                let section = lesson.section.map { $0 + " " } ?? ""
                out += "  \(padded)  \(section)\(lesson.summary.isEmpty ? lesson.title : lesson.summary)\n"
            } catch {
                out += "  \(padded)  " + messages.brokenLesson(error) + "\n"
            }
        }
        Platform.writeStdout(out)
        return 0
    }
}
