import XCTest
import Explain
import Trace
@testable import nnstep

/// The four questions of issue 6, answered with a few commands over the XOR run with the numpy
/// reference's initial values.
final class DebuggerQuestionsTests: XCTestCase {
    private func place(_ debugger: Debugger) -> (epoch: Int, step: Int) {
        (debugger.recording.epochNumber(debugger.position.epoch), debugger.event.step)
    }

    /// When does W1[0,1] change sign? Running the notes' loop in numpy on these initial values,
    /// W1[0,1] is −0.0006068055102105164 after epoch 257 and 0.0009267614422975926 after the update
    /// of epoch 258; after epoch 3 it is −0.292492984146922, and epoch 500 starts at
    /// 0.5901085999415561.
    func testWhenDoesW1ChangeSign() throws {
        var sampled = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("break W1[0,1] changes sign", on: &sampled)
        let answer = DebuggerFixtures.run("continue", on: &sampled)
        XCTAssertTrue(place(sampled) == (500, 3))
        guard case .change(1, .sign, _, let old?, let new, .between(3, 500))? = sampled.lastHits.first else {
            return XCTFail("\(sampled.lastHits)")
        }
        XCTAssertEqual(old, -0.292492984146922, accuracy: 1e-12)
        XCTAssertEqual(new, 0.5901085999415561, accuracy: 1e-12)
        XCTAssertEqual(answer.lines, [
            "Parada 1: W₁[0,1] cambia de signo entre las épocas guardadas 3 y 500: -0.2925 → 0.5901.",
            "Las épocas intermedias no guardaron sus valores: con --sample all se ve la época exacta.",
        ])

        var every = try DebuggerFixtures.debugger(DebuggerFixtures.everyEpoch(), language: .english)
        DebuggerFixtures.run("break W1[0,1] changes sign", on: &every)
        let exact = DebuggerFixtures.run("continue", on: &every)
        XCTAssertTrue(place(every) == (258, 22))
        guard case .change(1, .sign, _, let before?, let after, .step(258, 22))? = every.lastHits.first else {
            return XCTFail("\(every.lastHits)")
        }
        XCTAssertEqual(before, -0.0006068055102105164, accuracy: 1e-12)
        XCTAssertEqual(after, 0.0009267614422975926, accuracy: 1e-12)
        XCTAssertEqual(exact.lines, ["Breakpoint 1: W₁[0,1] changes sign at epoch 258, step 22: -0.000607 → 0.000927."])
        DebuggerFixtures.run("continue", on: &every)
        XCTAssertTrue(place(every) == (5000, 23), "it changes sign only once")
        DebuggerFixtures.run("reverse-continue", on: &every)
        XCTAssertTrue(place(every) == (258, 22), "reverse-continue lands on the same hit")
    }

    /// At which epoch does the loss fall under 0.01? The golden losses (numpy) say which.
    func testWhenDoesTheLossFallUnder001() throws {
        let crossing = try XCTUnwrap((1...5000).first { DebuggerFixtures.goldenLoss($0) < 0.01 })
        XCTAssertEqual(crossing, 1074)
        var sampled = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("romper loss < 0.01", on: &sampled)
        let answer = DebuggerFixtures.run("continuar", on: &sampled)
        XCTAssertTrue(place(sampled) == (1500, 12), "the loss step of the first kept epoch after it")
        guard case .loss(1, .less, 0.01, let since, let loss, let before?, 1500, let shownLoss)? = sampled.lastHits.first else {
            return XCTFail("\(sampled.lastHits)")
        }
        XCTAssertEqual(since, crossing)
        XCTAssertEqual(loss, DebuggerFixtures.goldenLoss(crossing), accuracy: 1e-12)
        XCTAssertEqual(before.epoch, crossing - 1)
        XCTAssertEqual(before.loss, DebuggerFixtures.goldenLoss(crossing - 1), accuracy: 1e-12)
        XCTAssertEqual(shownLoss, DebuggerFixtures.goldenLoss(1500), accuracy: 1e-12)
        // Golden: 0.009974326075024773 at 1074, 0.010001988635419049 at 1073, 0.004373031607636691 at 1500.
        XCTAssertEqual(answer.lines, ["Parada 1: loss < 0.01 se cumple desde la época 1074 (loss = 0.009974); en la época "
            + "1073 era 0.010002, que no se guardó completa; esta es la siguiente guardada, la 1500 (loss = 0.004373)."])
        DebuggerFixtures.run("continue", on: &sampled)
        XCTAssertTrue(place(sampled) == (5000, 23), "the loss stays under 0.01")

        var never = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("break loss < 0.0001", on: &never)
        let losses = (1...5000).map(DebuggerFixtures.goldenLoss)
        let lowest = try XCTUnwrap(losses.enumerated().min { $0.element < $1.element })
        XCTAssertGreaterThan(lowest.element, 0.0001)
        XCTAssertEqual(DebuggerFixtures.run("continue", on: &never).lines.last,
                       "loss < 0.0001 no se cumple en ninguna de las 5000 épocas: la pérdida va de "
                       + Matrix.fixed(losses[0], digits: 6) + " a " + Matrix.fixed(losses[4999], digits: 6)
                       + ", y la menor es " + Matrix.fixed(lowest.element, digits: 6) + ", en la época \(lowest.offset + 1).")

        var every = try DebuggerFixtures.debugger(DebuggerFixtures.everyEpoch())
        DebuggerFixtures.run("break loss < 0.01", on: &every)
        DebuggerFixtures.run("continue", on: &every)
        XCTAssertTrue(place(every) == (1074, 12))
    }

