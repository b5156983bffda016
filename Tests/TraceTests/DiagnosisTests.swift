import XCTest
import Trace

/// `Diagnosis`: each rule on hand-made loss series and parameter histories, with the numbers it
/// reports.
final class DiagnosisTests: XCTestCase {
    private let xorTargets = Matrix([[0], [1], [1], [0]])

    private func history(_ losses: [Double], predictions: [Double]? = nil, perceptron: Bool = false,
                         cycle: ParameterCycle? = nil, deltas: [Double] = []) -> RunHistory {
        RunHistory(losses: losses, plannedEpochs: losses.count,
                   predictions: Matrix(rows: 4, columns: 1, elements: predictions ?? [0.5, 0.5, 0.5, 0.5]),
                   targets: xorTargets, correctsEveryMistake: perceptron, cycle: cycle,
                   deltaNorms: deltas.enumerated().map { DeltaNorm(name: "delta_\(deltas.count - $0.offset)",
                                                                   layer: deltas.count - $0.offset, norm: $0.element) })
    }

    // MARK: Cycles in the parameters

    func testACycleOfFourEpochsIsFoundWhereItCloses() {
        var parameters = ParameterHistory()
        // Epochs 0, 1, 2 lead in; from epoch 3 the states go round a, b, c, d, a, b, …
        let lead: [[Double]] = [[0, 0], [0.1, 0], [0.2, 0]]
        let turn: [[Double]] = [[0.3, 0.1], [0.4, -0.1], [0.3, -0.2], [0.2, 0.1]]
        var epoch = 0
        for state in lead { parameters.record(epoch: epoch, values: state); epoch += 1 }
        for _ in 0..<3 {
            for state in turn {
                parameters.record(epoch: epoch, values: state)
                epoch += 1
            }
        }
        XCTAssertEqual(parameters.cycle, ParameterCycle(start: 3, repeatEpoch: 7))
        XCTAssertEqual(parameters.cycle?.length, 4)
        XCTAssertTrue(parameters.isComplete)

        let losses = [0.5, 0.5, 0.75] + Array(repeating: 0.5, count: epoch - 3)
        guard case .cycles(let cycle, let loss, let mistakes) = Diagnosis.diagnose(
            history(losses, predictions: [1, 0, 1, 1], perceptron: true, cycle: parameters.cycle)) else {
            return XCTFail("a perceptron that goes round with mistakes cycles")
        }
        XCTAssertEqual(cycle.start, 3)
        XCTAssertEqual(cycle.length, 4)
        XCTAssertEqual(loss, 0.5)
        XCTAssertEqual(mistakes, 3, "rows 0, 1 and 3 are on the wrong side")
    }

    func testEqualMeansBitForBit() {
        var parameters = ParameterHistory()
        parameters.record(epoch: 0, values: [0.0, 1])
        parameters.record(epoch: 1, values: [-0.0, 1])
        parameters.record(epoch: 2, values: [0.1 + 0.2, 1])
        parameters.record(epoch: 3, values: [0.3, 1])
        XCTAssertNil(parameters.cycle, "−0 is not 0 and 0.1 + 0.2 is not 0.3, bit for bit")
        parameters.record(epoch: 4, values: [0.1 + 0.2, 1])
        XCTAssertEqual(parameters.cycle, ParameterCycle(start: 2, repeatEpoch: 4))
    }

    func testAFullHistoryStopsKeepingSnapshotsAndSaysSo() {
        var parameters = ParameterHistory(maximumValues: 4)
        parameters.record(epoch: 0, values: [1, 2])
        parameters.record(epoch: 1, values: [3, 4])
        parameters.record(epoch: 2, values: [5, 6])
        XCTAssertFalse(parameters.isComplete)
        parameters.record(epoch: 3, values: [5, 6])
        XCTAssertNil(parameters.cycle, "epoch 2 was not kept, so its return cannot be seen")
        parameters.record(epoch: 4, values: [1, 2])
        XCTAssertEqual(parameters.cycle, ParameterCycle(start: 0, repeatEpoch: 4))
    }

    func testAPerceptronWhoseWeightsStopWithoutMistakesHasLearned() {
        let losses = [0.5, 0.25, 0.25, 0, 0, 0]
        let run = history(losses, predictions: [0, 1, 1, 0], perceptron: true,
                          cycle: ParameterCycle(start: 3, repeatEpoch: 4))
        XCTAssertEqual(Diagnosis.diagnose(run), .learned(epoch: 4, fixedFrom: 3))
    }

