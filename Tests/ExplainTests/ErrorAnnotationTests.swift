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
        XCTAssertTrue(annotation.text.contains("positivo si la predicción se quedó corta y debe subir"), annotation.text)
        XCTAssertTrue(annotation.text.contains("ejemplo 4 (1, 1): se esperaba 0 y la red dio 0.5845, un error de -0.5845"),
                      annotation.text)
        XCTAssertTrue(annotation.text.contains("Piden subir: ejemplos 2 y 3. Piden bajar: ejemplos 1 y 4."),
                      annotation.text)
    }

    func testLossIsComparedWithOneQuarterAndThePreviousLoss() {
        let annotation = spanish.annotate(epoch.context("loss", previousLoss: 0.26))
        XCTAssertTrue(annotation.text.contains("vale 0.2526"), annotation.text)
        XCTAssertTrue(annotation.text.contains("casi exactamente 0.25"), annotation.text)
        XCTAssertTrue(annotation.text.contains("Ha bajado 0.0074 desde la anterior pérdida registrada (0.2600)"),
                      annotation.text)
        XCTAssertEqual(annotation.codeLine, "np.mean(np.square(error))")
    }

    func testLossOfATrainedNetworkIsBelowOneQuarter() {
        let text = spanish.annotate(Gallery.trained.context("loss")).text
        XCTAssertTrue(text.contains("por debajo de 0.25"), text)
    }

    func testLossWithoutTargetsOrAPreviousValueStillReads() {
        let text = spanish.annotate(XOREpoch.notes(epoch: 7, sampled: false).context("loss")).text
        XCTAssertTrue(text.contains("En la época 7 vale 0.2526."), text)
        XCTAssertFalse(text.contains("anterior"), text)
    }
}
