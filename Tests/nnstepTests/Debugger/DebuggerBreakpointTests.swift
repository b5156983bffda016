import XCTest
import Explain
import Trace
@testable import nnstep

/// Breakpoints and watchpoints over the XOR recording with explicit initial values: where they
/// stop, forwards and backwards, and what they report. Expected values: the golden file of the
/// numpy reference, or the notes' loop run in numpy on the same initial values (said where used).
final class DebuggerBreakpointTests: XCTestCase {
    private func place(_ debugger: Debugger) -> (epoch: Int, step: Int) {
        (debugger.recording.epochNumber(debugger.position.epoch), debugger.event.step)
    }

    func testBreakOnANameStopsAtEveryStepThatComputesItAndReverseContinueGoesBack() throws {
        var d = try DebuggerFixtures.debugger()
        XCTAssertEqual(DebuggerFixtures.run("break delta_out", on: &d).lines,
                       ["Parada 1: cada paso que calcula δ_out (delta_out)."])
        var stops: [Int] = []
        for _ in 0..<4 {
            DebuggerFixtures.run("continue", on: &d)
            XCTAssertEqual(d.event.name, "delta_out")
            stops.append(place(d).epoch)
        }
        XCTAssertEqual(stops, [1, 2, 3, 500])
        XCTAssertEqual(d.lastHits, [.name(id: 1, name: "delta_out", epoch: 500, step: 13)])
        DebuggerFixtures.run("reverse-continue", on: &d)
        XCTAssertTrue(place(d) == (3, 13), "the previous hit")
        DebuggerFixtures.run("rc", on: &d)
        DebuggerFixtures.run("rc", on: &d)
        XCTAssertTrue(place(d) == (1, 13))
        let none = DebuggerFixtures.run("rc", on: &d)
        XCTAssertEqual(none.lines, ["Ningún punto de parada se cumple de aquí al principio de la traza: estás en su primer paso."])
        XCTAssertTrue(place(d) == (1, 1))
    }

    func testNamesResolveAndUnknownNamesSayWhichExist() throws {
        var d = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("romper d_hidden_layer", on: &d)
        XCTAssertEqual(d.breakpoints.map(\.condition), [.name("delta_hidden")])
        let unknown = DebuggerFixtures.run("break gamma", on: &d)
        XCTAssertTrue(unknown.failed)
        XCTAssertTrue(unknown.lines[0].hasPrefix("No hay ninguna matriz «gamma». Nombres: X, y, W1, b1, W2, b2, Z1,"), unknown.lines[0])
        XCTAssertEqual(d.breakpoints.count, 1, "nothing was added")
    }

    func testBreakAtAnEpochAndAtTheFirstKeptOneAfterIt() throws {
        var d = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("break epoch 500", on: &d)
        let set = DebuggerFixtures.run("romper época 1234", on: &d)
        XCTAssertEqual(set.lines[1], "La época 1234 no se guardó completa: parará al empezar la primera guardada después, la 1500.")
        DebuggerFixtures.run("continue", on: &d)
        XCTAssertTrue(place(d) == (500, 1))
        DebuggerFixtures.run("continue", on: &d)
        XCTAssertTrue(place(d) == (1500, 1))
        XCTAssertEqual(d.lastHits, [.epoch(id: 2, asked: 1234, shown: 1500)])
        XCTAssertTrue(DebuggerFixtures.run("break epoch 6000", on: &d).failed)
    }

    func testContinueWithoutBreakpointsSaysSoAndDeleteRemovesThem() throws {
        var d = try DebuggerFixtures.debugger()
        let nothing = DebuggerFixtures.run("continue", on: &d)
        XCTAssertTrue(nothing.failed)
        XCTAssertEqual(d.position, Position(epoch: 0, step: 0))
        DebuggerFixtures.run("break delta_out", on: &d)
        DebuggerFixtures.run("watch W1[0,1]", on: &d)
        XCTAssertEqual(DebuggerFixtures.run("info breakpoints", on: &d).lines, [
            "Núm  Tipo        Condición",
            "1    Parada      cada paso que calcula δ_out (delta_out)",
            "2    Vigilancia  cuando W₁[0,1] cambia más de 0",
        ])
        XCTAssertEqual(DebuggerFixtures.run("delete 1", on: &d).lines, ["Borrado el número 1."])
        XCTAssertTrue(DebuggerFixtures.run("delete 1", on: &d).failed)
        XCTAssertEqual(d.breakpoints.map(\.id), [2])
        DebuggerFixtures.run("borrar", on: &d)
        XCTAssertEqual(DebuggerFixtures.run("info", on: &d).lines,
                       ["No hay puntos de parada. Pon uno con «romper» o «vigilar» (ayuda romper)."])
    }

