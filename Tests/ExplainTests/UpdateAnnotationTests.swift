import Trace
import XCTest
@testable import Explain

/// ΔW, Δb and the updates.
final class UpdateAnnotationTests: XCTestCase {
    private let spanish = Annotator(language: .spanish)
    private let epoch = XOREpoch.notes()

    func testOutputWeightGradientSumsOverTheExamples() {
        let text = spanish.annotate(epoch.context("dW2")).text
        XCTAssertTrue(text.contains("[4×2] pasa a [2×4]"), text)
        XCTAssertTrue(text.contains("[2×4]·[4×1] → [2×1], la misma forma que W₂"), text)
        XCTAssertTrue(text.contains("no divide por 4"), text)
        XCTAssertTrue(text.contains("η = 0.5"), text)
        XCTAssertTrue(text.contains("los 4 ejemplos aportan a todas las entradas"), text)
        XCTAssertTrue(text.contains("0.5·(0.5250·(-0.1327) + 0.7109·0.1090 + 0.6457·0.1069 + 0.8022·(-0.1420)) = -0.0185"),
                      text)
    }

    func testInputWeightGradientNamesTheExamplesThatReachEachRow() {
        let context = HandContexts.weightGradient(x: XOREpoch.inputs, deltas: HandContexts.simpleDeltas)
        let text = spanish.annotate(context).text
        XCTAssertTrue(text.contains("Fila 1 (pesos que salen de x₁): solo aportan los ejemplos en que x₁ ≠ 0 "
                                    + "(ejemplos 3 y 4). En los demás (ejemplos 1 y 2), x₁ = 0 anula el producto"), text)
        XCTAssertTrue(text.contains("fila 1 = 0.5·((0.5000, 0.6000) + (0.7000, 0.8000)) = (0.6000, 0.7000)"), text)
        XCTAssertTrue(text.contains("(ejemplos 2 y 4). En los demás (ejemplos 1 y 3), x₂ = 0"), text)
        XCTAssertTrue(text.contains("fila 2 = 0.5·((0.3000, 0.4000) + (0.7000, 0.8000)) = (0.5000, 0.6000)"), text)
        XCTAssertTrue(text.contains("El ejemplo 1 (0, 0) tiene todas sus entradas a 0"), text)
        XCTAssertFalse(text.contains("exactamente 0"), text)
    }

    func testExactZerosAreExplained() {
        let context = HandContexts.weightGradient(x: Matrix([[0, 0], [0, 1], [0, 0], [0, 1]]),
                                                  deltas: Matrix([[0.1, 0.2], [0.25, 0], [0.3, 0.4], [-0.25, 0]]))
        let text = spanish.annotate(context).text
        XCTAssertTrue(text.contains("La fila 1 es exactamente 0: x₁ vale 0 en todos los ejemplos"), text)
        XCTAssertTrue(text.contains("(fila 2, columna 1) es exactamente 0 porque las aportaciones de los ejemplos se "
                                    + "cancelan"), text)
        XCTAssertTrue(text.contains("(fila 2, columna 2) es exactamente 0 porque los ejemplos en que x₂ ≠ 0 tienen "
                                    + "delta 0 en la neurona 2"), text)
    }

    func testAnEntryThatPrintsAsZeroIsShownExactly() {
        let text = spanish.annotate(epoch.context("dW1")).text
        XCTAssertTrue(text.contains("(fila 2, columna 1) se ve como 0.0000, pero no es exactamente 0: vale -0.00004150"),
                      text)
    }

    func testBiasGradientSumsEachColumnWithoutInputs() {
        let text = spanish.annotate(epoch.context("db2")).text
        XCTAssertTrue(text.contains("Σ[4×1] → [1×1]"), text)
        XCTAssertTrue(text.contains("entrada vale siempre 1"), text)
        XCTAssertTrue(text.contains("Para la neurona 1: 0.5·(-0.1327 + 0.1090 + 0.1069 - 0.1420) = -0.0293."), text)
        XCTAssertTrue(text.contains("se compensan: la suma queda en -0.0587, aunque sus valores absolutos suman 0.4906"),
                      text)
    }

    func testUpdateShowsTheSignConventionAndTheLargestChange() {
        let annotation = spanish.annotate(epoch.context("W2", updated: true))
        XCTAssertEqual(annotation.title, "Actualización de W₂")
        XCTAssertTrue(annotation.text.contains("y − A₂"), annotation.text)
        XCTAssertTrue(annotation.text.contains("`+=`"), annotation.text)
        XCTAssertTrue(annotation.text.contains("fila 1, columna 1: 0.7000 → 0.6815 (-0.0185)"), annotation.text)
        XCTAssertEqual(annotation.codeLine, "W2 += hidden_layer_output.T.dot(d_predicted_output) * learning_rate")
        let bias = spanish.annotate(epoch.context("b2", updated: true)).text
        XCTAssertTrue(bias.contains("Pasa de 0.0500 a 0.0207 (-0.0293)."), bias)
    }
}
