import XCTest
import Foundation
import Trace

/// The general trainer's adjustments against finite differences of a loss computed here with
/// plain loops (convolution, pooling, dense layers, softmax and cross-entropy written out),
/// independent of the ops under test.
final class TrainerGradientTests: XCTestCase {
    /// Image 1×6×6 → conv 2@3×3 (tanh) → 2×4×4 → maxpool 2×2 → 2×2×2 → flatten 8 → dense 3 (softmax).
    private let cnn = NetworkSpec(inputImage: TensorShape(channels: 1, height: 6, width: 6), layers: [
        .conv2d(filters: 2, kernel: 3, activation: .tanh), .maxPool(size: 2), .flatten,
        LayerSpec(units: 3, activation: .softmax),
    ])

    /// `Σ_examples −Σ_j y_j·ln a_j` of the CNN above, every sum written out.
    private func cnnLoss(_ p: Parameters, _ x: Matrix, _ y: Matrix) -> Double {
        var total = 0.0
        for n in 0..<x.rows {
            // conv: W is [9 × 2], column f is filter f ordered (i, j); output channel-major.
            var maps = [[Double]](repeating: [Double](repeating: 0, count: 16), count: 2)
            for f in 0..<2 {
                for r in 0..<4 {
                    for c in 0..<4 {
                        var z = p.biases[0][0, f]
                        for i in 0..<3 { for j in 0..<3 { z += x[n, (r + i) * 6 + c + j] * p.weights[0][i * 3 + j, f] } }
                        maps[f][r * 4 + c] = Foundation.tanh(z)
                    }
                }
            }
            var flat: [Double] = []
            for f in 0..<2 {
                for r in 0..<2 {
                    for c in 0..<2 {
                        let block = [maps[f][(2 * r) * 4 + 2 * c], maps[f][(2 * r) * 4 + 2 * c + 1],
                                     maps[f][(2 * r + 1) * 4 + 2 * c], maps[f][(2 * r + 1) * 4 + 2 * c + 1]]
                        flat.append(block.max()!)
                    }
                }
            }
            var z = (0..<3).map { j in (0..<8).reduce(p.biases[1][0, j]) { $0 + flat[$1] * p.weights[1][$1, j] } }
            let top = z.max()!
            z = z.map { exp($0 - top) }
            let sum = z.reduce(0, +)
            for j in 0..<3 { total -= y[n, j] * log(z[j] / sum) }
        }
        return total
    }

    private func randomParameters(for spec: NetworkSpec, seed: UInt64) -> Parameters {
        var generator = SplitMix64(seed: seed)
        return Parameters.initial(for: spec, given: [:], generator: &generator)
    }

    func testConvolutionalNetworkAdjustmentsAreTheGradientOfTheCrossEntropy() throws {
        var generator = SplitMix64(seed: 11)
        let x = NumericalGradient.randomMatrix(3, 36, &generator)
        let y = Matrix([[1, 0, 0], [0, 0, 1], [0, 1, 0]])
        let parameters = randomParameters(for: cnn, seed: 5)
        var settings = TrainingSettings(learningRate: 0.1, epochs: 1, seed: 1, sampling: .all)
        settings.loss = .crossEntropy
        var trainer = Trainer(spec: cnn, inputs: x, targets: y, settings: settings, parameters: parameters)
        var sink = MemorySink(sampling: .all, totalEpochs: 1)
        try trainer.runEpoch(1, into: &sink)

        XCTAssertEqual(sink.events.first { $0.name == "delta_out" }?.operation, .simplifiedDelta)
        for l in 0..<2 {
            let numericW = NumericalGradient.gradient(of: { w in
                var p = parameters; p.weights[l] = w; return cnnLoss(p, x, y)
            }, at: parameters.weights[l])
            let dW = try XCTUnwrap(sink.events.first { $0.name == "dW\(l + 1)" }?.values) * (1 / 0.1)
            assertGradient(dW, numericW, "dW\(l + 1)/η vs ∂L/∂W\(l + 1)")
            let numericB = NumericalGradient.gradient(of: { b in
                var p = parameters; p.biases[l] = b; return cnnLoss(p, x, y)
            }, at: parameters.biases[l])
            let db = try XCTUnwrap(sink.events.first { $0.name == "db\(l + 1)" }?.values) * (1 / 0.1)
            assertGradient(db, numericB, "db\(l + 1)/η vs ∂L/∂b\(l + 1)")
        }
        // The gradient sign: the weights go down the slope, W ← W − ΔW.
        let updated = try XCTUnwrap(sink.events.last { $0.name == "W1" }?.values)
        let dW1 = try XCTUnwrap(sink.events.first { $0.name == "dW1" }?.values)
        XCTAssertEqual(updated, parameters.weights[0] - dW1)
        // The reported loss is the mean over the batch.
        let loss = try XCTUnwrap(sink.events.first { $0.name == "loss" }?.values?[0, 0])
        XCTAssertEqual(loss, cnnLoss(parameters, x, y) / 3, accuracy: 1e-12)
    }

