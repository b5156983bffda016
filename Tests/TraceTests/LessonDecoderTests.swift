import XCTest
import Trace

/// `LessonDecoder`: a valid lesson decodes to what its file says; an invalid one reports every
/// problem at once, each with its place in the document.
final class LessonDecoderTests: XCTestCase {
    private let network = #""network": {"inputs": 2, "layers": [{"units": 2, "activation": "sigmoid"}, {"units": 1, "activation": "sigmoid"}]}"#
    private let xorData = #""data": {"X": [[0, 0], [0, 1], [1, 0], [1, 1]], "y": [[0], [1], [1], [0]]}"#

    private func decode(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Lesson {
        try LessonDecoder.decode(JSONParser.parse(text), fallbackName: "fallback", path: "test.json")
    }

    /// The problems of an invalid lesson; fails when it decodes or fails otherwise.
    private func problems(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [LessonProblem] {
        do {
            let lesson = try decode(text)
            XCTFail("decoded \(lesson.name)", file: file, line: line)
        } catch let error as LessonError {
            guard case .invalid(let path, let problems) = error else {
                XCTFail("expected .invalid, got \(error)", file: file, line: line)
                return []
            }
            XCTAssertEqual(path, "test.json", file: file, line: line)
            return problems
        } catch {
            XCTFail("not a lesson error: \(error)", file: file, line: line)
        }
        return []
    }

    /// Asserts `actual` holds exactly `expected`, in any order.
    private func assertSameProblems(_ actual: [LessonProblem], _ expected: [LessonProblem],
                                    file: StaticString = #filePath, line: UInt = #line) {
        for problem in expected where !actual.contains(problem) {
            XCTFail("missing \(problem) in \(actual)", file: file, line: line)
        }
        for problem in actual where !expected.contains(problem) {
            XCTFail("unexpected \(problem)", file: file, line: line)
        }
        XCTAssertEqual(actual.count, expected.count, "\(actual)", file: file, line: line)
    }

    // MARK: Valid lessons

    func testTheShippedLessonDecodesToWhatItsFileSays() throws {
        let lesson = try TraceRecording.xorLesson()
        XCTAssertEqual(lesson.name, "xor")
        XCTAssertEqual(lesson.section, "§2")
        XCTAssertEqual(lesson.network, NetworkSpec(inputs: 2, layers: [LayerSpec(units: 2, activation: .sigmoid),
                                                                       LayerSpec(units: 1, activation: .sigmoid)]))
        XCTAssertEqual(lesson.inputs, Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]))
        XCTAssertEqual(lesson.targets, Matrix([[0], [1], [1], [0]]))
        XCTAssertEqual(lesson.training, TrainingSettings(learningRate: 0.5, epochs: 5000, seed: 42,
                                                         sampling: SamplingPolicy(first: 3, every: 500, last: true)))
        XCTAssertEqual(lesson.initialValues, [:])
        XCTAssertNil(lesson.testSet)
        XCTAssertEqual(lesson.variants, [])
        XCTAssertNil(lesson.network.inputImage)
    }

    func testDefaultsOfTheOptionalFields() throws {
        let lesson = try decode("{\(network), \(xorData), \"training\": {\"learningRate\": 0.25, \"epochs\": 10}}")
        XCTAssertEqual(lesson.name, "fallback", "no name: the file's stem")
        XCTAssertEqual(lesson.title, "fallback", "no title: the name")
        XCTAssertEqual(lesson.summary, "")
        XCTAssertNil(lesson.section)
        XCTAssertEqual(lesson.training.seed, 0)
        XCTAssertEqual(lesson.training.sampling, .default)
    }

    func testExplicitInitialValuesAreKept() throws {
        let lesson = try LessonLibrary.load(path: Fixtures.path("xor-explicit.json"))
        XCTAssertEqual(lesson.initialValues["W1"], Matrix([[0.5, -0.3], [0.8, 0.2]]))
        XCTAssertEqual(lesson.initialValues["b1"], Matrix([[0.1, -0.1]]))
        XCTAssertEqual(lesson.initialValues["W2"], Matrix([[0.7], [-0.6]]))
        XCTAssertEqual(lesson.initialValues["b2"], Matrix([[0.05]]))
        XCTAssertEqual(lesson.initialParameters.weights, [Matrix([[0.5, -0.3], [0.8, 0.2]]), Matrix([[0.7], [-0.6]])])
    }

    // MARK: Every problem at once

    func testAllProblemsOfAFileAreReportedTogether() {
        let text = """
        {
          \(network),
          "data": {"X": [[0, 0], [0, 1], [1], [1, 1]], "y": [[0], [1], [1], [0]]},
          "training": {"learningRat": 0.5, "epochs": 0},
          "init": {"W1": [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], "b2": [[0.1, 0.2]]}
        }
        """
        assertSameProblems(problems(text), [
            // "learningrat" → "learningrate" is one insertion: a typo.
            LessonProblem(path: "training.learningRat", kind: .unknownKey(suggestion: "learningRate")),
            LessonProblem(path: "training.learningRate", kind: .missing),
            LessonProblem(path: "training.epochs", kind: .integerOutOfRange(value: 0, range: 1...10_000_000)),
            // Row 2 of X has 1 element where row 0 has 2.
            LessonProblem(path: "data.X[2]", kind: .raggedRow(row: 2, count: 1, expected: 2)),
            // W1 is [inputs × hidden units] = [2×2]; b2 is [1 × output units] = [1×1].
            LessonProblem(path: "init.W1", kind: .shapeMismatch(found: Shape(rows: 2, columns: 3),
                                                                expected: Shape(rows: 2, columns: 2), rule: .weightShape)),
            LessonProblem(path: "init.b2", kind: .shapeMismatch(found: Shape(rows: 1, columns: 2),
                                                                expected: Shape(rows: 1, columns: 1), rule: .biasShape)),
        ])
    }

