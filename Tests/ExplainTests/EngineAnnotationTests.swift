import Trace
import XCTest
@testable import Explain

/// Every step the engine emits, for every kind of network, is explained with its own facts:
/// no operation falls back to the unknown one, no placeholder is left, and the notes' code lines
/// appear where the notes have code.
final class EngineAnnotationTests: XCTestCase {
    private func annotations(_ recording: Recording, epoch: Int = 0,
                             language: Language = .spanish) -> [(TraceEvent, Annotation)] {
        let record = recording.epochs[epoch]
        let annotator = Annotator(language: language)
        return record.events.indices.map { index in
            (record.events[index], annotator.annotate(StepContext(header: recording.header, epoch: record, index: index)))
        }
    }

    func testEveryStepOfEveryNetworkHasItsOwnExplanation() throws {
        for recording in try EngineRuns.all() {
            for language in Language.allCases {
                for epoch in recording.epochs.indices {
                    for (event, annotation) in annotations(recording, epoch: epoch, language: language) {
                        let place = "\(recording.header.lesson) \(language) \(event.name) [\(event.operation.rawValue)]"
                        XCTAssertFalse(annotation.text.contains("{") || annotation.title.contains("{"), "\(place): \(annotation.text)")
                        XCTAssertFalse(annotation.text.contains("nnstep no tiene todavía")
                                       || annotation.text.contains("has no explanation yet"), place)
                        XCTAssertNil(annotation.text.range(of: #"\[[a-z]+\.[A-Za-z]+\]"#, options: .regularExpression), place)
                    }
                }
            }
        }
    }

    func testTheMiniatureMLPFollowsTheNotesMNISTLoop() throws {
        let steps = annotations(try EngineRuns.digits())
        func step(_ name: String) -> Annotation? { steps.first { $0.0.name == name }?.1 }
        XCTAssertEqual(step("Z1")?.codeLine, "z1 = np.dot(X_train, W1) + b1")
        XCTAssertEqual(step("A1")?.codeLine, "a1 = relu(z1)")
        XCTAssertEqual(step("delta_out")?.codeLine, "d_output = predicted_output - y_train")
        XCTAssertEqual(step("Error_hidden")?.codeLine, "error_hidden = d_output.dot(W2.T)")
        XCTAssertEqual(step("delta_hidden")?.codeLine, "d_hidden = error_hidden * relu_derivative(z1)")
        XCTAssertEqual(step("W2")?.codeLine, nil, "the epoch-start W₂ is a parameter, not the update")
        XCTAssertEqual(steps.last { $0.0.name == "W2" }?.1.codeLine, "W2 -= learning_rate * a1.T.dot(d_output)")
        XCTAssertNil(steps.last { $0.0.name == "b2" }?.1.codeLine, "the notes' loop updates no bias")
        assertContains(step("delta_out")?.text ?? "", "allí error = y − ŷ, aquí ŷ − y")
        assertContains(step("X")?.text ?? "", "Es el lote 1 de esta época")
        assertContains(step("epoch_loss")?.text ?? "", "de los 2 lotes de esta época")
        assertContains(step("test_accuracy")?.text ?? "", "de 3: el")
    }

    func testTheMiniatureCNNFollowsTheShapesOfSection4() throws {
        let steps = annotations(try EngineRuns.convolutional())
        func text(_ name: String) -> String { steps.first { $0.0.name == name }?.1.text ?? "" }
        assertContains(text("Z1"), "6 − 3 + 1 = 4 posiciones por columna")
        assertContains(text("Z1"), "1×6×6 a 2×4×4")
        assertContains(text("P1"), "2×4×4 pasa a 2×2×2")
        assertContains(text("F"), "2·2·2 = 8 números por ejemplo")
        assertContains(text("M1"), "p = 0.5")
        assertContains(text("D1"), "1/(1 − 0.5) = 2")
        XCTAssertEqual(steps.first { $0.0.name == "Z1" }?.1.codeLine, "x = self.pool(F.relu(self.conv1(x)))")
        let backward = steps.filter { $0.0.phase == .backward }.map { $0.0.operation }
        XCTAssertTrue(backward.contains(.dropoutBackpropagate) && backward.contains(.poolBackpropagate), "\(backward)")
    }

    func testThePerceptronQuotesItsCode() throws {
        let steps = annotations(try EngineRuns.perceptron())
        XCTAssertEqual(steps.first { $0.0.name == "A1" }?.1.codeLine, "return 1 if z > 0 else 0")
        XCTAssertEqual(steps.first { $0.0.name == "error" }?.1.codeLine, "error = y[i] - prediction")
        XCTAssertEqual(steps.last { $0.0.name == "W1" }?.1.codeLine, "self.weights += error * self.lr * X[i]")
        XCTAssertEqual(steps.last { $0.0.name == "b1" }?.1.codeLine, "self.bias += error * self.lr")
        assertContains(steps.first { $0.0.operation == .perceptronDelta }?.1.text ?? "", "regla del perceptrón (§1.1)")
    }

    func testDeepNetworksShowTheSizesOfTheirDeltas() throws {
        let relu = annotations(try EngineRuns.deep(.relu))
        let delta1 = try XCTUnwrap(relu.first { $0.0.name == "delta_1" }?.1.text)
        assertContains(delta1, "de la salida hacia atrás: δ₄ ")
        assertContains(delta1, "La derivada de ReLU vale 1 en las neuronas activas")
        assertContains(relu.first { $0.0.name == "dW1" }?.1.text ?? "", "el factor es η/|B| = 0.1/4 = 0.025")
        assertContains(relu.first { $0.0.name == "dW1" }?.1.text ?? "", "Con momento")
        assertContains(relu.first { $0.0.name == "dW1" }?.1.text ?? "", "La regularización L2")
    }
}
