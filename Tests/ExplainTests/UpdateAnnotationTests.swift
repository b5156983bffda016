import Trace
import XCTest
@testable import Explain

/// ΔW, Δb and the updates.
final class UpdateAnnotationTests: XCTestCase {
    private let spanish = Annotator(language: .spanish)
    private let epoch = XOREpoch.notes()

    func testOutputWeightGradientSumsOverTheExamples() {
        let text = spanish.annotate(epoch.context("dW2")).text
        assertContains(text, "[4×2] pasa a [2×4]")
        assertContains(text, "[2×4]·[4×1] → [2×1], la misma forma que W₂")
        assertContains(text, "no divide por 4")
        assertContains(text, "η = 0.5")
        assertContains(text, "los 4 ejemplos aportan a todas las entradas")
        assertContains(text, "0.5·(0.5250·(-0.1327) + 0.7109·0.1090 + 0.6457·0.1069 + 0.8022·(-0.1420)) = -0.0185")
    }

    func testInputWeightGradientNamesTheExamplesThatReachEachRow() {
        let context = HandContexts.weightGradient(x: XOREpoch.inputs, deltas: HandContexts.simpleDeltas)
        let text = spanish.annotate(context).text
        assertContains(text, "Fila 1 (pesos que salen de x₁): solo aportan los ejemplos en que x₁ ≠ 0 "
                             + "(ejemplos 3 y 4). En los demás (ejemplos 1 y 2), x₁ = 0 anula el producto")
        assertContains(text, "fila 1 = 0.5·((0.5000, 0.6000) + (0.7000, 0.8000)) = (0.6000, 0.7000)")
        assertContains(text, "(ejemplos 2 y 4). En los demás (ejemplos 1 y 3), x₂ = 0")
        assertContains(text, "fila 2 = 0.5·((0.3000, 0.4000) + (0.7000, 0.8000)) = (0.5000, 0.6000)")
        assertContains(text, "El ejemplo 1 (0, 0) tiene todas sus entradas a 0")
        XCTAssertFalse(text.contains("exactamente 0"), text)
    }

    func testExactZerosAreExplained() {
        let context = HandContexts.weightGradient(x: Matrix([[0, 0], [0, 1], [0, 0], [0, 1]]),
                                                  deltas: Matrix([[0.1, 0.2], [0.25, 0], [0.3, 0.4], [-0.25, 0]]))
        let text = spanish.annotate(context).text
        assertContains(text, "La fila 1 es exactamente 0: x₁ vale 0 en todos los ejemplos")
        assertContains(text, "(fila 2, columna 1) es exactamente 0 porque las aportaciones de los ejemplos se "
                             + "cancelan")
        assertContains(text, "(fila 2, columna 2) es exactamente 0 porque los ejemplos en que x₂ ≠ 0 tienen "
                             + "delta 0 en la neurona 2")
    }

    func testAnEntryThatPrintsAsZeroIsShownExactly() {
        let text = spanish.annotate(epoch.context("dW1")).text
        assertContains(text, "(fila 2, columna 1) se ve como 0.0000, pero no es exactamente 0: vale -0.00004150")
    }

    func testBiasGradientSumsEachColumnWithoutInputs() {
        let text = spanish.annotate(epoch.context("db2")).text
        assertContains(text, "Σ[4×1] → [1×1]")
        assertContains(text, "entrada vale siempre 1")
        assertContains(text, "Para la neurona 1: 0.5·(-0.1327 + 0.1090 + 0.1069 - 0.1420) = -0.0293.")
        assertContains(text, "se compensan: la suma queda en -0.0587, aunque sus valores absolutos suman 0.4906")
    }

    func testUpdateShowsTheSignConventionAndTheLargestChange() {
        let annotation = spanish.annotate(epoch.context("W2", updated: true))
        XCTAssertEqual(annotation.title, "Actualización de W₂")
        assertContains(annotation.text, "y − A₂")
        assertContains(annotation.text, "`+=`")
        assertContains(annotation.text, "fila 1, columna 1: 0.7000 → 0.6815 (-0.0185)")
        XCTAssertEqual(annotation.codeLine, "W2 += hidden_layer_output.T.dot(d_predicted_output) * learning_rate")
        let bias = spanish.annotate(epoch.context("b2", updated: true)).text
        assertContains(bias, "Pasa de 0.0500 a 0.0207 (-0.0293).")
    }
}