    func testDataShapeProblemsAreReportedTogetherWithOthers() {
        let text = """
        {
          "titel": "typo",
          \(network),
          "data": {"X": [[0, 0, 0], [0, 1, 0], [1, 0, 0], [1, 1, 0]], "y": [[0], [1], [1]]},
          "training": {"learningRate": -0.5, "epochs": 100}
        }
        """
        assertSameProblems(problems(text), [
            LessonProblem(path: "titel", kind: .unknownKey(suggestion: "title")),
            LessonProblem(path: "training.learningRate", kind: .notPositive(value: -0.5)),
            // X has 3 columns, the network 2 inputs: expected [4×2].
            LessonProblem(path: "data.X", kind: .shapeMismatch(found: Shape(rows: 4, columns: 3),
                                                               expected: Shape(rows: 4, columns: 2), rule: .columnsOfX)),
            // y has 3 rows, X has 4: expected [4×1].
            LessonProblem(path: "data.y", kind: .shapeMismatch(found: Shape(rows: 3, columns: 1),
                                                               expected: Shape(rows: 4, columns: 1), rule: .rowsOfXAndY)),
        ])
    }

    func testTargetsWithTheWrongNumberOfColumns() {
        let text = "{\(network), \"data\": {\"X\": [[0, 0]], \"y\": [[0, 1]]}, \"training\": {\"learningRate\": 1, \"epochs\": 1}}"
        assertSameProblems(problems(text), [
            LessonProblem(path: "data.y", kind: .shapeMismatch(found: Shape(rows: 1, columns: 2),
                                                               expected: Shape(rows: 1, columns: 1), rule: .columnsOfY)),
        ])
    }

    // MARK: One problem each

    func testMissingSections() {
        assertSameProblems(problems("{}"), [
            LessonProblem(path: "network", kind: .missing),
            LessonProblem(path: "data", kind: .missing),
            LessonProblem(path: "training", kind: .missing),
        ])
    }

    func testDocumentThatIsNotAnObject() {
        assertSameProblems(problems("[1]"), [LessonProblem(path: "", kind: .wrongType(expected: .object, found: .array))])
    }

    func testWrongTypesNameTheExpectedAndFoundKinds() {
        let text = "{\(network), \(xorData), \"training\": {\"learningRate\": \"fast\", \"epochs\": 10, \"sampling\": {\"last\": 1}}}"
        assertSameProblems(problems(text), [
            LessonProblem(path: "training.learningRate", kind: .wrongType(expected: .number, found: .string)),
            LessonProblem(path: "training.sampling.last", kind: .wrongType(expected: .bool, found: .number)),
        ])
    }

    func testNonIntegerAndOutOfRangeCounts() {
        let text = """
        {"network": {"inputs": 2.5, "layers": [{"units": 0, "activation": "sigmoid"}]}, \(xorData),
         "training": {"learningRate": 1, "epochs": 20000000, "seed": -1}}
        """
        assertSameProblems(problems(text), [
            LessonProblem(path: "network.inputs", kind: .integerOutOfRange(value: 2.5, range: 1...100_000)),
            LessonProblem(path: "network.layers[0].units", kind: .integerOutOfRange(value: 0, range: 1...100_000)),
            LessonProblem(path: "training.epochs", kind: .integerOutOfRange(value: 20_000_000, range: 1...10_000_000)),
            LessonProblem(path: "training.seed", kind: .integerOutOfRange(value: -1, range: 0...9_007_199_254_740_992)),
        ])
    }

    func testUnknownActivationListsTheKnownOnes() {
        let text = """
        {"network": {"inputs": 2, "layers": [{"units": 1, "activation": "Sigmoide"}]}, \(xorData),
         "training": {"learningRate": 1, "epochs": 1}}
        """
        assertSameProblems(problems(text), [
            LessonProblem(path: "network.layers[0].activation", kind: .unknownActivation(
                name: "Sigmoide", known: Activation.allCases.map(\.rawValue))),
        ])
    }

    func testEmptyMatricesAndNonNumbers() {
        let text = "{\(network), \"data\": {\"X\": [], \"y\": [[0], [\"one\"]]}, \"training\": {\"learningRate\": 1, \"epochs\": 1}}"
        assertSameProblems(problems(text), [
            LessonProblem(path: "data.X", kind: .emptyMatrix),
            LessonProblem(path: "data.y[1][0]", kind: .wrongType(expected: .number, found: .string)),
        ])
    }

    func testUnknownInitialParameterListsTheNetworksParameters() {
        let text = "{\(network), \(xorData), \"training\": {\"learningRate\": 1, \"epochs\": 1}, \"init\": {\"W3\": [[1]]}}"
        assertSameProblems(problems(text), [
            LessonProblem(path: "init.W3", kind: .unknownParameter(known: ["W1", "b1", "W2", "b2"])),
        ])
    }

    func testKeysFarFromAnyKnownKeyGetNoSuggestion() {
        let text = "{\(network), \(xorData), \"training\": {\"learningRate\": 1, \"epochs\": 1}, \"zzzzzzzz\": 1}"
        assertSameProblems(problems(text), [LessonProblem(path: "zzzzzzzz", kind: .unknownKey(suggestion: nil))])
    }

    func testSuggestionsIgnoreCase() {
        let text = "{\(network), \(xorData), \"Training\": {}, \"training\": {\"learningRate\": 1, \"epochs\": 1}}"
        assertSameProblems(problems(text), [LessonProblem(path: "Training", kind: .unknownKey(suggestion: "training"))])
    }
}