    func testWatchReportsOldAndNewValues() throws {
        var d = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("watch W1[0,1]", on: &d)
        let first = DebuggerFixtures.run("continue", on: &d)
        // W1[0,1] starts at −0.3 and the update of epoch 1 makes it −0.2971666749336273 (golden W1).
        let updated = DebuggerFixtures.goldenEpoch1("W1")[0][1]
        XCTAssertTrue(place(d) == (1, 22))
        guard case .change(1, .watch, let entry, let old?, let new, .step(1, 22))? = d.lastHits.first else {
            return XCTFail("\(d.lastHits)")
        }
        XCTAssertEqual(entry, Entry(name: "W1", row: 0, column: 1))
        XCTAssertEqual(old, -0.3)
        XCTAssertEqual(new, updated, accuracy: 1e-12)
        XCTAssertEqual(first.lines, ["Vigilancia 1: W₁[0,1] cambia en la época 1, paso 22: -0.3000 → -0.2972 (cambio +0.0028)."])
        // At the start of epoch 2, W1 is the value epoch 1 ended with: no change, no stop.
        DebuggerFixtures.run("continue", on: &d)
        XCTAssertTrue(place(d) == (2, 22))
    }

    func testWatchWithAThresholdSkipsSmallChangesAndSaysWhenEpochsWereNotKept() throws {
        var d = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("vigilar W1[0,1] 0.01", on: &d)
        let reply = DebuggerFixtures.run("continuar", on: &d)
        // Each of epochs 1–3 changes W1[0,1] by less than 0.003; between kept epochs 3 and 500 it
        // went from −0.292492984146922 to 0.5901085999415561 (numpy, the notes' loop).
        XCTAssertTrue(place(d) == (500, 3))
        guard case .change(_, .watch, _, let old?, let new, .between(3, 500))? = d.lastHits.first else {
            return XCTFail("\(d.lastHits)")
        }
        XCTAssertEqual(old, -0.292492984146922, accuracy: 1e-12)
        XCTAssertEqual(new, 0.5901085999415561, accuracy: 1e-12)
        XCTAssertEqual(reply.lines, [
            "Vigilancia 1: W₁[0,1] cambia entre las épocas guardadas 3 y 500: -0.2925 → 0.5901 (cambio +0.8826).",
            "Las épocas intermedias no guardaron sus valores: con --sample all se ve la época exacta.",
        ])
    }

    func testAnEntryConditionStopsWhereItStartsToHold() throws {
        // A2[1,0] (the prediction for (0, 1)) first exceeds 0.9 at epoch 1048: 0.8999456268767533
        // → 0.9000942388012757; at kept epochs 1000 and 1500 it is 0.8922634246902867 and
        // 0.9365787065825112 (numpy, the notes' loop).
        var sampled = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("break A2[1,0] > 0.9", on: &sampled)
        DebuggerFixtures.run("continue", on: &sampled)
        guard case .change(_, .condition(.greater, 0.9), _, let old?, let new, .between(1000, 1500))? = sampled.lastHits.first
        else { return XCTFail("\(sampled.lastHits)") }
        XCTAssertEqual(old, 0.8922634246902867, accuracy: 1e-9)
        XCTAssertEqual(new, 0.9365787065825112, accuracy: 1e-9)
        var every = try DebuggerFixtures.debugger(DebuggerFixtures.everyEpoch())
        DebuggerFixtures.run("break A2[1,0] > 0.9", on: &every)
        DebuggerFixtures.run("continue", on: &every)
        XCTAssertTrue(place(every) == (1048, 10))
        guard case .change(_, _, _, let exactOld?, let exactNew, .step(1048, 10))? = every.lastHits.first else {
            return XCTFail("\(every.lastHits)")
        }
        XCTAssertEqual(exactOld, 0.8999456268767533, accuracy: 1e-9)
        XCTAssertEqual(exactNew, 0.9000942388012757, accuracy: 1e-9)
        DebuggerFixtures.run("continue", on: &every)
        XCTAssertTrue(place(every) == (5000, 23), "it never falls back under 0.9, so there is no second start")
    }

    func testSeveralBreakpointsAtOneStepAreAllReported() throws {
        var d = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("break delta_out", on: &d)
        DebuggerFixtures.run("watch delta_out[0,0]", on: &d)
        DebuggerFixtures.run("continue", on: &d)
        XCTAssertEqual(d.lastHits.map(\.id), [1], "the first δ_out has nothing to change from")
        DebuggerFixtures.run("continue", on: &d)
        XCTAssertEqual(d.lastHits.map(\.id), [1, 2])
    }

    func testIndicesOutOfRangeAreRefused() throws {
        var d = try DebuggerFixtures.debugger()
        let reply = DebuggerFixtures.run("watch W1[2,0]", on: &d)
        XCTAssertTrue(reply.failed)
        XCTAssertEqual(reply.lines, ["W₁ es [2×2]: no tiene la fila 2 (los índices empiezan en 0, como en numpy)."])
        DebuggerFixtures.run("break W1[-1,-2] changes sign", on: &d)
        XCTAssertEqual(d.breakpoints.map(\.condition), [.signChange(Entry(name: "W1", row: 1, column: 0))])
    }
}
