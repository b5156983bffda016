import Trace
import XCTest
@testable import Explain

/// In networks deeper than the notes' XOR one, each delta says its size and those of the deltas
/// above it in the same batch: sigmoids shrink it, ReLU keeps it (the vanishing gradient, §3.1).
final class DeltaSizeAnnotationTests: XCTestCase {
    func testSigmoidLayersShrinkTheDelta() {
        let a = Annotations(OperationContexts.deepDelta(.sigmoid))
        assertContains(a.es, "Tamaño de δ₂ en este lote (su norma: la raíz de la suma de sus cuadrados): 0.0200.")
        assertContains(a.es, "de la salida hacia atrás: δ₄ 0.5000 → δ₃ 0.1000 → δ₂ 0.0200.")
        assertContains(a.es, "De δ₃ a δ₂ el tamaño se ha multiplicado por 0.2000: cada capa sigmoide vuelve a multiplicar por σ' ≤ 0.25")
        assertContains(a.es, "Es el gradiente desvaneciente (§3.1).")
        assertContains(a.en, "from the output backwards: δ₄ 0.5000 → δ₃ 0.1000 → δ₂ 0.0200.")
        assertContains(a.en, "This is the vanishing gradient (§3.1).")
        XCTAssertFalse(a.es.contains("δ₁"), "δ₁ belongs to the previous batch: \(a.es)")
    }

    func testReLULayersKeepIt() {
        let a = Annotations(OperationContexts.deepDelta(.relu))
        assertContains(a.es, "δ₂ = Error₂ ⊙ ReLU'(Z₂)")
        assertContains(a.es, "Entradas de δ₂ que quedan en 0: 1 de 2, las de Z₂ ≤ 0")
        assertContains(a.es, "δ₄ 0.5000 → δ₃ 0.1000 → δ₂ 0.0800")
        assertContains(a.es, "De δ₃ a δ₂ el tamaño se ha multiplicado por 0.8000. La derivada de ReLU vale 1 en las neuronas activas")
        assertContains(a.en, "ReLU's derivative is 1 in the active neurons")
        XCTAssertFalse(a.es.contains("saturada"), "no sigmoid reasoning for ReLU: \(a.es)")
    }

    func testTheNotesNetworkSaysNoSizes() {
        let a = Annotations(XOREpoch.notes().context("delta_hidden"))
        XCTAssertFalse(a.es.contains("Tamaño de"), a.es)
    }

    func testARecordedDeepNetworkListsItsDeltas() throws {
        let deep = try ExportFixtures.deepRecording()
        let epoch = deep.epochs[0]
        let index = try XCTUnwrap(epoch.events.firstIndex { $0.name == "delta_1" })
        let context = StepContext(header: deep.header, epoch: epoch, index: index)
        let text = Annotator(language: .spanish).annotate(context).text
        assertContains(text, "de la salida hacia atrás: δ₃ ")
        assertContains(text, " → δ₂ ")
        assertContains(text, " → δ₁ ")
    }
}