    /// Where does the first NaN appear with η = 50? Nowhere: the sigmoid saturates, its slope
    /// A(1 − A) goes to 0 and so do the deltas, so no value overflows.
    func testWhereIsTheFirstNaNWithALargeLearningRate() throws {
        var fast = try DebuggerFixtures.debugger(DebuggerFixtures.fast())
        XCTAssertEqual(fast.recording.header.learningRate, 50)
        DebuggerFixtures.run("break nan", on: &fast)
        let answer = DebuggerFixtures.run("continue", on: &fast)
        XCTAssertEqual(answer.lines, [
            "Ningún punto de parada se cumple de aquí al final de la traza: estás en su último paso.",
            "Ningún valor es no finito: las 5000 pérdidas y todos los valores de las 13 épocas guardadas son números finitos.",
        ])
        // Where one does appear, break nan stops at the step that produced it.
        var overflow = try DebuggerFixtures.debugger(DebuggerFixtures.overflow())
        DebuggerFixtures.run("break nan", on: &overflow)
        let hit = DebuggerFixtures.run("continue", on: &overflow)
        XCTAssertEqual(overflow.lastHits, [.nonFinite(id: 1, name: "dW1", row: 0, column: 0, value: -.infinity, epoch: 1,
                                                      step: 18, formula: "ΔW₁ = η·Xᵀ·δ_hidden")])
        XCTAssertEqual(hit.lines.first, "Parada 1: primer valor no finito en la época 1, paso 18: ΔW₁[0,0] = −∞, al calcular ΔW₁ = η·Xᵀ·δ_hidden.")
    }

    /// A NaN the recording cannot show: a trace that ends early, or a non-finite loss in an epoch
    /// that was not kept.
    func testNaNOutsideTheKeptEpochsIsStillReported() throws {
        let recording = try DebuggerFixtures.sampled()
        let events = recording.epochs.flatMap(\.events).filter { $0.epoch <= 600 }
        var cut = try DebuggerFixtures.debugger(Recording(header: recording.header, events: events))
        DebuggerFixtures.run("break nan", on: &cut)
        XCTAssertEqual(DebuggerFixtures.run("continue", on: &cut).lines.last,
                       "La traza acaba en la época 500 de 5000: el entrenamiento se detuvo (o la grabación se cortó) en una época que no guardó sus valores.")
        var lossOfTen = TraceEvent(spec: recording.epochs[0].events[11].spec, sequence: 0, epoch: 10, step: 12,
                                   values: Matrix(rows: 1, columns: 1, repeating: .nan))
        lossOfTen.sequence = 0
        var withNaN = try DebuggerFixtures.debugger(Recording(header: recording.header, events: recording.epochs[0].events + [lossOfTen]))
        DebuggerFixtures.run("break nan", on: &withNaN)
        XCTAssertEqual(DebuggerFixtures.run("continue", on: &withNaN).lines.last,
                       "La pérdida de la época 10 es NaN, pero esa época no guardó sus valores: nnstep lesson … --epoch 10 la guarda.")
    }

    /// Show me δ_hidden only: a breakpoint on it, and continue from one δ_hidden to the next.
    func testShowMeDeltaHiddenOnly() throws {
        var d = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("break delta_hidden", on: &d)
        DebuggerFixtures.run("display delta_hidden", on: &d)
        var seen: [Int] = []
        for _ in 0..<4 {
            DebuggerFixtures.run("continue", on: &d)
            XCTAssertEqual(d.event.name, "delta_hidden")
            seen.append(place(d).epoch)
        }
        XCTAssertEqual(seen, [1, 2, 3, 500])
        DebuggerFixtures.run("goto 1.15", on: &d)
        let golden = DebuggerFixtures.goldenEpoch1("delta_hidden")
        let shown = d.displayLines
        XCTAssertEqual(shown.first, "1: δ_hidden [4×2] · época 1, paso 15")
        for (row, values) in golden.enumerated() {
            for value in values { XCTAssertTrue(shown[row + 1].contains(Matrix.fixed(value)), "\(value) in \(shown[row + 1])") }
        }
    }
}
