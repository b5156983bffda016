import Foundation
import XCTest

/// Early stopping through the built binary: training ends after `patience` epochs without a
/// better test loss, `record` says so, and the trace ends with the `early_stop` step.
final class EarlyStoppingCommandTests: XCTestCase {
    /// XOR trained on its own targets and tested on the opposite ones: the better the network
    /// learns, the worse its test loss, so early stopping must fire.
    private let lesson = """
    {
      "name": "parada", "title": "Parada temprana",
      "network": { "inputs": 2, "layers": [ { "units": 2, "activation": "sigmoid" }, { "units": 1, "activation": "sigmoid" } ] },
      "data": { "X": [[0, 0], [0, 1], [1, 0], [1, 1]], "y": [[0], [1], [1], [0]],
                "testX": [[0, 0], [0, 1], [1, 0], [1, 1]], "testY": [[1], [0], [0], [1]] },
      "training": { "learningRate": 0.5, "epochs": 3000, "seed": 42, "earlyStopping": { "patience": 3 } }
    }
    """

    func testRecordStopsWhenTheTestLossStopsImprovingAndSaysWhy() throws {
        let file = try NNStepProcess.file(lesson, named: "parada.json")
        let trace = file.deletingLastPathComponent().appendingPathComponent("parada.jsonl")
        let result = try NNStepProcess.run(["record", file.path, "-o", trace.path])
        XCTAssertEqual(result.status, 0, result.stderr)

        let lines = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n").dropFirst()
        let events = try lines.map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        func values(_ name: String) -> [(epoch: Int, value: Double)] {
            events.filter { $0["name"] as? String == name }.compactMap { event in
                guard let rows = event["values"] as? [[Double]] else { return nil }
                return (event["epoch"] as! Int, rows[0][0])
            }
        }
        let testLosses = values("test_loss")
        let stop = try XCTUnwrap(events.last, "the trace ends with the early stop")
        XCTAssertEqual(stop["name"] as? String, "early_stop")
        let stopEpoch = try XCTUnwrap(stop["epoch"] as? Int)
        XCTAssertLessThan(stopEpoch, 3000)
        XCTAssertEqual(testLosses.count, stopEpoch, "one test loss per epoch, and no epoch after the stop")

        // The rule, checked on the recorded test losses: the best one is exactly `patience` epochs
        // before the stop, and none of the epochs after it beat it.
        let best = try XCTUnwrap(testLosses.min { $0.value < $1.value })
        XCTAssertEqual(stopEpoch - best.epoch, 3)
        let stopValues = try XCTUnwrap((stop["values"] as? [[Double]])?.first)
        XCTAssertEqual(stopValues, [Double(best.epoch), best.value, 3])
        XCTAssertTrue(result.stdout.contains("\(stopEpoch) épocas"), result.stdout)
        XCTAssertTrue(result.stdout.contains(
            "La parada temprana terminó el entrenamiento tras la época \(stopEpoch): la pérdida de prueba no mejoraba desde la época \(best.epoch)"),
            result.stdout)
    }
}
