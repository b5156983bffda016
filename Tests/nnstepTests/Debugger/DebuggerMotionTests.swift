import XCTest
import Explain
import Trace
@testable import nnstep

/// Moving with the debugger's commands: next, prev, epochs, goto, finish.
///
/// Steps of an XOR epoch: 1 X, 2 y, 3 W1, 4 b1, 5 W2, 6 b2, 7 Z1, 8 A1, 9 Z2, 10 A2 (forward),
/// 11 error, 12 loss (error), 13 delta_out, 14 Error_hidden, 15 delta_hidden (backward), 16 dW2,
/// 17 db2, 18 dW1, 19 db1, 20–23 the updated W2, b2, W1, b1 (update). Kept epochs by default:
/// 1, 2, 3, 500, 1000, …, 5000.
final class DebuggerMotionTests: XCTestCase {
    private func place(_ debugger: Debugger) -> (epoch: Int, step: Int) {
        (debugger.recording.epochNumber(debugger.position.epoch), debugger.event.step)
    }

    func testNextAndPrevWithCounts() throws {
        var d = try DebuggerFixtures.debugger()
        XCTAssertEqual(DebuggerFixtures.run("next", on: &d), Reply(moved: true))
        XCTAssertEqual(place(d).step, 2)
        DebuggerFixtures.run("siguiente 11", on: &d)
        XCTAssertEqual(d.event.name, "delta_out")
        DebuggerFixtures.run("next 11", on: &d)
        XCTAssertTrue(place(d) == (2, 1), "past step 23 into the next kept epoch")
        DebuggerFixtures.run("anterior 2", on: &d)
        XCTAssertTrue(place(d) == (1, 22))
        var start = try DebuggerFixtures.debugger()
        XCTAssertEqual(DebuggerFixtures.run("prev", on: &start).lines, ["Es el primer paso de la traza."])
        DebuggerFixtures.run("goto 5000.23", on: &start)
        let end = DebuggerFixtures.run("next 3", on: &start)
        XCTAssertEqual(end.lines, ["Es el último paso de la traza."])
        XCTAssertFalse(end.moved)
    }

    func testEpochsKeepTheOperation() throws {
        var d = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("goto delta_hidden", on: &d)
        DebuggerFixtures.run("next epoch", on: &d)
        XCTAssertTrue(place(d) == (2, 15))
        DebuggerFixtures.run("época siguiente", on: &d)
        DebuggerFixtures.run("siguiente época", on: &d)
        XCTAssertTrue(place(d) == (500, 15))
        DebuggerFixtures.run("prev epoch", on: &d)
        XCTAssertTrue(place(d) == (3, 15))
        DebuggerFixtures.run("goto 1", on: &d)
        XCTAssertEqual(DebuggerFixtures.run("prev epoch", on: &d).lines, ["No hay una época guardada antes de esta."])
    }

    func testGotoByEpochStepAndEveryKindOfName() throws {
        var d = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("ir a 1500.15", on: &d)
        XCTAssertTrue(place(d) == (1500, 15))
        for name in ["d_predicted_output", "δ_out", "delta_out"] {
            DebuggerFixtures.run("goto dW1", on: &d)
            DebuggerFixtures.run("goto \(name)", on: &d)
            XCTAssertEqual(d.event.name, "delta_out", name)
        }
        let nearest = DebuggerFixtures.run("goto 1234", on: &d)
        XCTAssertTrue(place(d).epoch == 1000, "1234 is 234 from 1000 and 266 from 1500")
        XCTAssertTrue(nearest.lines[0].hasPrefix("La época 1234 no guardó sus valores; se muestra la 1000"))
        let badStep = DebuggerFixtures.run("goto 500.99", on: &d)
        XCTAssertTrue(badStep.failed)
        XCTAssertTrue(place(d).epoch == 1000, "a failed goto does not move")
        XCTAssertTrue(DebuggerFixtures.run("goto gamma", on: &d).failed)
    }

    func testFinishGoesToTheEndOfThePhase() throws {
        var d = try DebuggerFixtures.debugger()
        var ends: [Int] = []
        for _ in 0..<5 {
            DebuggerFixtures.run("finish", on: &d)
            ends.append(place(d).step)
        }
        // forward ends at A2 (10), error at loss (12), backward at delta_hidden (15), update at b1
        // (23); then the forward pass of epoch 2.
        XCTAssertEqual(ends, [10, 12, 15, 23, 10])
        XCTAssertEqual(place(d).epoch, 2)
        var stopped = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("break Z1", on: &stopped)
        let reply = DebuggerFixtures.run("terminar", on: &stopped)
        XCTAssertEqual(place(stopped).step, 7, "a breakpoint on the way stops finish")
        XCTAssertEqual(reply.lines, ["Parada 1: Z₁ (Z1) en la época 1, paso 7."])
        DebuggerFixtures.run("goto 5000.23", on: &stopped)
        XCTAssertEqual(DebuggerFixtures.run("finish", on: &stopped).lines, ["Es el último paso de la traza."])
    }
}
