import Trace
import XCTest
@testable import Explain

final class StepContextTests: XCTestCase {
    func testEpochContextsHoldTheLatestValueOfEachName() {
        let contexts = XOREpoch.notes().contexts()
        XCTAssertEqual(contexts.count, 23)
        let backpropagation = contexts[13]
        XCTAssertEqual(backpropagation.event.name, "Error_hidden")
        XCTAssertEqual(backpropagation.values["W2"], Matrix([[0.7], [-0.6]]))
        XCTAssertNil(backpropagation.values["dW2"])
        let update = contexts[19]
        XCTAssertEqual(update.event.name, "W2")
        XCTAssertEqual(update.values["W2"], update.event.values)
    }

    func testLayerIsReadFromTheName() {
        let layers = XOREpoch.notes().contexts().map { "\($0.event.name)@\($0.layer)" }
        XCTAssertEqual(layers, ["X@0", "y@0", "W1@1", "b1@1", "W2@2", "b2@2", "Z1@1", "A1@1", "Z2@2", "A2@2",
                                "error@2", "loss@2", "delta_out@2", "Error_hidden@1", "delta_hidden@1", "dW2@2",
                                "db2@2", "dW1@1", "db1@1", "W2@2", "b2@2", "W1@1", "b1@1"])
        XCTAssertEqual(HandContexts.deepBackpropagation().layer, 2)
    }

    func testCodeLinesExistOnlyForTheNotesNetwork() {
        let lines = XOREpoch.notes().contexts().map { CodeLine.line(for: $0.event, layerCount: 2) }
        XCTAssertEqual(lines.compactMap { $0 }.count, 17)
        XCTAssertEqual(lines[15], "hidden_layer_output.T.dot(d_predicted_output) * learning_rate")
        XCTAssertNil(CodeLine.line(for: XOREpoch.notes().events[8], layerCount: 3))
    }
}
