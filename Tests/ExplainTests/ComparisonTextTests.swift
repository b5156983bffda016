import XCTest
@testable import Explain
import Trace

/// `ComparisonText` and `DiagnosisText`: the table of variants, its curves, the explanations
/// with the runs' numbers, in both languages.
final class ComparisonTextTests: XCTestCase {
    private let targets = Matrix([[0], [1], [1], [0]])

    private func outcome(_ label: String, _ losses: [Double], predictions: [Double] = [0.5, 0.5, 0.5, 0.5],
                         rate: Double = 0.5, deltas: [DeltaNorm] = []) -> RunComparison.Outcome {
        let history = RunHistory(losses: losses, plannedEpochs: losses.count,
                                 predictions: Matrix(rows: 4, columns: 1, elements: predictions), targets: targets,
                                 inputs: Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), deltaNorms: deltas)
        var settings = TrainingSettings(learningRate: rate, epochs: losses.count, seed: 0, sampling: .default)
        settings.learningRate = rate
        return RunComparison.Outcome(label: label, settings: settings, hiddenActivation: .sigmoid, history: history,
                                     diagnosis: Diagnosis.diagnose(history))
    }

    private var converging: [Double] { (1...2000).map { 0.25 * exp(-Double($0) / 300) } }
    private var stuck: [Double] { Array(repeating: 0.25, count: 2000) }

    func testTheTableHasTheMilestonesTheLastEpochACurveAndTheDiagnosis() {
        let comparison = RunComparison(title: "XOR", outcomes: [outcome("η = 0.5", converging), outcome("mala", stuck)],
                                       selected: 1, showsDeltas: false)
        let lines = ComparisonText(comparison, language: .spanish).lines(width: 100)
        XCTAssertEqual(lines[0], "Comparación de variantes · XOR")
        let table = ComparisonText(comparison, language: .spanish).table(width: 100)
        XCTAssertEqual(table.count, 3)
        XCTAssertTrue(table[0].hasPrefix("  variante  1       10      100     1000    2000"), table[0])
        XCTAssertTrue(table[0].hasSuffix("diagnóstico"))
        XCTAssertTrue(table[1].hasPrefix("  η = 0.5   0.2492  0.2418  0.1791  0.0089  0.000318"), table[1])
        XCTAssertTrue(table[1].hasSuffix("converge"))
        XCTAssertTrue(table[2].hasPrefix("▸ mala      0.2500  0.2500  0.2500  0.2500  0.2500"), table[2])
        XCTAssertTrue(table[2].hasSuffix("atascada"))
        XCTAssertTrue(lines.contains("▸ mala — atascada"))
        XCTAssertTrue(lines.contains("  η = 0.5 — converge"))
        XCTAssertTrue(lines.contains { $0.contains("época 966") }, "the epoch the loss first fell below 0.01")
    }

    func testTheCurveSamplesTheLossOnOneScaleForEveryRun() {
        let comparison = RunComparison(title: "t", outcomes: [], selected: 0, showsDeltas: false)
        let text = ComparisonText(comparison, language: .spanish)
        XCTAssertEqual(text.curve([0.5, 0.25, 0, 0.5], points: 4, highest: 0.5), "█▅▁█")
        XCTAssertEqual(text.curve(Array(repeating: 0.25, count: 100), points: 8, highest: 1), "▃▃▃▃▃▃▃▃")
        XCTAssertEqual(text.curve([1, .nan], points: 8, highest: 1), "█·", "at most one point per epoch")
        XCTAssertEqual(text.curve((0..<100).map { Double($0) }, points: 3, highest: 99), "▁▅█",
                       "the first, the middle and the last epoch")
    }

    func testTheDeltaTableGoesFromTheOutputToTheFirstLayerWithTheRatio() {
        let sigmoid = [DeltaNorm(name: "delta_3", layer: 3, norm: 0.2), DeltaNorm(name: "delta_2", layer: 2, norm: 0.05),
                       DeltaNorm(name: "delta_1", layer: 1, norm: 0.001)]
        let relu = [DeltaNorm(name: "delta_3", layer: 3, norm: 0.05), DeltaNorm(name: "delta_2", layer: 2, norm: 0.06),
                    DeltaNorm(name: "delta_1", layer: 1, norm: 0.1)]
        let comparison = RunComparison(title: "t", outcomes: [outcome("sigmoide", stuck, deltas: sigmoid),
                                                              outcome("ReLU", converging, deltas: relu)],
                                       selected: 0, showsDeltas: true)
        let text = ComparisonText(comparison, language: .english)
        XCTAssertEqual(text.deltaTable(), [
            "  variant   δ₃      δ₂      δ₁      output/first",
            "▸ sigmoide  0.2000  0.0500  0.0010  200",
            "  ReLU      0.0500  0.0600  0.1000  0.50",
        ])
        let lines = text.lines(width: 100)
        XCTAssertTrue(lines.contains("▸ sigmoide — vanishing gradient"))
        XCTAssertTrue(lines.joined(separator: " ").contains("‖δ₃‖ = 0.2000"))
        XCTAssertTrue(lines.joined(separator: " ").contains("‖δ₁‖ = 0.0010: 200 times less"))
    }

    func testACycleSaysWhichPointsNoLineSeparates() {
        let history = RunHistory(losses: Array(repeating: 1, count: 100), plannedEpochs: 100,
                                 predictions: Matrix([[1], [1], [0], [0]]), targets: targets,
                                 inputs: Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), correctsEveryMistake: true,
                                 cycle: ParameterCycle(start: 12, repeatEpoch: 13))
        let run = RunComparison.Outcome(label: "XOR", settings: TrainingSettings(learningRate: 0.1, epochs: 100, seed: 42,
                                                                                 sampling: .default),
                                        hiddenActivation: nil, history: history, diagnosis: Diagnosis.diagnose(history))
        let spanish = DiagnosisText(.spanish).explanation(run)
        XCTAssertTrue(spanish.contains("Al terminar la época 13"), spanish)
        XCTAssertTrue(spanish.contains("al terminar la época 12"), spanish)
        XCTAssertTrue(spanish.contains("época tras época"), spanish)
        XCTAssertTrue(spanish.contains("no hay recta que deje (0,1) y (1,0) a un lado y (0,0) y (1,1) al otro"), spanish)
        XCTAssertTrue(spanish.contains("todavía se equivoca en 2 de los 4 ejemplos"), spanish)
        let english = DiagnosisText(.english).explanation(run)
        XCTAssertTrue(english.contains("no line leaves (0,1) and (1,0) on one side and (0,0) and (1,1) on the other"), english)
    }

    func testEveryDiagnosisHasANameAndAnExplanationInBothLanguages() {
        let runs = [outcome("c", converging), outcome("s", stuck), outcome("p", stuck, predictions: [0, 1, 1, 1]),
                    outcome("o", (1...1000).map { $0 % 2 == 0 ? 0.3 : 0.2 }, rate: 20),
                    outcome("l", (0..<5000).map { 0.34 - 0.00001 * Double($0) }, rate: 0.001),
                    outcome("u", (0..<1000).map { 0.3 - 0.00025 * Double($0) })]
        XCTAssertEqual(runs.map(\.diagnosis.kind), [.converged, .stuck, .plateau, .oscillating, .slow, .unfinished])
        for language in Language.allCases {
            let texts = DiagnosisText(language)
            for kind in Diagnosis.Kind.allCases {
                XCTAssertFalse(texts.name(kind).hasPrefix("["), "\(language) \(kind)")
            }
            for run in runs {
                let text = texts.explanation(run)
                XCTAssertFalse(text.contains("{"), text)
                XCTAssertFalse(text.contains("[diagnosis"), text)
            }
        }
        let slow = DiagnosisText(.spanish).explanation(runs[4])
        XCTAssertTrue(slow.contains("de 0.3400 a 0.2900 en 5000 épocas"), slow)
        XCTAssertTrue(slow.contains("1.00·10⁻⁵ menos por época"), slow)
        XCTAssertTrue(slow.contains("unas 28001 épocas más"), slow)
        let oscillating = DiagnosisText(.english).explanation(runs[3])
        XCTAssertTrue(oscillating.contains("between epochs 801 and 1000 it rose 100 times"), oscillating)
        XCTAssertTrue(oscillating.contains("With η = 20"), oscillating)
    }

    func testNumbersNeverUseAnExponent() {
        XCTAssertEqual(DiagnosisNumbers.value(0.25), "0.2500")
        XCTAssertEqual(DiagnosisNumbers.value(0.000731), "0.000731")
        XCTAssertEqual(DiagnosisNumbers.value(0.0000517), "5.17·10⁻⁵")
        XCTAssertEqual(DiagnosisNumbers.value(0), "0")
        XCTAssertEqual(DiagnosisNumbers.compact(0.5), "0.5")
        XCTAssertEqual(DiagnosisNumbers.compact(20), "20")
        XCTAssertEqual(DiagnosisNumbers.compact(0.001), "0.001")
        XCTAssertEqual(DiagnosisNumbers.ratio(154.7), "155")
        XCTAssertEqual(DiagnosisNumbers.ratio(0.256), "0.26")
        XCTAssertEqual(DiagnosisNumbers.point([0, 1]), "(0,1)")
    }
}
