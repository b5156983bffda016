import XCTest
import Trace

/// The course's lessons that compare runs: each variant trains and gets the diagnosis the notes
/// describe, with the numbers the README and the lesson summaries quote.
final class LessonDiagnosisTests: XCTestCase {
    private func comparison(_ name: String) throws -> RunComparison {
        let lesson = try LessonLibrary.load(path: Fixtures.lessons.appendingPathComponent(name + ".json").path)
        return RunComparison.run(lesson)
    }

    private func kinds(_ comparison: RunComparison) -> [String: Diagnosis.Kind] {
        Dictionary(uniqueKeysWithValues: comparison.outcomes.map { ($0.label, $0.diagnosis.kind) })
    }

    func testThePerceptronLearnsAndAndOrButGoesRoundOnXor() throws {
        let runs = try comparison("perceptron")
        XCTAssertEqual(runs.outcomes.map(\.label), ["AND", "OR", "XOR"])
        XCTAssertEqual(kinds(runs), ["AND": .learned, "OR": .learned, "XOR": .cycles])
        XCTAssertEqual(runs.outcomes[0].diagnosis, .learned(epoch: 12, fixedFrom: 11))
        XCTAssertEqual(runs.outcomes[1].diagnosis, .learned(epoch: 9, fixedFrom: 8))
        guard case .cycles(let cycle, let loss, let mistakes) = runs.outcomes[2].diagnosis else { return XCTFail() }
        XCTAssertEqual(cycle, ParameterCycle(start: 12, repeatEpoch: 13))
        XCTAssertEqual(loss, 1, "every example is wrong when it is seen, in every epoch of the cycle")
        XCTAssertEqual(mistakes, 3)
        XCTAssertFalse(runs.showsDeltas)
    }

    func testTheLearningRatesDoWhatTheNotesDescribe() throws {
        let runs = try comparison("tasa-de-aprendizaje")
        XCTAssertEqual(kinds(runs), ["η = 0.5": .converged, "η = 20": .oscillating, "η = 10": .converged,
                                     "η = 0.001": .slow, "semilla 2680": .stuck])
        guard case .converged(let epoch, _, let swings) = runs.outcomes[0].diagnosis else { return XCTFail() }
        XCTAssertEqual(epoch, 1346, "near the notes' 1500")
        XCTAssertEqual(swings.rises, 0)
        guard case .stuck(let plateau) = runs.outcomes[4].diagnosis else { return XCTFail() }
        XCTAssertEqual(plateau.value, 0.25, accuracy: 1e-6)
        XCTAssertEqual(plateau.lowestOutput, 0.5, accuracy: 0.001)
        XCTAssertEqual(plateau.highestOutput, 0.5, accuracy: 0.001)
        XCTAssertEqual(runs.milestoneEpochs, [1, 10, 100, 1000])
        XCTAssertEqual(runs.commonLastEpoch, 5000)
    }

    func testSigmoidDeltasShrinkTowardsTheInputAndReluDeltasDoNot() throws {
        let runs = try comparison("desvanecimiento")
        XCTAssertTrue(runs.showsDeltas)
        XCTAssertEqual(kinds(runs), ["sigmoide": .vanishing, "ReLU": .converged])
        let sigmoid = runs.outcomes[0].history.deltaNorms, relu = runs.outcomes[1].history.deltaNorms
        XCTAssertEqual(sigmoid.map(\.name), (1...6).reversed().map { "delta_\($0)" })
        XCTAssertEqual(sigmoid.map(\.layer), Array((1...6).reversed()))
        for (outer, inner) in zip(sigmoid, sigmoid.dropFirst()) {
            XCTAssertLessThan(inner.norm, outer.norm, "\(inner.name) is smaller than \(outer.name)")
        }
        XCTAssertGreaterThan(sigmoid[0].norm / sigmoid[5].norm, 100)
        XCTAssertLessThan(relu[0].norm / relu[5].norm, 1)
    }
}