    /// Dense 3 → 4 (GELU) → 2 (linear), mean absolute error avoided (kinks): the notes' squared
    /// error with a mean reduction over mini-batches of 2.
    func testMiniBatchesWithAMeanReductionScaleTheBatchGradient() throws {
        let spec = NetworkSpec(inputs: 3, layers: [LayerSpec(units: 4, activation: .gelu), LayerSpec(units: 2, activation: .linear)])
        var generator = SplitMix64(seed: 3)
        let x = NumericalGradient.randomMatrix(4, 3, &generator)
        let y = NumericalGradient.randomMatrix(4, 2, &generator)
        let parameters = randomParameters(for: spec, seed: 8)
        var settings = TrainingSettings(learningRate: 0.2, epochs: 1, seed: 1, sampling: .all)
        settings.batchSize = 2
        settings.reduction = .mean
        var trainer = Trainer(spec: spec, inputs: x, targets: y, settings: settings, parameters: parameters)
        var sink = MemorySink(sampling: .all, totalEpochs: 1)
        try trainer.runEpoch(1, into: &sink)
        XCTAssertEqual(trainer.batchesPerEpoch, 2)
        let firstBatch = Matrix(Array(x.nestedRows[0..<2])), firstTargets = Matrix(Array(y.nestedRows[0..<2]))
        // E = ½·Σ(y − A)² over the first batch; the notes' sign: ΔW = −(η/2)·∂E/∂W.
        func halfSum(_ p: Parameters) -> Double {
            var e = 0.0
            for n in 0..<2 {
                let hidden = (0..<4).map { j -> Double in
                    let z = (0..<3).reduce(p.biases[0][0, j]) { $0 + firstBatch[n, $1] * p.weights[0][$1, j] }
                    return 0.5 * z * (1 + erf(z / 2.0.squareRoot()))
                }
                for j in 0..<2 {
                    let a = (0..<4).reduce(p.biases[1][0, j]) { $0 + hidden[$1] * p.weights[1][$1, j] }
                    e += 0.5 * (firstTargets[n, j] - a) * (firstTargets[n, j] - a)
                }
            }
            return e
        }
        let numeric = NumericalGradient.gradient(of: { w in var p = parameters; p.weights[0] = w; return halfSum(p) },
                                                 at: parameters.weights[0])
        let dW1 = try XCTUnwrap(sink.events.first { $0.name == "dW1" && $0.batch == 1 }?.values)
        assertGradient(dW1 * (-2 / 0.2), numeric, "dW1·(−|B|/η) vs ∂E/∂W1")
        // Only batch 1 is recorded in full; the epoch ends with its mean loss.
        XCTAssertNil(sink.events.first { $0.batch == 2 })
        XCTAssertEqual(sink.events.last?.name, Trainer.SummaryName.epochLoss)
    }

