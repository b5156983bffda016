import XCTest
import Explain
import Trace
@testable import nnstep

/// Looking at values: print and its slices, shape, display, heat maps, diff, where, list,
/// explain, help. Numbers are those of the golden file (epoch 1 of the numpy reference), written
/// with four decimals.
final class DebuggerInspectTests: XCTestCase {
    private func at(_ target: String) throws -> Debugger {
        var d = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("goto \(target)", on: &d)
        return d
    }

    func testPrintAWholeMatrixSaysWhereItComesFrom() throws {
        var d = try at("1.15")
        let reply = DebuggerFixtures.run("print delta_hidden", on: &d)
        // Golden δ_hidden of epoch 1: [[-0.023162, 0.019853], [0.015685, -0.016315], …].
        XCTAssertEqual(reply.lines, [
            "δ_hidden [4×2] · época 1, paso 15",
            "  [ -0.0232   0.0199 ]",
            "  [  0.0157  -0.0163 ]",
            "  [  0.0171  -0.0154 ]",
            "  [ -0.0158   0.0211 ]",
        ])
        XCTAssertEqual(DebuggerFixtures.run("p d_hidden_layer", on: &d), reply, "the notes' name")
        XCTAssertEqual(DebuggerFixtures.run("p δ_hidden", on: &d), reply, "the symbol")
    }

    func testPrintSeesTheValueOfTheCurrentStep() throws {
        var before = try at("1.21")
        XCTAssertEqual(DebuggerFixtures.run("print W1", on: &before).lines,
                       ["W₁ [2×2] · época 1, paso 3", "  [ 0.5000  -0.3000 ]", "  [ 0.8000   0.2000 ]"])
        var after = try at("1.22")
        // Golden W1 after the update of epoch 1: [[0.500679, -0.297167], [0.799958, 0.202383]].
        XCTAssertEqual(DebuggerFixtures.run("print W1", on: &after).lines,
                       ["W₁ [2×2] · época 1, paso 22", "  [ 0.5007  -0.2972 ]", "  [ 0.8000   0.2024 ]"])
    }

    func testPrintSlicesAndEntries() throws {
        var d = try at("1.3")
        XCTAssertEqual(DebuggerFixtures.run("print W1[0,:]", on: &d).lines,
                       ["W₁[0,:] [1×2] · época 1, paso 3", "  [ 0.5000  -0.3000 ]"])
        XCTAssertEqual(DebuggerFixtures.run("print W1[:,1]", on: &d).lines,
                       ["W₁[:,1] [2×1] · época 1, paso 3", "  [ -0.3000 ]", "  [  0.2000 ]"])
        XCTAssertEqual(DebuggerFixtures.run("print W1[1,0]", on: &d).lines, ["W₁[1,0] = 0.8000 · época 1, paso 3"])
        XCTAssertEqual(DebuggerFixtures.run("print W1[-1,-1]", on: &d).lines, ["W₁[1,1] = 0.2000 · época 1, paso 3"])
        XCTAssertEqual(DebuggerFixtures.run("print W1[1]", on: &d).lines,
                       ["W₁[1] [1×2] · época 1, paso 3", "  [ 0.8000  0.2000 ]"])
        // A 1×1 matrix prints as one number: the golden loss of epoch 1 is 0.25264591241181433.
        var loss = try at("1.12")
        XCTAssertEqual(DebuggerFixtures.run("print loss", on: &loss).lines, ["loss = 0.2526 · época 1, paso 12"])
        let row = DebuggerFixtures.run("print W1[2,:]", on: &d)
        XCTAssertTrue(row.failed)
        XCTAssertEqual(row.lines, ["W₁ es [2×2]: no tiene la fila 2 (los índices empiezan en 0, como en numpy)."])
        XCTAssertEqual(DebuggerFixtures.run("print W1[:,5]", on: &d).lines,
                       ["W₁ es [2×2]: no tiene la columna 5 (los índices empiezan en 0, como en numpy)."])
        XCTAssertEqual(DebuggerFixtures.run("print shape delta_hidden", on: &d).lines,
                       ["δ_hidden (delta_hidden): [4×2] · época 1, paso 15"],
                       "a shape before its step in this epoch comes from the epoch's own step")
    }

