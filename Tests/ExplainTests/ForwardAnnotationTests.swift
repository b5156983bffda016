import Trace
import XCTest
@testable import Explain

/// Data, parameters, weighted sums and activations, on the notes' epoch 1 and hand-made steps.
final class ForwardAnnotationTests: XCTestCase {
    private let spanish = Annotator(language: .spanish)
    private let epoch = XOREpoch.notes()

    func testInputsSayRowsAreExamples() {
        let text = spanish.annotate(epoch.context("X")).text
        assertContains(text, "matriz 4×2")
        assertContains(text, "(0, 0); (0, 1); (1, 0); (1, 1)")
    }

    func testWeightsSayWhatTheirColumnsFeed() {
        let annotation = spanish.annotate(epoch.context("W1"))
        XCTAssertEqual(annotation.title, "Pesos W₁")
        assertContains(annotation.text, "la capa oculta (capa 1 de 2), una matriz 2×2")
        assertContains(annotation.text, "0.8000 (fila 2, columna 1): une x₂ con la neurona 1")
        assertContains(annotation.text, "valores iniciales")
        XCTAssertNil(annotation.codeLine)
    }

    func testBiasListsOneValuePerNeuron() {
        let text = spanish.annotate(epoch.context("b1")).text
        assertContains(text, "Valores: 0.1000 (neurona 1) y -0.1000 (neurona 2).")
    }

    func testWeightedSumExplainsBroadcastingAndWorksOutTheLargestSum() {
        let annotation = spanish.annotate(epoch.context("Z1"))
        XCTAssertEqual(annotation.title, "Suma ponderada Z₁")
        assertContains(annotation.text, "[4×2]·[2×2] → [4×2]")
        assertContains(annotation.text, "b₁ es una única fila [1×2]")
        assertContains(annotation.text, "broadcasting")
        assertContains(annotation.text, "[4×2]·[2×2] + [1×2] → [4×2]")
        assertContains(annotation.text, "ejemplo 4 (1, 1) en la neurona 1: 1·0.5000 + 1·0.8000 + 0.1000 = 1.4000")
        XCTAssertEqual(annotation.codeLine, "hidden_layer_input = np.dot(X, W1) + b1")
    }

    func testOutputSumShowsNegativeWeightsInParentheses() {
        let text = spanish.annotate(epoch.context("Z2")).text
        assertContains(text, "0.8022·0.7000 + 0.4502·(-0.6000) + 0.0500 = 0.3414")
    }

    func testPredictionsNearOneHalfAreUndecided() {
        let text = spanish.annotate(epoch.context("A2")).text
        assertContains(text, "predicción ŷ")
        assertContains(text, "entre 0.5331 y 0.5845")
        assertContains(text, "Ninguna neurona está saturada")
    }

    func testSaturatedActivationNamesTheExampleAndNeuron() {
        let activations = Matrix([[0.5, 0.5], [0.5, 0.99], [0.5, 0.5], [0.5, 0.5]])
        let event = HandContexts.event(.sigmoid, "A1", inputs: ["Z1"], inputShapes: [activations.shape],
                                       formula: "A₁ = σ(Z₁)", values: activations, phase: .forward)
        let context = StepContext(event: event, learningRate: 0.5, layerCount: 2,
                                  values: ["X": XOREpoch.inputs, "A1": activations])
        let text = spanish.annotate(context).text
        assertContains(text, "Hay 1 de 8 valores saturados")
        assertContains(text, "ejemplo 2 (0, 1) en la neurona 2: σ = 0.9900")
        assertContains(text, "σ' = 0.0099")
    }

    func testWithoutOperandsTheLargestSumIsStillNamed() {
        var context = epoch.context("Z1")
        context.values = [:]
        let text = spanish.annotate(context).text
        assertContains(text, "La suma más alta es 1.4000, la del ejemplo 4 en la neurona 1.")
    }
}