    func testARepeatWithMistakesOutsideThePerceptronRuleIsNotACycle() {
        // Saturated sigmoids: the weights stop moving although examples are wrong.
        let losses = Array(repeating: 0.2499, count: 100)
        let run = history(losses, predictions: [0, 1, 1, 1], cycle: ParameterCycle(start: 50, repeatEpoch: 51))
        XCTAssertEqual(Diagnosis.diagnose(run).kind, .plateau)
    }

    // MARK: Loss series

    func testAConvergingSeriesGivesTheEpochItFirstFellBelowTheThreshold() {
        let losses = (1...2000).map { 0.25 * exp(-Double($0) / 300) }
        guard case .converged(let epoch, let final, let swings) = Diagnosis.diagnose(history(losses)) else {
            return XCTFail("it converges")
        }
        XCTAssertEqual(epoch, 966, "0.25·e^(−966/300) < 0.01 ≤ 0.25·e^(−965/300)")
        XCTAssertEqual(final, losses.last)
        XCTAssertEqual(swings.rises, 0)
        XCTAssertNil(swings.largest)
    }

    func testAConvergedRunReportsItsLargestRise() {
        var losses = (1...500).map { 0.25 * exp(-Double($0) / 50) }
        losses[99] = 0.3
        guard case .converged(_, _, let swings) = Diagnosis.diagnose(history(losses)) else { return XCTFail() }
        XCTAssertEqual(swings.rises, 1)
        XCTAssertEqual(swings.largest?.epoch, 100)
        XCTAssertEqual(swings.largest?.from, losses[98])
        XCTAssertEqual(swings.largest?.to, 0.3)
    }

    func testAFlatQuarterWithHalfAnswersIsStuck() {
        let losses = (1...5000).map { 0.25 + 0.02 * exp(-Double($0) / 100) }
        let run = history(losses, predictions: [0.5003, 0.4998, 0.5001, 0.4996])
        guard case .stuck(let plateau) = Diagnosis.diagnose(run) else { return XCTFail("\(Diagnosis.diagnose(run))") }
        XCTAssertEqual(plateau.value, losses.last)
        // 0.02·e^(−e/100) ≤ 1e-4 from e = 530 (100·ln 200 = 529.8).
        XCTAssertEqual(plateau.since, 530)
        XCTAssertEqual(plateau.lowestOutput, 0.4996)
        XCTAssertEqual(plateau.highestOutput, 0.5003)
    }

    func testAFlatQuarterWithOtherAnswersIsAPlateau() {
        let losses = Array(repeating: 0.25, count: 1000)
        XCTAssertEqual(Diagnosis.diagnose(history(losses, predictions: [0, 1, 1, 1])).kind, .plateau)
        XCTAssertEqual(Diagnosis.diagnose(history(Array(repeating: 0.125, count: 1000), predictions: [0, 1, 0.5, 0.5])).kind,
                       .plateau)
    }

    func testALossCreepingTowardsALocalMinimumIsAPlateau() {
        // 0.125 + 0.01·e^(−e/800): not flat over the last half (4.2e-4), but over its last
        // quarter it falls by 7e-5, under 0.5 % of 0.125 and under half of the quarter before.
        let losses = (1...5000).map { 0.125 + 0.01 * exp(-Double($0) / 800) }
        let run = history(losses, predictions: [0.02, 0.97, 0.5, 0.5])
        guard case .plateau(let plateau) = Diagnosis.diagnose(run) else { return XCTFail("\(Diagnosis.diagnose(run))") }
        XCTAssertEqual(plateau.value, losses.last)
    }

    func testACrawlOnTheQuarterPlateauIsSlowWithATinyRateAndStuckWithAFairOne() {
        // It falls by about 1.3e-8 per epoch over its last quarter: 1.3e-5 per unit of η with
        // η = 0.001 (the steps are tiny), 2.7e-8 with η = 0.5 (the gradient is nearly zero).
        let losses = (1...5000).map { 0.25 + 0.001 * exp(-Double($0) / 1000) }
        var run = history(losses, predictions: [0.49, 0.51, 0.5, 0.5])
        run.learningRate = 0.001
        XCTAssertEqual(Diagnosis.diagnose(run).kind, .slow)
        run.learningRate = 0.5
        XCTAssertEqual(Diagnosis.diagnose(run).kind, .stuck)
    }