    /// Adam's first step is `η·m̂/(√v̂ + ε)` with `m̂ = g`, `v̂ = g²`: `η·g/(|g| + ε)`, about
    /// `±η`, whatever the gradient's size.
    func testAdamsFirstStepIsTheLearningRateInTheGradientsDirection() throws {
        var generator = SplitMix64(seed: 21)
        let x = NumericalGradient.randomMatrix(3, 36, &generator)
        let y = Matrix([[0, 1, 0], [1, 0, 0], [0, 0, 1]])
        let parameters = randomParameters(for: cnn, seed: 6)
        var settings = TrainingSettings(learningRate: 0.01, epochs: 1, seed: 1, sampling: .all)
        settings.loss = .crossEntropy
        settings.optimizer = .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
        var trainer = Trainer(spec: cnn, inputs: x, targets: y, settings: settings, parameters: parameters)
        var sink = MemorySink(sampling: .all, totalEpochs: 1)
        try trainer.runEpoch(1, into: &sink)
        let g = NumericalGradient.gradient(of: { w in var p = parameters; p.weights[1] = w; return cnnLoss(p, x, y) },
                                           at: parameters.weights[1])
        let dW2 = try XCTUnwrap(sink.events.first { $0.name == "dW2" }?.values)
        for r in 0..<g.rows {
            for c in 0..<g.columns {
                XCTAssertEqual(dW2[r, c], 0.01 * g[r, c] / (abs(g[r, c]) + 1e-8), accuracy: 1e-9)
            }
        }
    }

    /// Layers wide enough (32 examples × 32 units × 32 inputs) for the trainer to compute `ΔW₂`
    /// beside `Error₁ = δ₂·W₂ᵀ`, on another core: the recorded `ΔW₂` must still be `η·A₁ᵀ·δ₂` of
    /// the recorded `A₁` and `δ₂`, written out here with plain loops.
    func testAWeightChangeComputedBesideTheBackwardErrorUsesThatBatchsValues() throws {
        let (examples, inputs, units) = (32, 16, 32)
        var generator = SplitMix64(seed: 41)
        let x = NumericalGradient.randomMatrix(examples, inputs, &generator)
        let y = Matrix(rows: examples, columns: 4, elements: (0..<(examples * 4)).map { _ in generator.nextUnit() })
        let spec = NetworkSpec(inputs: inputs, layers: [LayerSpec(units: units, activation: .sigmoid),
                                                        LayerSpec(units: units, activation: .sigmoid),
                                                        LayerSpec(units: 4, activation: .sigmoid)])
        let settings = TrainingSettings(learningRate: 0.1, epochs: 1, seed: 1, sampling: .all)
        var trainer = Trainer(spec: spec, inputs: x, targets: y, settings: settings,
                              parameters: randomParameters(for: spec, seed: 8))
        var sink = MemorySink(sampling: .all, totalEpochs: 1)
        try trainer.runEpoch(1, into: &sink)
        func values(_ name: String) throws -> Matrix { try XCTUnwrap(sink.events.first { $0.name == name }?.values, name) }
        let (a1, delta2, change) = (try values("A1"), try values("delta_2"), try values("dW2"))
        for i in 0..<units {
            for j in 0..<units {
                var sum = 0.0
                for n in 0..<examples { sum += a1[n, i] * delta2[n, j] }
                XCTAssertEqual(change[i, j], 0.1 * sum, accuracy: 1e-12 * max(1, abs(sum)), "dW2[\(i), \(j)]")
            }
        }
    }

    /// A layer of 65·67 = 4,355 weights: enough for Adam's update to be shared among the cores,
    /// and an odd count, so one lane is left over. Every weight must take Adam's first step,
    /// `−η·g/(|g| + ε)`, with `g = Xᵀ·(ŷ − y)` written out here for a linear layer and the notes'
    /// squared error.
    func testAdamsFirstStepOnALargeLayerMovesEveryWeight() throws {
        let (inputs, units, examples) = (65, 67, 3)
        var generator = SplitMix64(seed: 31)
        let x = NumericalGradient.randomMatrix(examples, inputs, &generator)
        let y = NumericalGradient.randomMatrix(examples, units, &generator)
        let spec = NetworkSpec(inputs: inputs, layers: [LayerSpec(units: units, activation: .linear)])
        let parameters = randomParameters(for: spec, seed: 7)
        var settings = TrainingSettings(learningRate: 0.01, epochs: 1, seed: 1, sampling: .all)
        settings.optimizer = .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
        var trainer = Trainer(spec: spec, inputs: x, targets: y, settings: settings, parameters: parameters)
        var discard = DiscardingSink()
        try trainer.runEpoch(1, into: &discard)
        let (w, b) = (parameters.weights[0], parameters.biases[0])
        let trained = trainer.parameters.weights[0]
        for i in 0..<inputs {
            for j in 0..<units {
                var g = 0.0
                for n in 0..<examples {
                    var prediction = b[0, j]
                    for k in 0..<inputs { prediction += x[n, k] * w[k, j] }
                    g += x[n, i] * (prediction - y[n, j])
                }
                XCTAssertEqual(trained[i, j], w[i, j] - 0.01 * g / (abs(g) + 1e-8), accuracy: 1e-12, "W[\(i), \(j)]")
            }
        }
    }

