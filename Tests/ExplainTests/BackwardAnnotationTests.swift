import Trace
import XCTest
@testable import Explain

/// δ_out, Error_hidden and δ_hidden.
final class BackwardAnnotationTests: XCTestCase {
    private let spanish = Annotator(language: .spanish)
    private let epoch = XOREpoch.notes()

    func testOutputDeltaIsErrorTimesSlope() {
        let annotation = spanish.annotate(epoch.context("delta_out"))
        XCTAssertEqual(annotation.title, "Delta de salida δ_out")
        XCTAssertTrue(annotation.text.contains("σ'(Z₂) = A₂ ⊙ (1 − A₂)"), annotation.text)
        XCTAssertTrue(annotation.text.contains("columna 4×1"), annotation.text)
        XCTAssertTrue(annotation.text.contains("0.25"), annotation.text)
        XCTAssertTrue(annotation.text.contains("ejemplo 4 (1, 1): error -0.5845 × pendiente 0.2429 = -0.1420"),
                      annotation.text)
        XCTAssertTrue(annotation.text.contains("Coincide con el ejemplo de mayor error"), annotation.text)
        XCTAssertEqual(annotation.codeLine, "d_predicted_output = error * sigmoid_derivative(predicted_output)")
    }

    func testASaturatedOutputCanHideTheLargestError() {
        let text = spanish.annotate(HandContexts.saturatedOutputDelta()).text
        XCTAssertTrue(text.contains("ejemplo 3 (1, 0): error 0.5000 × pendiente 0.2500 = 0.1250"), text)
        XCTAssertTrue(text.contains("El ejemplo 1 (0, 0) tiene más error (-0.9600), pero su pendiente es solo 0.0384"),
                      text)
        XCTAssertTrue(text.contains("la salida está saturada (σ' = 0.0384)"), text)
    }

    func testBackpropagatedErrorStatesTheShapeRuleAndTheWeights() {
        let annotation = spanish.annotate(epoch.context("Error_hidden"))
        XCTAssertEqual(annotation.title, "Error retropropagado Error_hidden")
        XCTAssertTrue(annotation.text.contains("W₂ es [2×1] y W₂ᵀ es [1×2]"), annotation.text)
        XCTAssertTrue(annotation.text.contains("[4×1]·[1×2] → [4×2]"), annotation.text)
        XCTAssertTrue(annotation.text.contains("w'_1 = 0.7000, w'_2 = -0.6000"), annotation.text)
        XCTAssertTrue(annotation.text.contains("neurona 2: δ_out × (-0.6000)"), annotation.text)
        XCTAssertTrue(annotation.text.contains("la neurona 2 recibe el delta con el signo cambiado"), annotation.text)
        XCTAssertTrue(annotation.text.contains("en el ejemplo 4 (1, 1), δ_out = -0.1420 le llega como 0.0852"),
                      annotation.text)
        XCTAssertEqual(annotation.codeLine, "error_hidden_layer = d_predicted_output.dot(W2.T)")
    }

    func testPositiveWeightsKeepTheSign() {
        let epoch = XOREpoch(w1: Matrix([[0.5, -0.3], [0.8, 0.2]]), b1: Matrix([[0.1, -0.1]]),
                             w2: Matrix([[0.7], [0.6]]), b2: Matrix([[0.05]]))
        let text = spanish.annotate(epoch.context("Error_hidden")).text
        XCTAssertTrue(text.contains("Todos los pesos son positivos"), text)
        XCTAssertFalse(text.contains("signo cambiado"), text)
    }

    func testDeeperNetworksFallBackToLayerNumbers() {
        let text = spanish.annotate(HandContexts.deepBackpropagation()).text
        XCTAssertTrue(text.contains("δ₃ vuelve hacia la capa oculta (capa 2 de 3)"), text)
        XCTAssertTrue(text.contains("[4×2]·[2×2] → [4×2]"), text)
        XCTAssertTrue(text.contains("W₃ tiene varias columnas"), text)
        XCTAssertNil(spanish.annotate(HandContexts.deepBackpropagation()).codeLine)
    }

    func testHiddenDeltaFiltersBySlopeAndShrinks() {
        let annotation = spanish.annotate(epoch.context("delta_hidden"))
        XCTAssertTrue(annotation.text.contains("σ' = A₁ ⊙ (1 − A₁)"), annotation.text)
        XCTAssertTrue(annotation.text.contains("ejemplo 1 (0, 0) en la neurona 1: error recibido -0.0929 × pendiente 0.2494"),
                      annotation.text)
        XCTAssertTrue(annotation.text.contains("más pequeños que los de δ_out (máximo 0.0232 frente a 0.1420)"),
                      annotation.text)
    }

    func testSaturatedHiddenNeuronHasAlmostNoDelta() {
        let activations = Matrix([[0.5, 0.5], [0.5, 0.99], [0.5, 0.5], [0.5, 0.5]])
        let received = Matrix(rows: 4, columns: 2, repeating: 0.1)
        let deltas = received.hadamard(activations.map { $0 * (1 - $0) })
        let event = HandContexts.event(.hiddenDelta, "delta_hidden", inputs: ["Error_hidden", "A1"],
                                       inputShapes: [received.shape, activations.shape],
                                       formula: "δ_hidden = Error_hidden ⊙ σ'(Z₁)", values: deltas, phase: .backward)
        let context = StepContext(event: event, learningRate: 0.5, layerCount: 2, values: [
            "X": XOREpoch.inputs, "A1": activations, "Error_hidden": received, "delta_hidden": deltas,
        ])
        let text = spanish.annotate(context).text
        XCTAssertTrue(text.contains("La neurona 2 está saturada en el ejemplo 2 (0, 1) (a = 0.9900, σ' = 0.0099)"), text)
        XCTAssertTrue(text.contains("su delta se queda en 0.0010"), text)
    }
}