    func testAValueNotComputedYetComesFromTheLastKeptEpochOrIsMissing() throws {
        var first = try at("1.1")
        let missing = DebuggerFixtures.run("print delta_out", on: &first)
        XCTAssertTrue(missing.failed)
        XCTAssertEqual(missing.lines, ["δ_out aún no se ha calculado: se calcula en el paso 13 de cada época."])
        var second = try at("2.1")
        // Golden δ_out of epoch 1, row 0: -0.13268449742277422.
        XCTAssertEqual(DebuggerFixtures.run("print delta_out[0,0]", on: &second).lines,
                       ["δ_out[0,0] = -0.1327 · época 1, paso 13 (de la época guardada anterior: en esta aún no se ha calculado)"])
    }

    func testDisplayShowsAtEveryStop() throws {
        var d = try at("1.15")
        let set = DebuggerFixtures.run("display delta_hidden[0,:]", on: &d)
        XCTAssertEqual(set.lines, ["Se mostrará en cada parada (1: delta_hidden[0,:]).",
                                   "1: δ_hidden[0,:] [1×2] · época 1, paso 15", "  [ -0.0232  0.0199 ]"])
        DebuggerFixtures.run("next epoch", on: &d)
        // Epoch 2's δ_hidden row 0 (numpy, the notes' loop): [-0.022118, 0.019909].
        XCTAssertEqual(d.displayLines, ["1: δ_hidden[0,:] [1×2] · época 2, paso 15", "  [ -0.0221  0.0199 ]"])
        XCTAssertEqual(DebuggerFixtures.run("info display", on: &d).lines, ["1: delta_hidden[0,:]"])
        XCTAssertTrue(DebuggerFixtures.run("undisplay 4", on: &d).failed)
        DebuggerFixtures.run("undisplay 1", on: &d)
        XCTAssertEqual(d.displayLines, [])
        XCTAssertTrue(DebuggerFixtures.run("display gamma", on: &d).failed)
        XCTAssertEqual(d.displays, [])
    }

    func testHeatMapOfAMatrix() throws {
        var d = try at("1.3")
        XCTAssertEqual(DebuggerFixtures.run("heatmap W1", on: &d).lines,
                       ["W₁ se ve ahora como mapa de calor en «imprimir» y «mostrar»."])
        // W1 = [[0.5, -0.3], [0.8, 0.2]] on a scale from -0.3 to 0.8 split in five levels of 0.22:
        // 0.5 → level 3 (▓), -0.3 → 0 (·), 0.8 → 4 (█), 0.2 → 2 (▒).
        XCTAssertEqual(DebuggerFixtures.run("print W1", on: &d).lines, [
            "W₁ [2×2] · época 1, paso 3", "  ▓▓··", "  ██▒▒",
            "  escala: ·· ░░ ▒▒ ▓▓ ██  (de -0.3000 a 0.8000)",
        ])
        DebuggerFixtures.run("mapa W1", on: &d)
        XCTAssertEqual(DebuggerFixtures.run("print W1", on: &d).lines.count, 3, "numbers again")
    }

    func testLargeMatricesAreBinnedInTheHeatMap() {
        // 20 × 40 values r·40 + c; at most 10 cells across and 16 down: blocks of 2 × 4.
        let matrix = Matrix(rows: 20, columns: 40, elements: (0..<800).map(Double.init))
        let lines = HeatMap(palette: .plain, maxColumns: 10).lines(matrix, texts: DebuggerTexts(.english))
        XCTAssertEqual(lines.count, 10 + 2)
        // Block (i, j) has mean 80·i + 4·j + 21.5: from 21.5 to 777.5. Row block 0 (21.5 … 57.5) is
        // all in the lowest fifth, row block 9 (741.5 … 777.5) all in the highest.
        XCTAssertEqual(lines[0], "  " + String(repeating: "·", count: 20))
        XCTAssertEqual(lines[9].suffix(2), "██")
        XCTAssertEqual(lines[11], "  each cell is the mean of 2×4 values")
        XCTAssertTrue(MatrixText.showsHeatMap(matrix, switched: false))
        XCTAssertFalse(MatrixText.showsHeatMap(matrix, switched: true))
        let colour = HeatMap(palette: Palette(isEnabled: true), maxColumns: 10).lines(matrix, texts: DebuggerTexts(.english))
        XCTAssertTrue(colour[0].contains(ANSI.foreground256(27)), "the lowest level is blue")
    }

