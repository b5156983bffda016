import XCTest
import Trace

/// `variants`: runs of a lesson with a few settings changed, and their checks.
final class LessonDecoderVariantsTests: LessonDecoderTestCase {
    func testEveryKindOfChange() throws {
        let variants = """
            "variants": [{"label": "η = 10", "learningRate": 10}, {"label": "ReLU", "hiddenActivation": "relu"},
                         {"label": "AND", "y": [[0], [0], [0], [1]]}, {"label": "semilla 3", "seed": 3, "epochs": 100},
                         {"label": "XOR"}]
            """
        let lesson = try decode(lessonText(extra: variants))
        XCTAssertEqual(lesson.variants, [
            LessonVariant(label: "η = 10", learningRate: 10),
            LessonVariant(label: "ReLU", hiddenActivation: .relu),
            LessonVariant(label: "AND", targets: Matrix([[0], [0], [0], [1]])),
            LessonVariant(label: "semilla 3", seed: 3, epochs: 100),
            LessonVariant(label: "XOR"),
        ])
        let relu = lesson.applying(lesson.variants[1])
        XCTAssertEqual(relu.network.layers.map(\.activation), [.relu, .sigmoid], "the output layer keeps its activation")
        XCTAssertEqual(lesson.applying(lesson.variants[2]).targets, Matrix([[0], [0], [0], [1]]))
        XCTAssertEqual(lesson.applying(lesson.variants[3]).training.seed, 3)
        XCTAssertEqual(lesson.applying(lesson.variants[4]).variants, [])
    }

    func testNoVariantsByDefault() throws {
        XCTAssertEqual(try decode(lessonText()).variants, [])
        XCTAssertEqual(try decode(lessonText(extra: "\"variants\": []")).variants, [])
    }

    func testLabelsAreGivenNotEmptyAndUnique() {
        let variants = """
            "variants": [{"label": "η = 1"}, {"label": " "}, {"learningRate": 2}, {"label": "η = 1", "learningRate": 3}, {"label": 4}]
            """
        assertProblems(lessonText(extra: variants), [
            LessonProblem(path: "variants[1].label", kind: .emptyLabel),
            LessonProblem(path: "variants[2].label", kind: .missing),
            LessonProblem(path: "variants[3].label", kind: .duplicateLabel(label: "η = 1", first: 0)),
            LessonProblem(path: "variants[4].label", kind: .wrongType(expected: .string, found: .number)),
        ])
    }

    func testChangesAreCheckedLikeTheLessonsOwn() {
        let variants = """
            "variants": [{"label": "a", "learningRate": -1, "seed": -1, "epochs": 0, "hiddenActivation": "rel", "learningrate": 1},
                         {"label": "b", "y": [[0], [1], [1]]}, {"label": "c", "y": [[0, 1], [1, 0], [1, 0], [0, 1]]}]
            """
        assertProblems(lessonText(extra: variants), [
            LessonProblem(path: "variants[0].learningrate", kind: .unknownKey(suggestion: "learningRate")),
            LessonProblem(path: "variants[0].learningRate", kind: .notPositive(value: -1)),
            LessonProblem(path: "variants[0].seed", kind: .integerOutOfRange(value: -1, range: 0...9_007_199_254_740_992)),
            LessonProblem(path: "variants[0].epochs", kind: .integerOutOfRange(value: 0, range: 1...10_000_000)),
            LessonProblem(path: "variants[0].hiddenActivation", kind: .unknownActivation(
                name: "rel", known: Activation.allCases.map(\.rawValue))),
            LessonProblem(path: "variants[1].y", kind: .shapeMismatch(found: Shape(rows: 3, columns: 1), expected: Shape(rows: 4, columns: 1),
                                                                      rule: .variantTargets)),
            LessonProblem(path: "variants[2].y", kind: .shapeMismatch(found: Shape(rows: 4, columns: 2), expected: Shape(rows: 4, columns: 1),
                                                                      rule: .variantTargets)),
        ])
    }

    func testTargetsOfAVariantNeedTheLessonsOwnY() {
        let data = #"{"X": [[0, 0], [0, 1], [1, 0], [1, 1]], "y": [[0], [1], [1], [0]], "test": 0.25}"#
        assertProblems(lessonText(data: data, extra: #""variants": [{"label": "AND", "y": [[0], [0], [0], [1]]}]"#), [
            LessonProblem(path: "variants[0].y", kind: .conflictsWith(other: "data.test")),
        ])
    }

    func testAtMostTwentyVariants() {
        let many = (1...21).map { "{\"label\": \"\($0)\"}" }.joined(separator: ", ")
        assertProblems(lessonText(extra: "\"variants\": [\(many)]"), [
            LessonProblem(path: "variants", kind: .tooManyVariants(count: 21, maximum: 20)),
        ])
    }
}
