import XCTest
import Foundation
import Trace

/// `data`: examples written in the lesson or read from a CSV file next to it, and the test
/// examples, written or set aside by a seeded split.
final class LessonDecoderDataTests: LessonDecoderTestCase {
    /// 64 inputs, 10 softmax classes: the digits' multilayer perceptron.
    private let digitsNetwork = #"{"inputs": 64, "layers": [{"units": 16, "activation": "relu"}, {"units": 10, "activation": "softmax"}]}"#
    private let digitsTraining = #"{"learningRate": 0.1, "epochs": 5, "loss": "cross_entropy", "batchSize": 32}"#
    private var lessons: String { Fixtures.lessons.path }

    /// The digits of `Lessons/data/digits-8x8.csv`, with `extra` keys in `data`.
    private func digits(_ extra: String = "", network: String? = nil) -> String {
        lessonText(network: network ?? digitsNetwork,
                   data: "{\"csv\": \"data/digits-8x8.csv\", \"inputs\": \"1-64\", \"label\": 65, \"classes\": 10, \"scale\": 0.0625\(extra)}",
                   training: digitsTraining)
    }

    // MARK: CSV files

    func testDigitsFromTheCSVFileNextToTheLesson() throws {
        let lesson = try decode(digits(), folder: lessons)
        XCTAssertEqual(lesson.inputs.shape, Shape(rows: 1797, columns: 64))
        XCTAssertEqual(lesson.targets.shape, Shape(rows: 1797, columns: 10))
        // Line 1 of the file: 0,0,5,13,9,1,… with label 0; line 2 has label 1.
        XCTAssertEqual(Array(lesson.inputs.elements[0..<6]), [0, 0, 5, 13, 9, 1].map { $0 / 16 })
        XCTAssertEqual(Array(lesson.targets.elements[0..<10]), [1, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(Array(lesson.targets.elements[10..<20]), [0, 1, 0, 0, 0, 0, 0, 0, 0, 0])
        XCTAssertNil(lesson.testSet)
    }

    func testCSVPathIsRelativeToTheLessonFile() throws {
        let folder = try temporaryFolder()
        try write("1,2,0\n3,4,1\n5,6,1\n", to: "tablas/puntos.csv", in: folder)
        let text = lessonText(data: #"{"csv": "tablas/puntos.csv", "inputs": "1-2", "label": 3}"#)
        try write(text, to: "mi-red.json", in: folder)
        let lesson = try LessonLibrary.load(path: folder + "/mi-red.json")
        XCTAssertEqual(lesson.inputs, Matrix([[1, 2], [3, 4], [5, 6]]))
        XCTAssertEqual(lesson.targets, Matrix([[0], [1], [1]]), "no classes: y is the label itself")
    }

    func testResizedImagesAndASeededTestSplit() throws {
        let network = """
            {"image": [1, 28, 28], "layers": [{"type": "conv2d", "filters": 2, "kernel": 3, "activation": "relu"},
             {"type": "maxpool", "size": 2}, {"type": "flatten"}, {"units": 10, "activation": "softmax"}]}
            """
        let lesson = try decode(digits(", \"resize\": [28, 28], \"test\": 0.2", network: network), folder: lessons)
        // ⌈1797 × 0.2⌉ = 360 examples are set aside.
        XCTAssertEqual(lesson.inputs.shape, Shape(rows: 1437, columns: 784))
        XCTAssertEqual(lesson.testSet?.inputs.shape, Shape(rows: 360, columns: 784))
        XCTAssertEqual(lesson.testSet?.targets.shape, Shape(rows: 360, columns: 10))
        let all = try decode(digits(), folder: lessons)
        let split = try DataSplit(examples: 1797, testFraction: 0.2, seed: 0)
        let firstTest = split.test[0]
        let label = (0..<10).first { all.targets[firstTest, $0] == 1 }
        XCTAssertEqual(lesson.testSet.flatMap { row -> Int? in (0..<10).first { row.targets[0, $0] == 1 } }, label,
                       "the test examples are those DataSplit chooses with the lesson's seed")
    }

    func testCSVProblems() throws {
        let folder = try temporaryFolder()
        try write("1,2,0\n3,x,1\n", to: "malo.csv", in: folder)
        assertProblems(lessonText(data: #"{"csv": "falta.csv", "inputs": "1-2", "label": 3}"#), folder: folder, [
            LessonProblem(path: "data.csv", kind: .csv(file: "falta.csv", resolved: folder + "/falta.csv", error: .notFound)),
        ])
        assertProblems(lessonText(data: #"{"csv": "malo.csv", "inputs": "1-2", "label": 3}"#), folder: folder, [
            LessonProblem(path: "data.csv", kind: .csv(file: "malo.csv", resolved: folder + "/malo.csv",
                                                       error: .notANumber(line: 2, column: 2, text: "x"))),
        ])
    }

    func testColumnsAndLabels() throws {
        let range = #", "inputs": "64-1""#
        assertProblems(digits().replacingOccurrences(of: #", "inputs": "1-64""#, with: range), folder: lessons, [
            LessonProblem(path: "data.inputs", kind: .badColumnRange(text: "64-1")),
        ])
        assertProblems(digits().replacingOccurrences(of: #""label": 65"#, with: #""label": 66"#), folder: lessons, [
            LessonProblem(path: "data.label", kind: .columnOutOfRange(column: 66, columns: 65, file: "data/digits-8x8.csv")),
        ])
        assertProblems(digits().replacingOccurrences(of: #""label": 65"#, with: #""label": 64"#), folder: lessons, [
            LessonProblem(path: "data.label", kind: .labelAmongInputs(label: 64, inputs: 1...64)),
        ])
        // Line 6 is the first digit from 5 on; 895 more lines have one.
        let five = #"{"inputs": 64, "layers": [{"units": 5, "activation": "softmax"}]}"#
        assertProblems(digits(network: five).replacingOccurrences(of: #""classes": 10"#, with: #""classes": 5"#), folder: lessons, [
            LessonProblem(path: "data.label", kind: .labelNotAClass(file: "data/digits-8x8.csv", line: 6, column: 65, value: 5,
                                                                    classes: 5, others: 895)),
        ])
        let eight = #"{"inputs": 64, "layers": [{"units": 8, "activation": "softmax"}]}"#
        assertProblems(digits(network: eight), folder: lessons, [
            LessonProblem(path: "data.classes", kind: .classesMismatch(classes: 10, outputs: 8)),
        ])
        let wide = #"{"inputs": 63, "layers": [{"units": 10, "activation": "softmax"}]}"#
        assertProblems(digits(network: wide), folder: lessons, [
            LessonProblem(path: "data.inputs", kind: .shapeMismatch(found: Shape(rows: 1797, columns: 64),
                                                                    expected: Shape(rows: 1797, columns: 63), rule: .columnsOfX)),
        ])
    }

    func testCSVKeysAndInlineKeysDoNotMix() {
        assertProblems(digits(", \"X\": [[1]], \"resize\": [28]").replacingOccurrences(of: #""scale": 0.0625"#, with: #""scale": 0"#),
                       folder: lessons, [
            LessonProblem(path: "data.X", kind: .conflictsWith(other: "data.csv")),
            LessonProblem(path: "data.scale", kind: .notPositive(value: 0)),
            LessonProblem(path: "data.resize", kind: .resizeDimensions(count: 1)),
        ])
        assertProblems(lessonText(data: #"{"X": [[0, 0]], "y": [[0]], "label": 3}"#), [
            LessonProblem(path: "data.label", kind: .conflictsWith(other: "data.X")),
        ])
    }

    func testResizeNeedsSquareImages() throws {
        let folder = try temporaryFolder()
        try write("1,2,3,0\n4,5,6,1\n", to: "tres.csv", in: folder)
        let network = #"{"image": [1, 4, 4], "layers": [{"type": "flatten"}, {"units": 1, "activation": "sigmoid"}]}"#
        assertProblems(lessonText(network: network, data: #"{"csv": "tres.csv", "inputs": "1-3", "label": 4, "resize": [4, 4]}"#),
                       folder: folder, [LessonProblem(path: "data.resize", kind: .imageNotSquare(inputs: 3))])
    }

    // MARK: Test examples

    func testInlineTestExamples() throws {
        let data = #"{"X": [[0, 0], [0, 1], [1, 0], [1, 1]], "y": [[0], [1], [1], [0]], "testX": [[1, 1]], "testY": [[0]]}"#
        let lesson = try decode(lessonText(data: data))
        XCTAssertEqual(lesson.testSet, HeldOutSet(inputs: Matrix([[1, 1]]), targets: Matrix([[0]])))
        XCTAssertEqual(lesson.inputs.rows, 4, "written test examples are added, not taken from X")
    }

    func testAFractionIsSetAsideWithTheSeed() throws {
        let rows = (0..<10).map { "[\($0), \(10 + $0)]" }.joined(separator: ", ")
        let targets = (0..<10).map { "[\($0)]" }.joined(separator: ", ")
        let text = lessonText(network: #"{"inputs": 2, "layers": [{"units": 1, "activation": "linear"}]}"#,
                              data: "{\"X\": [\(rows)], \"y\": [\(targets)], \"test\": 0.3}",
                              training: #"{"learningRate": 0.01, "epochs": 1, "seed": 7}"#)
        let lesson = try decode(text)
        let split = try DataSplit(examples: 10, testFraction: 0.3, seed: 7)
        XCTAssertEqual(lesson.inputs.elements, split.train.flatMap { [Double($0), Double(10 + $0)] })
        XCTAssertEqual(lesson.targets.elements, split.train.map(Double.init))
        XCTAssertEqual(lesson.testSet?.targets.elements, split.test.map(Double.init))
        XCTAssertEqual(split.test.count, 3)
        XCTAssertEqual(try decode(text).testSet, lesson.testSet, "the same seed gives the same split")
    }

    func testTestFractionProblems() {
        let xor = #""X": [[0, 0], [0, 1], [1, 0], [1, 1]], "y": [[0], [1], [1], [0]]"#
        assertProblems(lessonText(data: "{\(xor), \"test\": 1}"), [
            LessonProblem(path: "data.test", kind: .notAFraction(value: 1, zeroAllowed: false)),
        ])
        assertProblems(lessonText(data: "{\(xor), \"test\": 0}"), [
            LessonProblem(path: "data.test", kind: .notAFraction(value: 0, zeroAllowed: false)),
        ])
        // ⌈4 × 0.9⌉ = 4: nothing left to train on.
        assertProblems(lessonText(data: "{\(xor), \"test\": 0.9}"), [
            LessonProblem(path: "data.test", kind: .testSplitEmpty(fraction: 0.9, examples: 4, test: 4)),
        ])
        assertProblems(lessonText(data: "{\(xor), \"test\": 0.5, \"testX\": [[0, 0]], \"testY\": [[0]]}"), [
            LessonProblem(path: "data.testX", kind: .conflictsWith(other: "data.test")),
        ])
    }

    func testWrittenTestExamplesAreCheckedLikeXAndY() {
        let xor = #""X": [[0, 0], [0, 1], [1, 0], [1, 1]], "y": [[0], [1], [1], [0]]"#
        assertProblems(lessonText(data: "{\(xor), \"testX\": [[0, 0]]}"), [
            LessonProblem(path: "data.testY", kind: .missing),
        ])
        assertProblems(lessonText(data: "{\(xor), \"testX\": [[0, 0, 0], [1, 1, 1]], \"testY\": [[0]]}"), [
            LessonProblem(path: "data.testX", kind: .shapeMismatch(found: Shape(rows: 2, columns: 3), expected: Shape(rows: 2, columns: 2),
                                                                   rule: .columnsOfX)),
            LessonProblem(path: "data.testY", kind: .shapeMismatch(found: Shape(rows: 1, columns: 1), expected: Shape(rows: 2, columns: 1),
                                                                   rule: .rowsOfXAndY)),
        ])
    }
}
