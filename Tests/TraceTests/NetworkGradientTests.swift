import XCTest
import Foundation
import Trace

/// The Trainer's adjustments against finite differences of the whole XOR network.
///
/// For `E = ½·Σ(y − A₂)²`, the notes' update is `ΔW = η·(−∂E/∂W)`: so `dW1/η`, `db1/η`, `dW2/η`
/// and `db2/η` of epoch 1 must equal the finite differences of `−E` with respect to each
/// parameter. `E` is computed here by a forward pass written out with plain loops, independent of
/// `DenseOp`, `ActivationOp` and `Matrix.dot`.
final class NetworkGradientTests: XCTestCase {
    private func xorLesson() throws -> Lesson {
        try LessonLibrary.load(path: Fixtures.lessons.appendingPathComponent("xor.json").path)
    }

    /// `½·Σ(y − σ(σ(X·W1 + b1)·W2 + b2))²`, with every sum written out.
    private func halfSumOfSquares(_ p: Parameters, x: Matrix, y: Matrix) -> Double {
        func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
        func layer(_ input: [Double], _ w: Matrix, _ b: Matrix) -> [Double] {
            (0..<w.columns).map { j in
                var z = b[0, j]
                for k in 0..<w.rows { z += input[k] * w[k, j] }
                return sigmoid(z)
            }
        }
        var e = 0.0
        for n in 0..<x.rows {
            var a = (0..<x.columns).map { x[n, $0] }
            for l in 0..<p.weights.count { a = layer(a, p.weights[l], p.biases[l]) }
            for j in 0..<y.columns { e += 0.5 * (y[n, j] - a[j]) * (y[n, j] - a[j]) }
        }
        return e
    }

    private func checkGradients(lesson: Lesson, parameters: Parameters, file: StaticString = #filePath, line: UInt = #line) throws {
        let eta = lesson.training.learningRate
        var trainer = Trainer(spec: lesson.network, inputs: lesson.inputs, targets: lesson.targets,
                              learningRate: eta, parameters: parameters)
        var sink = MemorySink(sampling: .all, totalEpochs: 1)
        try trainer.runEpoch(1, into: &sink)
        func change(_ name: String) throws -> Matrix {
            try XCTUnwrap(sink.events.first { $0.name == name }?.values, "no \(name)", file: file, line: line) * (1 / eta)
        }
        func minusE(_ p: Parameters) -> Double { -halfSumOfSquares(p, x: lesson.inputs, y: lesson.targets) }

        for l in 0..<parameters.weights.count {
            let numericW = NumericalGradient.gradient(of: { w in
                var p = parameters; p.weights[l] = w; return minusE(p)
            }, at: parameters.weights[l])
            assertGradient(try change("dW\(l + 1)"), numericW, "dW\(l + 1)/η vs −∂E/∂W\(l + 1)", file: file, line: line)
            let numericB = NumericalGradient.gradient(of: { b in
                var p = parameters; p.biases[l] = b; return minusE(p)
            }, at: parameters.biases[l])
            assertGradient(try change("db\(l + 1)"), numericB, "db\(l + 1)/η vs −∂E/∂b\(l + 1)", file: file, line: line)
        }

        // The recorded loss is mean(error²) = Σ(y − A₂)²/4 = 2E/4 = E/2 for the 4 XOR examples.
        let loss = try XCTUnwrap(sink.events.first { $0.name == "loss" }?.values?[0, 0], file: file, line: line)
        XCTAssertEqual(loss, halfSumOfSquares(parameters, x: lesson.inputs, y: lesson.targets) / 2,
                       accuracy: 1e-14, file: file, line: line)
    }

    func testAdjustmentsAreMinusTheGradientForTheShippedSeed() throws {
        let lesson = try xorLesson()
        try checkGradients(lesson: lesson, parameters: lesson.initialParameters)
    }

    func testAdjustmentsAreMinusTheGradientForOtherRandomInits() throws {
        let lesson = try xorLesson()
        for seed: UInt64 in [7, 2024, 987_654_321] {
            var generator = SplitMix64(seed: seed)
            let parameters = Parameters.initial(for: lesson.network, given: [:], generator: &generator)
            try checkGradients(lesson: lesson, parameters: parameters)
        }
    }

    /// Away from the starting point too: after 300 epochs the gradients are smaller and the
    /// hidden layer has moved into the sigmoid's curved part.
    func testAdjustmentsAreMinusTheGradientAfterSomeTraining() throws {
        let lesson = try xorLesson()
        var trainer = lesson.makeTrainer()
        var discard = DiscardingSink()
        for epoch in 1...300 { try trainer.runEpoch(epoch, into: &discard) }
        try checkGradients(lesson: lesson, parameters: trainer.parameters)
    }

    /// The update adds the adjustment: `W ← W + ΔW` for every parameter.
    func testUpdateAddsTheAdjustment() throws {
        let lesson = try xorLesson()
        var trainer = lesson.makeTrainer()
        let before = trainer.parameters
        var sink = MemorySink(sampling: .all, totalEpochs: 1)
        try trainer.runEpoch(1, into: &sink)
        func values(_ name: String) throws -> Matrix { try XCTUnwrap(sink.events.first { $0.name == name }?.values) }
        XCTAssertEqual(trainer.parameters.weights[0], before.weights[0] + (try values("dW1")))
        XCTAssertEqual(trainer.parameters.biases[0], before.biases[0] + (try values("db1")))
        XCTAssertEqual(trainer.parameters.weights[1], before.weights[1] + (try values("dW2")))
        XCTAssertEqual(trainer.parameters.biases[1], before.biases[1] + (try values("db2")))
    }
}
