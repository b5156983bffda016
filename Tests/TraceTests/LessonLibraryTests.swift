import XCTest
import Foundation
import Trace

/// `LessonLibrary`: finding lessons by name in folders, loading by path, and its errors.
final class LessonLibraryTests: XCTestCase {
    private var folders: [String] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
        folders = []
        super.tearDown()
    }

    private let validLesson = """
    {"network": {"inputs": 1, "layers": [{"units": 1, "activation": "sigmoid"}]},
     "data": {"X": [[0], [1]], "y": [[1], [0]]}, "training": {"learningRate": 1, "epochs": 3}, "title": "TITLE"}
    """

    /// A new temporary folder holding `files` (name → contents).
    private func folder(_ files: [String: String]) throws -> String {
        let path = Fixtures.temporaryPath("-lessons")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        folders.append(path)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    func testFindsALessonByNameAndUsesTheFileStemAsItsName() throws {
        let dir = try folder(["inverse.json": validLesson])
        let library = LessonLibrary(folders: [dir])
        XCTAssertEqual(try library.locate("inverse"), dir + "/inverse.json")
        let lesson = try library.load("inverse")
        XCTAssertEqual(lesson.name, "inverse")
        XCTAssertEqual(lesson.title, "TITLE")
    }

    func testUnknownNameListsTheAvailableLessonsSorted() throws {
        let dir = try folder(["b.json": validLesson, "a.json": validLesson, "notes.txt": "not a lesson"])
        let library = LessonLibrary(folders: [dir])
        XCTAssertEqual(library.availableNames, ["a", "b"])
        XCTAssertThrowsError(try library.load("c")) { error in
            XCTAssertEqual(error as? LessonError, .notFound(name: "c", available: ["a", "b"]))
        }
    }

    func testEarlierFoldersWinAndNamesComeFromEveryFolder() throws {
        let empty = try folder([:])
        let first = try folder(["same.json": validLesson.replacingOccurrences(of: "TITLE", with: "first")])
        let second = try folder(["same.json": validLesson.replacingOccurrences(of: "TITLE", with: "second"),
                                 "other.json": validLesson])
        let library = LessonLibrary(folders: [empty, first, second])
        XCTAssertEqual(try library.load("same").title, "first")
        XCTAssertEqual(try library.load("other").title, "TITLE", "a name missing in one folder is looked for in the next")
        XCTAssertEqual(library.availableNames, ["other", "same"], "every name that loads is listed, once")
    }

    func testTheShippedLessonIsFoundByName() throws {
        let library = LessonLibrary(folders: [Fixtures.lessons.path])
        XCTAssertTrue(library.availableNames.contains("xor"))
        XCTAssertEqual(try library.load("xor").name, "xor")
    }

    func testArgumentsThatArePaths() {
        XCTAssertTrue(LessonLibrary.isPath("mine.json"))
        XCTAssertTrue(LessonLibrary.isPath("lessons/mine"))
        XCTAssertTrue(LessonLibrary.isPath("./xor"))
        XCTAssertFalse(LessonLibrary.isPath("xor"))
    }

    func testAPathIsLoadedAsIs() throws {
        let dir = try folder(["anywhere.json": validLesson])
        let library = LessonLibrary(folders: [])
        XCTAssertEqual(try library.load(dir + "/anywhere.json").name, "anywhere")
    }

    func testMissingPathIsNotFoundWithNoList() {
        let path = Fixtures.temporaryPath(".json")
        XCTAssertThrowsError(try LessonLibrary.load(path: path)) { error in
            XCTAssertEqual(error as? LessonError, .notFound(name: path, available: []))
        }
    }

    func testAFolderWhereAFileShouldBeIsNotARegularFile() throws {
        let dir = try folder([:])
        let inner = dir + "/folder.json"
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
        XCTAssertThrowsError(try LessonLibrary.load(path: inner)) { error in
            XCTAssertEqual(error as? LessonError, .notRegularFile(path: inner))
        }
    }

    func testSyntaxErrorGivesLineAndColumn() throws {
        // Line 3 is `  "title": "y" oops`: spaces 1–2, "title" 3–9, colon 10, space 11, "y" 12–14,
        // space 15, the o of oops at column 16, where a comma or } was expected.
        let dir = try folder(["broken.json": "{\n  \"name\": \"x\",\n  \"title\": \"y\" oops\n}\n"])
        XCTAssertThrowsError(try LessonLibrary(folders: [dir]).load("broken")) { error in
            guard case .syntax(let path, let syntax)? = error as? LessonError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, dir + "/broken.json")
            XCTAssertEqual(syntax.line, 3)
            XCTAssertEqual(syntax.column, 16)
            XCTAssertEqual(syntax.expected, .commaOrEndOfObject)
            XCTAssertEqual(syntax.found, "o")
        }
    }

    func testInvalidLessonNamesItsPath() throws {
        let dir = try folder(["bad.json": "{}"])
        XCTAssertThrowsError(try LessonLibrary(folders: [dir]).load("bad")) { error in
            guard case .invalid(let path, let problems)? = error as? LessonError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, dir + "/bad.json")
            XCTAssertEqual(problems.count, 3)
        }
    }

    func testStandardLibrarySearchesTheEnvironmentFolderFirstAndSkipsMissingOnes() throws {
        let custom = try folder(["mine.json": validLesson])
        let missing = Fixtures.temporaryPath("-absent")
        let library = LessonLibrary.standard(environment: ["NNSTEP_LESSONS": custom], currentDirectory: missing,
                                             executablePath: nil)
        XCTAssertEqual(library.folders.first, (custom as NSString).standardizingPath)
        XCTAssertFalse(library.folders.contains { $0.hasPrefix(missing) }, "folders that do not exist are left out")
        XCTAssertEqual(Set(library.folders).count, library.folders.count, "no folder twice")
        XCTAssertEqual(try library.load("mine").name, "mine")
        // The checkout this test was compiled in is the last resort: it has the shipped lesson.
        XCTAssertTrue(library.folders.contains((Fixtures.lessons.path as NSString).standardizingPath))
    }
}
