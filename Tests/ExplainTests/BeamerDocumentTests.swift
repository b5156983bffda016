import XCTest
import Trace
@testable import Explain

/// The slides: Madrid theme, title frame, network frame, one frame per step with the step
/// marked on the diagram, and the loss curve.
final class BeamerDocumentTests: XCTestCase {
    private var recording: Recording { ExportFixtures.explicitRecording }

    private func frames(_ document: String) -> [String] {
        document.components(separatedBy: "\\begin{frame}").dropFirst().map { $0.components(separatedBy: "\\end{frame}")[0] }
    }

    func testTheDeckOfAnEpoch() {
        let document = BeamerDocument(recording: recording, epoch: recording.epochs[0]).document()
        XCTAssertTrue(document.contains("\\usetheme{Madrid}"))
        let frames = frames(document)
        XCTAssertEqual(frames.count, 1 + 1 + 23 + 1, "title, network, 23 steps, loss curve")
        XCTAssertTrue(frames[0].contains("\\titlepage") && frames[0].contains("semilla 1"))
        XCTAssertTrue(frames[1].contains("\\begin{tikzpicture}") && frames[1].contains("x_2"))
        let deltaOut = frames[2 + 12]
        XCTAssertTrue(deltaOut.contains("{Paso 13 de 23. Delta de salida \\ensuremath{\\delta_{out}}}"), deltaOut)
        XCTAssertEqual(deltaOut.components(separatedBy: "nnstep, nncurrent").count - 1, 1, "one node marked")
        XCTAssertTrue(deltaOut.contains("{$\\delta_{out}$}"))
        XCTAssertTrue(frames[25].contains("\\begin{axis}") && frames[25].contains("\\addplot"))
        XCTAssertTrue(frames[25].contains("(1,0.25264591)"), "the loss of epoch 1 on the curve")
    }

    func testChosenStepsAndGroupedPhases() {
        var slides = BeamerDocument(recording: recording, epoch: recording.epochs[0])
        slides.indices = [6, 12, 13, 14]
        XCTAssertEqual(frames(slides.document()).count, 2 + 4 + 1)
        slides.grouped = true
        let grouped = frames(slides.document())
        XCTAssertEqual(grouped.count, 2 + 2 + 1, "forward and backward: the phases of the chosen steps")
        XCTAssertTrue(grouped[3].hasPrefix("[allowframebreaks]"))
        XCTAssertEqual(grouped[3].components(separatedBy: "nnstep, nncurrent").count - 1, 3, "the phase's steps marked")
    }

    func testAFlowDiagramHasANodeForEveryNameOfTheEpoch() throws {
        let deep = try ExportFixtures.deepRecording()
        let names = Set(deep.epochs[0].events.map(\.name))
        let flow = TikZFlowDiagram(network: deep.header.network, rowTitles: ["a", "b", "c"])
        for name in names {
            let picture = flow.render(highlighted: [name], phase: .forward)
            XCTAssertEqual(picture.components(separatedBy: "nnstep, nncurrent").count - 1, 1, name)
        }
    }

    func testTheNetworkDiagramElidesLargeLayers() throws {
        let deep = try ExportFixtures.deepRecording()
        let picture = TikZNetworkDiagram(network: deep.header.network, texts: ExportTexts(.spanish)).render()
        XCTAssertTrue(picture.contains("\\vdots"))
        XCTAssertTrue(picture.contains("x_{12}") && !picture.contains("x_6"), "first four, the dots, the last")
        XCTAssertTrue(picture.contains("W_1\\;[12 \\times 10]"))
    }

    func testAnEnglishDeck() {
        let document = BeamerDocument(recording: recording, epoch: recording.epochs[0], language: .english).document()
        XCTAssertTrue(document.contains("Step 13 of 23. Output delta"))
        XCTAssertTrue(document.contains("The loss curve"))
    }
}