    /// Momentum: the second batch's change is `μ·ΔW₁ + η·g₂`.
    func testMomentumKeepsPartOfThePreviousChange() throws {
        let spec = NetworkSpec(inputs: 2, layers: [LayerSpec(units: 1, activation: .sigmoid)])
        let x = Matrix([[0, 1], [1, 1]]), y = Matrix([[1], [0]])
        var settings = TrainingSettings(learningRate: 0.5, epochs: 1, seed: 1, sampling: .all)
        settings.batchSize = 1
        settings.optimizer = .momentum(0.9)
        let parameters = Parameters(weights: [Matrix([[0.2], [-0.4]])], biases: [Matrix([[0.1]])])
        var trainer = Trainer(spec: spec, inputs: x, targets: y, settings: settings, parameters: parameters)
        var discard = DiscardingSink()
        // By hand: batch 1 is x = (0, 1), y = 1; batch 2 is x = (1, 1), y = 0.
        func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
        let a1 = sigmoid(0.1 - 0.4), d1 = (1 - a1) * a1 * (1 - a1)
        let v1 = [0.5 * 0 * d1, 0.5 * 1 * d1]
        let w = [0.2 + v1[0], -0.4 + v1[1]], b = 0.1 + 0.5 * d1
        let a2 = sigmoid(w[0] + w[1] + b), d2 = (0 - a2) * a2 * (1 - a2)
        let v2 = [0.9 * v1[0] + 0.5 * d2, 0.9 * v1[1] + 0.5 * d2]
        try trainer.runEpoch(1, into: &discard)
        XCTAssertEqual(trainer.parameters.weights[0][0, 0], w[0] + v2[0], accuracy: 1e-15)
        XCTAssertEqual(trainer.parameters.weights[0][1, 0], w[1] + v2[1], accuracy: 1e-15)
    }

    /// The perceptron rule (§1.1): `w ← w + η·error·x`, one example at a time.
    func testAHeavisideOutputFollowsThePerceptronRule() throws {
        let spec = NetworkSpec(inputs: 2, layers: [LayerSpec(units: 1, activation: .heaviside)])
        let x = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), y = Matrix([[0], [0], [0], [1]])
        var settings = TrainingSettings(learningRate: 0.1, epochs: 1, seed: 1, sampling: .all)
        settings.batchSize = 1
        var w = [0.3, -0.2], b = 0.0
        let parameters = Parameters(weights: [Matrix([[w[0]], [w[1]]])], biases: [Matrix([[b]])])
        var trainer = Trainer(spec: spec, inputs: x, targets: y, settings: settings, parameters: parameters)
        var discard = DiscardingSink()
        for epoch in 1...20 {
            try trainer.runEpoch(epoch, into: &discard)
            for n in 0..<4 {
                let prediction: Double = x[n, 0] * w[0] + x[n, 1] * w[1] + b > 0 ? 1 : 0
                let error = y[n, 0] - prediction
                w[0] += 0.1 * error * x[n, 0]
                w[1] += 0.1 * error * x[n, 1]
                b += 0.1 * error
            }
            XCTAssertEqual(trainer.parameters.weights[0][0, 0], w[0], accuracy: 1e-12)
            XCTAssertEqual(trainer.parameters.weights[0][1, 0], w[1], accuracy: 1e-12)
            XCTAssertEqual(trainer.parameters.biases[0][0, 0], b, accuracy: 1e-12)
        }
        XCTAssertEqual(trainer.predict(x), y, "AND is learned")
    }

    private func assertGradient(_ actual: Matrix, _ expected: Matrix, _ message: String,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.shape, expected.shape, message, file: file, line: line)
        for (a, e) in zip(actual.elements, expected.elements) {
            let relative = abs(a - e) / max(1e-8, abs(a) + abs(e))
            XCTAssertLessThan(relative, 1e-6, "\(message): \(a) vs \(e)", file: file, line: line)
        }
    }
}
