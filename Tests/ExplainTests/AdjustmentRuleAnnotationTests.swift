import Trace
import XCTest
@testable import Explain

/// Adjustments under other rules than the notes' summed gradient descent: a mean over the batch,
/// momentum, Adam, L2, the gradient's sign (`W ← W − ΔW`) and convolutions.
final class AdjustmentRuleAnnotationTests: XCTestCase {
    func testAMeanDividesByTheBatch() {
        let a = Annotations(OperationContexts.weightGradient(formula: "ΔW₁ = (η/|B|)·Xᵀ·δ₁", factor: 0.5 / 4))
        assertContains(a.es, "el factor es η/|B| = 0.5/4 = 0.125")
        assertContains(a.es, "Así, fila 1 = (0.5/4)·((0.5000, 0.6000) + (0.7000, 0.8000)) = (0.1500, 0.1750).")
        assertContains(a.en, "the factor is η/|B| = 0.5/4 = 0.125")
        XCTAssertFalse(a.es.contains("no divide por"), a.es)
        XCTAssertNil(a.spanish.codeLine, "the notes' loops sum")
        let bias = Annotations(OperationContexts.biasGradient(formula: "Δb₁ = (η/|B|)·Σ δ₁", factor: 0.5 / 4))
        assertContains(bias.es, "Para la neurona 1: (0.5/4)·(0.1000 + 0.3000 + 0.5000 + 0.7000) = 0.2000.")
        assertContains(bias.en, "the factor is η/|B| = 0.5/4 = 0.125, a mean")
    }

    func testTheGradientsSignMeansTheUpdateSubtracts() {
        let a = Annotations(OperationContexts.weightGradient(formula: "ΔW₁ = η·Xᵀ·δ₁", factor: 0.5))
        assertContains(a.es, "Aquí δ₁ lleva el signo del gradiente (la cadena empieza en ŷ − y, no en y − ŷ)")
        assertContains(a.en, "Here δ₁ carries the gradient's sign (the chain starts at ŷ − y, not y − ŷ)")
        let update = Annotations(OperationContexts.subtractingUpdate())
        assertContains(update.es, "W₂ ← W₂ − ΔW₂, entrada a entrada")
        assertContains(update.es, "Pasa de 0.5000 a 0.4000 (-0.1000).")
        assertContains(update.en, "It goes from 0.5000 to 0.4000 (-0.1000).")
        XCTAssertEqual(update.spanish.codeLine, "W2 -= learning_rate * a1.T.dot(d_output)")
    }

    func testTheNotesSignIsNotContradicted() {
        let a = Annotations(XOREpoch.notes().context("dW2"))
        XCTAssertFalse(a.es.contains("signo del gradiente"), a.es)
        assertContains(a.es, "Igual que el código de los apuntes, no divide por 4")
    }

    func testMomentumAdamAndL2() {
        let momentum = Annotations(OperationContexts.weightGradient(formula: "ΔW₁ = μ·ΔW₁ₚᵣₑᵥ + η·Xᵀ·δ₁", factor: 0.5))
        assertContains(momentum.es, "se le suma μ veces el ajuste del lote anterior")
        assertContains(momentum.en, "μ times the previous batch's adjustment")
        XCTAssertFalse(momentum.es.contains("Fila 1"), "no worked sums when the adjustment is not the product")
        let adam = Annotations(OperationContexts.weightGradient(formula: "ΔW₁ = η·m̂/(√v̂ + ε),  g = Xᵀ·δ₁ + λ·W₁",
                                                               factor: 0.01))
        assertContains(adam.es, "Con Adam, el producto es solo el gradiente g.")
        assertContains(adam.es, "La regularización L2 añade un término η·λ·W₁")
        assertContains(adam.en, "With Adam, the product is only the gradient g.")
        let bias = Annotations(OperationContexts.biasGradient(formula: "Δb₁ = η·m̂/(√v̂ + ε),  g = Σ δ₁", factor: 0.01))
        assertContains(bias.es, "Con Adam esta suma es solo el gradiente")
    }

    func testAConvolutionsGradientRunsOverThePatches() {
        let weights = Annotations(OperationContexts.convolutionGradient(bias: false))
        assertContains(weights.es, "En una convolución el producto es Pᵀ·δ₁")
        assertContains(weights.es, "([8×9])")
        assertContains(weights.es, "las 4 posiciones de su mapa")
        assertContains(weights.es, "Sale una matriz 9×2, la forma de W₁")
        assertContains(weights.en, "In a convolution the product is Pᵀ·δ₁")
        let bias = Annotations(OperationContexts.convolutionGradient(bias: true))
        assertContains(bias.es, "cada filtro tiene un único sesgo, así que su ajuste suma el delta de las 4 posiciones")
    }

    func testFormulasAreReadIntoRules() {
        let notes = TrainingRule(formula: "ΔW₂ = η·A₁ᵀ·δ_out")
        XCTAssertTrue(notes.isPlainProduct && !notes.averages && !notes.subtracts)
        XCTAssertTrue(TrainingRule(formula: "ΔW₁ = (η/|B|)·Xᵀ·δ₁ + η·λ·W₁").averages)
        XCTAssertTrue(TrainingRule(formula: "ΔW₁ = (η/|B|)·Xᵀ·δ₁ + η·λ·W₁").penalises)
        XCTAssertEqual(TrainingRule(formula: "ΔW₁ = μ·ΔW₁ₚᵣₑᵥ + η·Xᵀ·δ₁").optimizer, .momentum)
        XCTAssertEqual(TrainingRule(formula: "ΔW₁ = η·m̂/(√v̂ + ε),  g = Xᵀ·δ₁").optimizer, .adam)
        XCTAssertTrue(TrainingRule(formula: "W₁ ← W₁ − ΔW₁").subtracts)
        XCTAssertFalse(TrainingRule(formula: "W₁ ← W₁ + ΔW₁").subtracts)
    }
}
