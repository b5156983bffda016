import XCTest
import Trace

/// `OperationKind`: the `op` names of the trace format (docs/trace-format.md, "The kinds of
/// operation"), equality and hashing.
final class OperationTests: XCTestCase {
    /// The table of docs/trace-format.md.
    private let documented: [(OperationKind, String)] = [
        (.data, "data"), (.parameter, "parameter"), (.affine, "affine"), (.sigmoid, "sigmoid"),
        (.residual, "residual"), (.meanSquaredError, "mse"), (.outputDelta, "output_delta"),
        (.backpropagate, "backpropagate"), (.hiddenDelta, "hidden_delta"),
        (.weightGradient, "weight_gradient"), (.biasGradient, "bias_gradient"), (.update, "update"),
    ]

    func testEqualityOfKnownOperations() {
        XCTAssertTrue(OperationKind.affine == OperationKind.affine)
        XCTAssertFalse(OperationKind.affine == OperationKind.sigmoid)
        XCTAssertTrue(OperationKind.meanSquaredError != OperationKind.update)
    }

    func testEachOperationWritesItsDocumentedName() {
        for (operation, name) in documented {
            XCTAssertEqual(operation.rawValue, name)
        }
    }

    func testEachDocumentedNameReadsBackAsItsOperation() {
        for (operation, name) in documented {
            XCTAssertEqual(OperationKind(rawValue: name), operation, name)
        }
    }

    func testUnknownNamesAreKept() {
        XCTAssertEqual(OperationKind(rawValue: "conv2d").rawValue, "conv2d")
        XCTAssertEqual(OperationKind(rawValue: "conv2d"), .unknown("conv2d"))
        XCTAssertNotEqual(OperationKind.unknown("conv2d"), .unknown("relu"))
    }

    func testOperationsHash() {
        let set: Set<OperationKind> = [.affine, .affine, .sigmoid, .unknown("x"), .unknown("x")]
        XCTAssertEqual(set.count, 3)
    }

    func testEventsWithOperationsCompare() {
        let event = TraceEvent(sequence: 0, epoch: 1, step: 7, phase: .forward, operation: .affine, name: "Z1",
                               codeName: "hidden_layer_input", inputs: [], inputShapes: [],
                               shape: Shape(rows: 1, columns: 1), formula: "Z₁", values: Matrix([[1]]))
        var other = event
        XCTAssertEqual(event, other)
        other.operation = .sigmoid
        XCTAssertNotEqual(event, other)
    }
}