    func testDiffOfAParameterAcrossItsUpdate() throws {
        var d = try at("1.13")
        let reply = DebuggerFixtures.run("diff W1", on: &d)
        // Golden ΔW1 of epoch 1: [[0.000679, 0.002833], [-0.0000415, 0.002383]].
        XCTAssertEqual(reply.lines[0], "W₁ en la época 1: antes de la actualización (paso 3) → después (paso 22)")
        XCTAssertTrue(reply.lines[2].hasSuffix("+0.000679▲  +0.0028▲ ]"), reply.lines[2])
        XCTAssertTrue(reply.lines[3].hasSuffix("[ -0.0000415▼  +0.0024▲ ]"), reply.lines[3])
        XCTAssertFalse(reply.lines.joined().contains(ANSI.escape), "no colour when it is off")
        var coloured = Debugger(recording: try DebuggerFixtures.sampled(), language: .spanish, palette: Palette(isEnabled: true))
        let lines = DebuggerFixtures.run("diff W1", on: &coloured).lines
        XCTAssertTrue(lines[3].contains(ANSI.red + "-0.0000415▼" + ANSI.resetStyle), lines[3])
        XCTAssertTrue(lines[3].contains(ANSI.green + "+0.0024▲" + ANSI.resetStyle), lines[3])
    }

    func testDiffOfAnotherMatrixComparesKeptEpochs() throws {
        var first = try at("1.13")
        XCTAssertEqual(DebuggerFixtures.run("diff delta_out", on: &first).lines,
                       ["δ_out no tiene con qué compararse: esta es la primera época guardada."])
        var second = try at("2.13")
        XCTAssertEqual(DebuggerFixtures.run("diff delta_out", on: &second).lines[0], "δ_out, paso 13: época 1 → época 2")
        var later = try at("500.13")
        XCTAssertEqual(DebuggerFixtures.run("diferencia delta_out", on: &later).lines[0],
                       "δ_out, paso 13: época 3 → época 500 (las épocas intermedias no se guardaron)")
    }

    func testWhereListExplainAndHelp() throws {
        var d = try at("1.13")
        let whereLines = DebuggerFixtures.run("where", on: &d).lines
        XCTAssertEqual(whereLines[0], "Época 1 de 5000 (la 1.ª de las 13 guardadas), paso 13 de 23: δ_out, retropropagación.")
        XCTAssertTrue(whereLines.contains { $0.contains("⟦δ_out⟧") })
        let list = DebuggerFixtures.run("list", on: &d).lines
        XCTAssertEqual(list.filter { $0.hasPrefix("▶") },
                       ["▶ 13      d_predicted_output = error * sigmoid_derivative(predicted_output)"])
        DebuggerFixtures.run("goto dW2", on: &d)
        XCTAssertEqual(DebuggerFixtures.run("list", on: &d).lines.filter { $0.hasPrefix("▶") },
                       ["▶ 18      W2 += hidden_layer_output.T.dot(d_predicted_output) * learning_rate"])
        DebuggerFixtures.run("goto X", on: &d)
        let start = DebuggerFixtures.run("list", on: &d).lines
        XCTAssertEqual(start.filter { $0.hasPrefix("▶") }, ["▶  1  for epoch in range(epochs):"])
        XCTAssertEqual(start.last, "(Este paso no calcula nada: son los valores con que empieza cada vuelta del bucle.)")
        DebuggerFixtures.run("goto delta_out", on: &d)
        XCTAssertEqual(DebuggerFixtures.run("explain", on: &d).lines.first, "Delta de salida δ_out")
        XCTAssertEqual(DebuggerFixtures.run("help", on: &d).lines.first, "El depurador: órdenes del stepper")
        XCTAssertEqual(DebuggerFixtures.run("ayuda romper", on: &d).lines.first,
                       "romper NOMBRE | época N | loss < 0.01 | nan | ENTRADA cambia de signo        (en inglés: break; también parar, b)")
    }

    func testEnglish() throws {
        var d = try DebuggerFixtures.debugger(language: .english)
        DebuggerFixtures.run("break delta_out", on: &d)
        XCTAssertEqual(DebuggerFixtures.run("continue", on: &d).lines, ["Breakpoint 1: δ_out (delta_out) at epoch 1, step 13."])
        XCTAssertEqual(DebuggerFixtures.run("print shape W2", on: &d).lines, ["W₂ (W2): [2×1] · epoch 1, step 5"])
    }
}
