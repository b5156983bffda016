import XCTest
import Explain
import Trace
@testable import nnstep

/// Scripted use: commands run in order, each echoed, with where the debugger stopped and the
/// displays after a move; failures go to standard error and make the status 1.
final class ScriptRunnerTests: XCTestCase {
    private func run(_ commands: [String], language: Language = .spanish) throws -> (out: String, err: String, failed: Bool) {
        var runner = ScriptRunner(debugger: try DebuggerFixtures.debugger(language: language))
        let (chunks, failed) = runner.run(commands)
        var out = "", err = ""
        for chunk in chunks {
            switch chunk {
            case .output(let text): out += text
            case .error(let text): err += text
            }
        }
        return (out, err, failed)
    }

    func testBreakContinuePrint() throws {
        let result = try run(["break delta_out", "continue", "print delta_out"], language: .english)
        // Golden δ_out of epoch 1: -0.132684, 0.109040, 0.106935, -0.141957.
        XCTAssertEqual(result.out, """
        (nnstep) break delta_out
        Breakpoint 1: every step that computes δ_out (delta_out).
        (nnstep) continue
        Breakpoint 1: δ_out (delta_out) at epoch 1, step 13.
        → epoch 1/5000, step 13/23 · backpropagation · δ_out = error ⊙ σ'(Z₂),  σ'(Z₂) = A₂ ⊙ (1 − A₂)
        (nnstep) print delta_out
        δ_out [4×1] · epoch 1, step 13
          [ -0.1327 ]
          [  0.1090 ]
          [  0.1069 ]
          [ -0.1420 ]

        """)
        XCTAssertEqual(result.err, "")
        XCTAssertFalse(result.failed)
    }

    func testAFailedCommandGoesToStandardErrorAndTheOthersStillRun() throws {
        let result = try run(["imprimir gamma", "frobnicate", "dónde"])
        XCTAssertTrue(result.failed)
        XCTAssertTrue(result.err.hasPrefix("«imprimir gamma»: No hay ninguna matriz «gamma». Nombres: X, y, W1,"), result.err)
        XCTAssertTrue(result.err.contains("«frobnicate»: «frobnicate» no es una orden. «ayuda» lista las órdenes.\n"))
        XCTAssertTrue(result.out.contains("(nnstep) dónde\nÉpoca 1 de 5000"))
    }

    /// W1[0,1] is -0.3 at the start and -0.2946801914345996 after the update of epoch 2 (numpy).
    func testDisplaysAfterEveryMoveAndQuitEndsTheScript() throws {
        let result = try run(["mostrar W1[0,1]", "siguiente", "ir a 2.22", "salir", "siguiente"])
        XCTAssertEqual(result.out, """
        (nnstep) mostrar W1[0,1]
        Se mostrará en cada parada (1: W1[0,1]).
        1: W₁ aún no se ha calculado: se calcula en el paso 3 de cada época.
        (nnstep) siguiente
        → época 1/5000, paso 2/23 · propagación hacia delante · y
        1: W₁ aún no se ha calculado: se calcula en el paso 3 de cada época.
        (nnstep) ir a 2.22
        → época 2/5000, paso 22/23 · actualización de pesos · W₁ ← W₁ + ΔW₁
        1: W₁[0,1] = -0.2947 · época 2, paso 22
        (nnstep) salir

        """)
    }
}