    func testASeriesThatKeepsGoingUpAndDownOscillates() {
        let losses: [Double] = (1...1000).map { (epoch: Int) -> Double in
            epoch % 2 == 0 ? 0.30 : 0.18 + Double(epoch % 7) * 0.01
        }
        guard case .oscillating(let oscillation) = Diagnosis.diagnose(history(losses)) else {
            return XCTFail("\(Diagnosis.diagnose(history(losses)))")
        }
        XCTAssertEqual(oscillation.window, 801...1000)
        XCTAssertEqual(oscillation.rises, 100, "every even epoch goes up")
        XCTAssertEqual(oscillation.low, 0.18, accuracy: 1e-12)
        XCTAssertEqual(oscillation.high, 0.30)
        XCTAssertEqual(oscillation.final, 0.30)
    }

    func testWobblesSmallerThanTheAmplitudeAreNotOscillation() {
        let losses: [Double] = (1...1000).map { (epoch: Int) -> Double in epoch % 2 == 0 ? 0.1444 : 0.1443 }
        XCTAssertNotEqual(Diagnosis.diagnose(history(losses, predictions: [0, 0.3, 1, 0.3])).kind, .oscillating)
    }

    func testABarelyMovingDescentIsSlowAndSaysHowLongItWouldTake() {
        let losses = (0..<5000).map { 0.34 - 0.00001 * Double($0) }
        guard case .slow(let progress) = Diagnosis.diagnose(history(losses)) else {
            return XCTFail("\(Diagnosis.diagnose(history(losses)))")
        }
        XCTAssertEqual(progress.first, 0.34)
        XCTAssertEqual(progress.window, 3750...5000)
        XCTAssertEqual(progress.perEpoch, 0.00001, accuracy: 1e-12)
        // (0.29001 − 0.01) / 0.00001 = 28001.
        XCTAssertEqual(progress.epochsToThreshold, 28001)
    }

    func testADescentThatCoveredMostOfTheWayIsUnfinished() {
        let losses = (0..<1000).map { 0.3 - 0.00025 * Double($0) }
        XCTAssertEqual(Diagnosis.diagnose(history(losses)).kind, .unfinished)
    }

    func testDeltasThatShrinkTowardsTheInputAreAVanishingGradient() {
        let losses = Array(repeating: 0.25, count: 100)
        let run = history(losses, deltas: [0.2, 0.06, 0.02, 0.005, 0.0015])
        guard case .vanishing(let output, let first, let final) = Diagnosis.diagnose(run) else { return XCTFail() }
        XCTAssertEqual(output, DeltaNorm(name: "delta_5", layer: 5, norm: 0.2))
        XCTAssertEqual(first, DeltaNorm(name: "delta_1", layer: 1, norm: 0.0015))
        XCTAssertEqual(final, 0.25)
        // Deltas that do not shrink: the same flat loss is then stuck.
        XCTAssertEqual(Diagnosis.diagnose(history(losses, deltas: [0.05, 0.04, 0.06, 0.1, 0.2])).kind, .stuck)
        // A converged deep network is converged, whatever its deltas.
        XCTAssertEqual(Diagnosis.diagnose(history([0.3, 0.001], deltas: [0.2, 0.06, 0.0015])).kind, .converged)
    }

    func testARunThatStoppedAtANonFiniteValueDiverged() {
        var run = history([0.25, 0.3])
        run.failedEpoch = 3
        XCTAssertEqual(Diagnosis.diagnose(run), .diverged(epoch: 3))
    }

    // MARK: Choosing a variant

    func testAVariantIsChosenByNumberOrByLabel() throws {
        let lesson = try LessonLibrary.load(path: Fixtures.lessons.appendingPathComponent("tasa-de-aprendizaje.json").path)
        XCTAssertEqual(lesson.variantIndex("1"), 0)
        XCTAssertEqual(lesson.variantIndex("2"), 1)
        XCTAssertEqual(lesson.variantIndex("η = 10"), 2)
        XCTAssertEqual(lesson.variantIndex("η=10"), 2)
        XCTAssertEqual(lesson.variantIndex(" Semilla 2680 "), 4)
        XCTAssertNil(lesson.variantIndex("0"))
        XCTAssertNil(lesson.variantIndex("6"))
        XCTAssertNil(lesson.variantIndex("η = 3"))
    }
}
