import Foundation

/// Finds lessons by name or path and loads them.
///
/// A lesson argument that ends in `.json` or contains a `/` is a path to a file. Any other
/// argument is a name, looked up as `NAME.json` in these folders, in order; the first folder
/// that has the file wins:
///
/// 1. `$NNSTEP_LESSONS`, when set;
/// 2. `Lessons/` in the current directory;
/// 3. `Lessons/` in the folder of the executable or any folder above it (a built binary inside
///    the checkout's `.build/` finds the checkout's lessons from any working directory);
/// 4. `Lessons/` of the checkout the binary was compiled from.
public struct LessonLibrary: Sendable {
    /// The folders searched, in order (only those that exist).
    public let folders: [String]

    /// A library searching `folders` in order.
    public init(folders: [String]) {
        self.folders = folders
    }

    /// The library of this process: the folders listed in the type's documentation.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                currentDirectory: String = FileManager.default.currentDirectoryPath,
                                executablePath: String? = Bundle.main.executablePath) -> LessonLibrary {
        var candidates: [String] = []
        if let custom = environment["NNSTEP_LESSONS"], !custom.isEmpty { candidates.append(custom) }
        candidates.append(currentDirectory + "/Lessons")
        if let executable = executablePath {
            var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            while folder.path != "/" {
                candidates.append(folder.appendingPathComponent("Lessons").path)
                folder.deleteLastPathComponent()
            }
        }
        candidates.append(Self.sourceCheckoutLessons)
        var seen = Set<String>()
        let existing = candidates.filter { path in
            var isFolder: ObjCBool = false
            let standardized = (path as NSString).standardizingPath
            guard FileManager.default.fileExists(atPath: standardized, isDirectory: &isFolder), isFolder.boolValue,
                  seen.insert(standardized).inserted else { return false }
            return true
        }
        return LessonLibrary(folders: existing.map { ($0 as NSString).standardizingPath })
    }

    /// `Lessons/` of the checkout this file was compiled in.
    private static var sourceCheckoutLessons: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Lessons").path
    }

    /// Whether `argument` names a file rather than a lesson.
    public static func isPath(_ argument: String) -> Bool {
        argument.hasSuffix(".json") || argument.contains("/")
    }

    /// The names of the lessons in all the folders, sorted, each once: every name that
    /// ``locate(_:)`` finds.
    public var availableNames: [String] {
        let names = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".json") }
                .map { String($0.dropLast(5)) }
        }
        return Set(names).sorted()
    }

    /// The file a lesson argument stands for.
    ///
    /// - Throws: ``LessonError/notFound(name:available:)`` when no folder has the lesson.
    public func locate(_ argument: String) throws(LessonError) -> String {
        if Self.isPath(argument) { return argument }
        for folder in folders {
            let path = folder + "/" + argument + ".json"
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw .notFound(name: argument, available: availableNames)
    }

    /// The largest lesson file read (16 MB). Parsing JSON costs far more memory than the file
    /// (about 40 bytes per number), and a lesson holds a small data set: a bigger file is most
    /// likely a mistake, and is refused before it is read.
    public static let maximumFileBytes = 16_000_000

    /// Finds and loads the lesson `argument` (a name or a path); see ``load(path:maximumBytes:)``.
    public func load(_ argument: String, maximumBytes: Int = maximumFileBytes) throws(LessonError) -> Lesson {
        try Self.load(path: locate(argument), maximumBytes: maximumBytes)
    }

    /// Loads the lesson file at `path`.
    ///
    /// - Throws: ``LessonError/tooLarge(path:bytes:limit:)`` when the file is longer than
    ///   `maximumBytes`, before reading it.
    public static func load(path: String, maximumBytes: Int = maximumFileBytes) throws(LessonError) -> Lesson {
        if RegularFile.isSpecial(path) { throw .notRegularFile(path: path) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > maximumBytes {
            throw .tooLarge(path: path, bytes: size.intValue, limit: maximumBytes)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            if !FileManager.default.fileExists(atPath: path) {
                throw .notFound(name: path, available: [])
            }
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes: [UInt8](data))
        } catch {
            throw .syntax(path: path, error: error)
        }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try LessonDecoder.decode(document, fallbackName: stem, path: path)
    }
}
