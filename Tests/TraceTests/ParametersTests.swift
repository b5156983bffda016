import XCTest
import Trace

/// Seeded initial parameters: the drawing order, and what explicit values change.
final class ParametersTests: XCTestCase {
    private let spec = NetworkSpec(inputs: 2, layers: [LayerSpec(units: 2, activation: .sigmoid),
                                                       LayerSpec(units: 1, activation: .sigmoid)])

    private func initial(seed: UInt64, given: [String: Matrix] = [:]) -> Parameters {
        var generator = SplitMix64(seed: seed)
        return Parameters.initial(for: spec, given: given, generator: &generator)
    }

    func testTheSameSeedGivesTheSameParameters() {
        XCTAssertEqual(initial(seed: 42), initial(seed: 42))
        XCTAssertNotEqual(initial(seed: 42), initial(seed: 43))
    }

    /// Documented order: layer by layer, weights before bias, row-major, uniform in [−1, 1):
    /// W1 takes draws 1–4, b1 5–6, W2 7–8, b2 9.
    func testDrawsComeInTheDocumentedOrder() {
        var twin = SplitMix64(seed: 42)
        let draws = (0..<9).map { _ in -1 + 2 * twin.nextUnit() }
        let p = initial(seed: 42)
        XCTAssertEqual(p.weights[0], Matrix([[draws[0], draws[1]], [draws[2], draws[3]]]))
        XCTAssertEqual(p.biases[0], Matrix([[draws[4], draws[5]]]))
        XCTAssertEqual(p.weights[1], Matrix([[draws[6]], [draws[7]]]))
        XCTAssertEqual(p.biases[1], Matrix([[draws[8]]]))
        XCTAssertTrue(draws.allSatisfy { $0 >= -1 && $0 < 1 })
    }

    func testAnExplicitW1KeepsTheRandomW2OfTheSameSeed() {
        let w1 = Matrix([[0.5, -0.3], [0.8, 0.2]])
        let random = initial(seed: 42)
        let given = initial(seed: 42, given: ["W1": w1])
        XCTAssertEqual(given.weights[0], w1)
        XCTAssertEqual(given.biases[0], random.biases[0])
        XCTAssertEqual(given.weights[1], random.weights[1])
        XCTAssertEqual(given.biases[1], random.biases[1])
    }

    func testAnyExplicitSubsetLeavesTheOthersRandom() {
        let random = initial(seed: 7)
        let given = initial(seed: 7, given: ["b1": Matrix([[1, 2]]), "W2": Matrix([[3], [4]])])
        XCTAssertEqual(given.weights[0], random.weights[0])
        XCTAssertEqual(given.biases[0], Matrix([[1, 2]]))
        XCTAssertEqual(given.weights[1], Matrix([[3], [4]]))
        XCTAssertEqual(given.biases[1], random.biases[1])
    }

    func testALessonDrawsFromItsSeed() throws {
        let lesson = try TraceRecording.xorLesson()
        XCTAssertEqual(lesson.training.seed, 42)
        XCTAssertEqual(lesson.initialParameters, initial(seed: 42))
        XCTAssertEqual(lesson.makeTrainer().parameters, initial(seed: 42))
    }

    /// He: weights uniform in ±√(6/in) (in = 64 → ±0.306), biases 0; Xavier: ±√(6/(in + out)).
    /// The lesson's `initialization` is what `initialParameters` uses.
    func testHeAndXavierScaleTheUniformDrawByTheLayersSize() throws {
        let spec = NetworkSpec(inputs: 64, layers: [LayerSpec(units: 128, activation: .relu),
                                                    LayerSpec(units: 10, activation: .softmax)])
        for (initialization, limits) in [(Initialization.he, [(6.0 / 64).squareRoot(), (6.0 / 128).squareRoot()]),
                                         (.xavier, [(6.0 / 192).squareRoot(), (6.0 / 138).squareRoot()])] {
            var generator = SplitMix64(seed: 3)
            let p = Parameters.initial(for: spec, given: [:], initialization: initialization, generator: &generator)
            for l in 0..<2 {
                let largest = p.weights[l].elements.map(abs).max()!
                XCTAssertLessThanOrEqual(largest, limits[l], "\(initialization) W\(l + 1)")
                XCTAssertGreaterThan(largest, 0.9 * limits[l], "\(initialization) W\(l + 1) fills its range")
                XCTAssertEqual(p.biases[l], Matrix(rows: 1, columns: spec.layers[l].units))
            }
        }
        var lesson = try TraceRecording.xorLesson()
        lesson.training.initialization = .he
        XCTAssertTrue(lesson.initialParameters.biases.allSatisfy { $0.elements.allSatisfy { $0 == 0 } })
    }
}
