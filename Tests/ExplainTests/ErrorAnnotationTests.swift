import Trace
import XCTest
@testable import Explain

/// The residual and the loss of the notes' epoch 1.
final class ErrorAnnotationTests: XCTestCase {
    private let spanish = Annotator(language: .spanish)
    private let epoch = XOREpoch.notes()

    func testResidualNamesTheWorstExampleAndTheDirections() {
        let annotation = spanish.annotate(epoch.context("error"))
        XCTAssertEqual(annotation.title, "Error residual error = y − A₂")
        assertContains(annotation.text, "positivo si la predicción se quedó corta y debe subir")
        assertContains(annotation.text, "ejemplo 4 (1, 1): se esperaba 0 y la red dio 0.5845, un error de -0.5845")
        assertContains(annotation.text, "Piden subir: ejemplos 2 y 3. Piden bajar: ejemplos 1 y 4.")
    }

    func testLossIsComparedWithOneQuarterAndThePreviousLoss() {
        let annotation = spanish.annotate(epoch.context("loss", previousLoss: 0.26))
        assertContains(annotation.text, "vale 0.2526")
        assertContains(annotation.text, "casi exactamente 0.25")
        assertContains(annotation.text, "Ha bajado 0.0074 desde la anterior pérdida registrada (0.2600)")
        XCTAssertEqual(annotation.codeLine, "np.mean(np.square(error))")
    }

    func testLossOfATrainedNetworkIsBelowOneQuarter() {
        let text = spanish.annotate(Gallery.trained.context("loss")).text
        assertContains(text, "por debajo de 0.25")
    }

    func testLossWithoutTargetsOrAPreviousValueStillReads() {
        let text = spanish.annotate(XOREpoch.notes(epoch: 7, sampled: false).context("loss")).text
        assertContains(text, "En la época 7 vale 0.2526.")
        XCTAssertFalse(text.contains("anterior"), text)
    }
}
