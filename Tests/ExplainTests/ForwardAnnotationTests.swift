import Trace
import XCTest
@testable import Explain

/// Data, parameters, weighted sums and activations, on the notes' epoch 1 and hand-made steps.
final class ForwardAnnotationTests: XCTestCase {
    private let spanish = Annotator(language: .spanish)
    private let epoch = XOREpoch.notes()

    func testInputsSayRowsAreExamples() {
        let text = spanish.annotate(epoch.context("X")).text
        XCTAssertTrue(text.contains("matriz 4×2"), text)
        XCTAssertTrue(text.contains("(0, 0); (0, 1); (1, 0); (1, 1)"), text)
    }

    func testWeightsSayWhatTheirColumnsFeed() {
        let annotation = spanish.annotate(epoch.context("W1"))
        XCTAssertEqual(annotation.title, "Pesos W₁")
        XCTAssertTrue(annotation.text.contains("la capa oculta (capa 1 de 2), una matriz 2×2"), annotation.text)
        XCTAssertTrue(annotation.text.contains("0.8000 (fila 2, columna 1): une x₂ con la neurona 1"), annotation.text)
        XCTAssertTrue(annotation.text.contains("valores iniciales"), annotation.text)
        XCTAssertNil(annotation.codeLine)
    }

    func testBiasListsOneValuePerNeuron() {
        let text = spanish.annotate(epoch.context("b1")).text
        XCTAssertTrue(text.contains("Valores: 0.1000 (neurona 1) y -0.1000 (neurona 2)."), text)
    }

    func testWeightedSumExplainsBroadcastingAndWorksOutTheLargestSum() {
        let annotation = spanish.annotate(epoch.context("Z1"))
        XCTAssertEqual(annotation.title, "Suma ponderada Z₁")
        XCTAssertTrue(annotation.text.contains("[4×2]·[2×2] → [4×2]"), annotation.text)
        XCTAssertTrue(annotation.text.contains("b₁ es una única fila [1×2]"), annotation.text)
        XCTAssertTrue(annotation.text.contains("broadcasting"), annotation.text)
        XCTAssertTrue(annotation.text.contains("[4×2]·[2×2] + [1×2] → [4×2]"), annotation.text)
        XCTAssertTrue(annotation.text.contains("ejemplo 4 (1, 1) en la neurona 1: 1·0.5000 + 1·0.8000 + 0.1000 = 1.4000"),
                      annotation.text)
        XCTAssertEqual(annotation.codeLine, "hidden_layer_input = np.dot(X, W1) + b1")
    }

    func testOutputSumShowsNegativeWeightsInParentheses() {
        let text = spanish.annotate(epoch.context("Z2")).text
        XCTAssertTrue(text.contains("0.8022·0.7000 + 0.4502·(-0.6000) + 0.0500 = 0.3414"), text)
    }

    func testPredictionsNearOneHalfAreUndecided() {
        let text = spanish.annotate(epoch.context("A2")).text
        XCTAssertTrue(text.contains("predicción ŷ"), text)
        XCTAssertTrue(text.contains("entre 0.5331 y 0.5845"), text)
        XCTAssertTrue(text.contains("Ninguna neurona está saturada"), text)
    }

    func testSaturatedActivationNamesTheExampleAndNeuron() {
        let activations = Matrix([[0.5, 0.5], [0.5, 0.99], [0.5, 0.5], [0.5, 0.5]])
        let event = HandContexts.event(.sigmoid, "A1", inputs: ["Z1"], inputShapes: [activations.shape],
                                       formula: "A₁ = σ(Z₁)", values: activations, phase: .forward)
        let context = StepContext(event: event, learningRate: 0.5, layerCount: 2,
                                  values: ["X": XOREpoch.inputs, "A1": activations])
        let text = spanish.annotate(context).text
        XCTAssertTrue(text.contains("Hay 1 de 8 valores saturados"), text)
        XCTAssertTrue(text.contains("ejemplo 2 (0, 1) en la neurona 2: σ = 0.9900"), text)
        XCTAssertTrue(text.contains("σ' = 0.0099"), text)
    }

    func testWithoutOperandsTheLargestSumIsStillNamed() {
        var context = epoch.context("Z1")
        context.values = [:]
        let text = spanish.annotate(context).text
        XCTAssertTrue(text.contains("La suma más alta es 1.4000, la del ejemplo 4 en la neurona 1."), text)
    }
}
