import XCTest
import Trace

/// The XOR lesson with explicit initial values against the numpy reference
/// (`Tests/Reference/xor_reference.py`, which wrote `Fixtures/xor-golden.json`).
final class XORGoldenTests: XCTestCase {
    private let tolerance = 1e-12

    private func lesson() throws -> Lesson {
        try LessonLibrary.load(path: Fixtures.path("xor-explicit.json"))
    }

    func testEveryNamedMatrixOfEpochOneMatchesNumpy() throws {
        let golden = try Fixtures.golden()
        var trainer = try lesson().makeTrainer()
        var sink = MemorySink(sampling: .all, totalEpochs: 2)
        // Epoch 2 reuses epoch 1's buffers: the values recorded in epoch 1 must not change.
        try trainer.runEpoch(1, into: &sink)
        try trainer.runEpoch(2, into: &sink)

        guard case .object(let expected)? = golden["epoch1"] else { return XCTFail("golden file has no epoch1") }
        XCTAssertEqual(expected.count, 17)
        // The updated parameters come after their epoch-start copies: compare the last event of each name.
        for (name, value) in expected {
            let event = sink.events.last { $0.epoch == 1 && $0.name == name }
            assertClose(event?.values, Fixtures.matrix(value), tolerance: tolerance, "epoch 1 \(name)")
        }
    }

    func testEpochOneHasTheNotesStepsInOrder() throws {
        var trainer = try lesson().makeTrainer()
        var sink = MemorySink(sampling: .all, totalEpochs: 1)
        try trainer.runEpoch(1, into: &sink)
        XCTAssertEqual(sink.events.map(\.name), [
            "X", "y", "W1", "b1", "W2", "b2", "Z1", "A1", "Z2", "A2", "error", "loss",
            "delta_out", "Error_hidden", "delta_hidden", "dW2", "db2", "dW1", "db1", "W2", "b2", "W1", "b1",
        ])
        XCTAssertEqual(sink.events.map(\.step), Array(1...23))
        XCTAssertEqual(sink.events.map(\.sequence), Array(0..<23))
        let deltaOut = try XCTUnwrap(sink.events.first { $0.name == "delta_out" })
        XCTAssertEqual(deltaOut.shape, Shape(rows: 4, columns: 1))
        XCTAssertEqual(deltaOut.codeName, "d_predicted_output")
        XCTAssertEqual(deltaOut.phase, .backward)
        let errorHidden = try XCTUnwrap(sink.events.first { $0.name == "Error_hidden" })
        XCTAssertEqual(errorHidden.shapeRule, "[4×1]·[1×2] → [4×2]")
        XCTAssertEqual(errorHidden.formula, "Error_hidden = δ_out·W₂ᵀ")
        let z1 = try XCTUnwrap(sink.events.first { $0.name == "Z1" })
        XCTAssertEqual(z1.shapeRule, "[4×2]·[2×2] + [1×2] → [4×2]")
        let dW1 = try XCTUnwrap(sink.events.first { $0.name == "dW1" })
        XCTAssertEqual(dW1.shapeRule, "[2×4]·[4×2] → [2×2]")
    }

    func testWeightsAndLossesAfterAllEpochsMatchNumpy() throws {
        let golden = try Fixtures.golden()
        let lesson = try lesson()
        var trainer = lesson.makeTrainer()
        var sink = MemorySink(sampling: SamplingPolicy(first: 0, every: 0, last: false), totalEpochs: 5000)
        for epoch in 1...5000 { try trainer.runEpoch(epoch, into: &sink) }

        let final = try XCTUnwrap(golden["final"])
        assertClose(trainer.parameters.weights[0], Fixtures.matrix(final["W1"]), tolerance: tolerance, "final W1")
        assertClose(trainer.parameters.biases[0], Fixtures.matrix(final["b1"]), tolerance: tolerance, "final b1")
        assertClose(trainer.parameters.weights[1], Fixtures.matrix(final["W2"]), tolerance: tolerance, "final W2")
        assertClose(trainer.parameters.biases[1], Fixtures.matrix(final["b2"]), tolerance: tolerance, "final b2")
        assertClose(trainer.predict(lesson.inputs), Fixtures.matrix(golden["finalPrediction"]),
                    tolerance: tolerance, "final prediction")

        guard case .array(let losses)? = golden["losses"] else { return XCTFail("golden file has no losses") }
        XCTAssertEqual(sink.events.count, 5000, "every epoch keeps its loss and nothing else")
        for (event, expected) in zip(sink.events, losses) {
            XCTAssertEqual(event.name, "loss")
            XCTAssertEqual(event.values![0, 0], JSONText.number(from: expected)!, accuracy: tolerance)
        }
    }
}
