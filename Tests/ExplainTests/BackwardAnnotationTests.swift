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
        assertContains(annotation.text, "σ'(Z₂) = A₂ ⊙ (1 − A₂)")
        assertContains(annotation.text, "columna 4×1")
        assertContains(annotation.text, "0.25")
        assertContains(annotation.text, "ejemplo 4 (1, 1): error -0.5845 × pendiente 0.2429 = -0.1420")
        assertContains(annotation.text, "Coincide con el ejemplo de mayor error")
        XCTAssertEqual(annotation.codeLine, "d_predicted_output = error * sigmoid_derivative(predicted_output)")
    }

    func testASaturatedOutputCanHideTheLargestError() {
        let text = spanish.annotate(HandContexts.saturatedOutputDelta()).text
        assertContains(text, "ejemplo 3 (1, 0): error 0.5000 × pendiente 0.2500 = 0.1250")
        assertContains(text, "El ejemplo 1 (0, 0) tiene más error (-0.9600), pero su pendiente es solo 0.0384")
        assertContains(text, "la salida está saturada (σ' = 0.0384)")
    }

    func testBackpropagatedErrorStatesTheShapeRuleAndTheWeights() {
        let annotation = spanish.annotate(epoch.context("Error_hidden"))
        XCTAssertEqual(annotation.title, "Error retropropagado Error_hidden")
        assertContains(annotation.text, "W₂ es [2×1] y W₂ᵀ es [1×2]")
        assertContains(annotation.text, "[4×1]·[1×2] → [4×2]")
        assertContains(annotation.text, "w'_1 = 0.7000, w'_2 = -0.6000")
        assertContains(annotation.text, "neurona 2: δ_out × (-0.6000)")
        assertContains(annotation.text, "la neurona 2 recibe el delta con el signo cambiado")
        assertContains(annotation.text, "en el ejemplo 4 (1, 1), δ_out = -0.1420 le llega como 0.0852")
        XCTAssertEqual(annotation.codeLine, "error_hidden_layer = d_predicted_output.dot(W2.T)")
    }

    func testPositiveWeightsKeepTheSign() {
        let epoch = XOREpoch(w1: Matrix([[0.5, -0.3], [0.8, 0.2]]), b1: Matrix([[0.1, -0.1]]),
                             w2: Matrix([[0.7], [0.6]]), b2: Matrix([[0.05]]))
        let text = spanish.annotate(epoch.context("Error_hidden")).text
        assertContains(text, "Todos los pesos son positivos")
        XCTAssertFalse(text.contains("signo cambiado"), text)
    }

    func testDeeperNetworksFallBackToLayerNumbers() {
        let text = spanish.annotate(HandContexts.deepBackpropagation()).text
        assertContains(text, "δ₃ vuelve hacia la capa oculta (capa 2 de 3)")
        assertContains(text, "[4×2]·[2×2] → [4×2]")
        assertContains(text, "W₃ tiene varias columnas")
        XCTAssertNil(spanish.annotate(HandContexts.deepBackpropagation()).codeLine)
    }

    func testHiddenDeltaFiltersBySlopeAndShrinks() {
        let annotation = spanish.annotate(epoch.context("delta_hidden"))
        assertContains(annotation.text, "σ' = A₁ ⊙ (1 − A₁)")
        assertContains(annotation.text, "ejemplo 1 (0, 0) en la neurona 1: error recibido -0.0929 × pendiente 0.2494")
        assertContains(annotation.text, "más pequeños que los de δ_out (máximo 0.0232 frente a 0.1420)")
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
        assertContains(text, "La neurona 2 está saturada en el ejemplo 2 (0, 1) (a = 0.9900, σ' = 0.0099)")
        assertContains(text, "su delta se queda en 0.0010")
    }
}
