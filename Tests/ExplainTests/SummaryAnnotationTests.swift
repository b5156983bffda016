import Trace
import XCTest
@testable import Explain

/// An epoch's summary: its mean loss, the test loss and accuracy, and early stopping (§3.3, §3.4).
final class SummaryAnnotationTests: XCTestCase {
    func testTheEpochLossIsTheMeanOfItsBatches() {
        let a = Annotations(OperationContexts.epochLoss())
        XCTAssertEqual(a.spanish.title, "Pérdida de la época 12")
        assertContains(a.es, "Es la media de las pérdidas de los 5 lotes de esta época")
        assertContains(a.es, "`running_loss/len(trainloader)` (§3.4): 0.4321.")
        assertContains(a.es, "Ha bajado 0.0679 desde la anterior pérdida registrada (0.5000).")
        assertContains(a.en, "the mean of the losses of the epoch's 5 batches")
        assertContains(Annotations(OperationContexts.epochLoss(batches: 1)).es, "La época tiene un solo lote")
    }

    func testTheTestLossAgainstTheTrainingLoss() {
        let gap = Annotations(OperationContexts.testLoss(0.9))
        assertContains(gap.es, "Vale 0.9000. La de entrenamiento es 0.4321, claramente más baja.")
        assertContains(gap.es, "es el sobreajuste (§3.3)")
        assertContains(gap.en, "The training loss is 0.4321, clearly lower.")
        let close = Annotations(OperationContexts.testLoss(0.45))
        assertContains(close.es, "La de entrenamiento es 0.4321: están cerca")
    }

    func testAccuracyCountsTheHits() {
        let a = Annotations(OperationContexts.accuracy())
        XCTAssertEqual(a.spanish.title, "Acierto en la prueba")
        assertContains(a.es, "Acierta 342 de 360: el 95.0 %.")
        assertContains(a.en, "It gets 342 of 360 right: 95.0 %.")
        assertContains(Annotations(OperationContexts.accuracy(formula: "test_accuracy = hits / n")).es, "Acierta el 95.0 %.")
    }

    func testEarlyStoppingSaysWhenTheBestWasAndWhy() {
        let a = Annotations(OperationContexts.earlyStop())
        XCTAssertEqual(a.spanish.title, "Parada temprana")
        assertContains(a.es, "La mejor pérdida de prueba, 0.1234, se alcanzó en la época 7; desde entonces han pasado 5 épocas sin mejorarla, y la paciencia era de 5.")
        assertContains(a.es, "(sobreajuste, §3.3)")
        assertContains(a.en, "The best test loss, 0.1234, was reached in epoch 7; 5 epochs have passed since then without improving it, and the patience was 5.")
    }

    func testBatchesImagesAndOneHotTargets() {
        let x = Annotations(OperationContexts.imageBatch())
        assertContains(x.es, "Cada fila guarda una imagen de 1×2×2 desplegada en 4 números")
        assertContains(x.es, "Es el lote 3 de esta época")
        assertContains(x.en, "This is batch 3 of this epoch")
        let y = Annotations(OperationContexts.oneHotTargets())
        assertContains(y.es, "Cada fila es one-hot")
        assertContains(y.es, "La primera fila indica la clase 1.")
        assertContains(y.en, "The first row points to class 1.")
    }

    func testTheDigitsShapesAgainstTheNotesMNIST() {
        let digits = Annotations(OperationContexts.digitsProduct(inputs: 64))
        assertContains(digits.es, "[batch×784]·[784×128]; aquí cada dígito es de 8×8 = 64 píxeles, así que queda [64×64]·[64×128] → [64×128].")
        assertContains(digits.en, "here each digit is 8×8 = 64 pixels, so it becomes [64×64]·[64×128] → [64×128].")
        let mnist = Annotations(OperationContexts.digitsProduct(inputs: 784))
        assertContains(mnist.es, "Son las formas de los apuntes (§3), [batch×784]·[784×128]: aquí, [64×784]·[784×128] → [64×128].")
        XCTAssertFalse(Annotations(XOREpoch.notes().context("Z1")).es.contains("784"))
    }
}
