import XCTest
import Explain
import Trace
@testable import nnstep

/// Large values in the debugger and the stepper: `filter`, `channel`, `example`, rows and columns
/// printed whole, the mini-batch in the status line and the summary steps of an epoch. The
/// network is ``TensorFixtures``'s small convolutional one; its numbers come from the fixture's
/// formulas, worked out by hand in each test.
final class DebuggerTensorTests: XCTestCase {
    private func at(_ target: String, language: Language = .spanish) throws -> Debugger {
        var d = Debugger(recording: try TensorFixtures.convolutional(), language: language, palette: .plain, width: 100)
        DebuggerFixtures.run("goto \(target)", on: &d)
        return d
    }

    private func fixed(_ x: Double) -> String { Matrix.fixed(x) }

    func testTheStepsOfTheFixture() throws {
        let epoch = try TensorFixtures.convolutional().epochs[0]
        XCTAssertEqual(epoch.events.map(\.name), [
            "X", "y", "W1", "b1", "W2", "b2", "Z1", "A1", "P1", "F", "Z2", "A2", "error", "loss", "delta_out", "Error_F",
            "Error_hidden", "delta_hidden", "dW2", "db2", "dW1", "db1", "W2", "b2", "W1", "b1", "epoch_loss",
        ])
        XCTAssertEqual(epoch.events[0].shape, Shape([2, 1, 6, 6]))
        XCTAssertEqual(epoch.events[6].shape, Shape([2, 2, 4, 4]))
        XCTAssertEqual(epoch.events[2].batch, 1)
        XCTAssertNil(epoch.events[26].batch)
        XCTAssertEqual(epoch.events[26].phase, .summary)
    }

    // MARK: - filter

    func testFilterShowsOneColumnOfAConvolutionsWeightsAsItsMaps() throws {
        var d = try at("1.3")
        // Filter 1 is column 1 of W1: entry (3i + j, 1) = (2(3i + j) + 1)/100 − 0.05.
        let expected = ["W₁, filtro 1 [1×3×3] · época 1, paso 3", "  canal 0",
                        "  [ -0.0400  -0.0200  0.0000 ]", "  [  0.0200   0.0400  0.0600 ]", "  [  0.0800   0.1000  0.1200 ]"]
        XCTAssertEqual(DebuggerFixtures.run("filtro W1 1", on: &d).lines, expected)
        XCTAssertEqual(DebuggerFixtures.run("filter W1 -1", on: &d).lines, expected, "negative indices count from the end")
        let english = try at("1.3", language: .english)
        var e = english
        XCTAssertEqual(DebuggerFixtures.run("filter W1 0", on: &e).lines.first, "W₁, filter 0 [1×3×3] · epoch 1, step 3")
    }

    func testFilterOfTheAdjustmentAndItsErrors() throws {
        var d = try at("1.22")
        XCTAssertEqual(DebuggerFixtures.run("filter dW1 0", on: &d).lines.first, "ΔW₁, filtro 0 [1×3×3] · época 1, paso 21")
        let outside = DebuggerFixtures.run("filter W1 2", on: &d)
        XCTAssertTrue(outside.failed)
        XCTAssertEqual(outside.lines, ["W₁ es [9×2]: no tiene el filtro 2 (los índices empiezan en 0, como en numpy)."])
        let dense = DebuggerFixtures.run("filtro W2 0", on: &d)
        XCTAssertTrue(dense.failed)
        XCTAssertEqual(dense.lines, ["W₂ no tiene filtros: no son los pesos de una convolución. Los filtros están en W1."])
        XCTAssertEqual(DebuggerFixtures.run("filtro A1 0", on: &d).lines,
                       ["A₁ no tiene filtros: no son los pesos de una convolución. Los filtros están en W1."])
        var xor = try DebuggerFixtures.debugger()
        DebuggerFixtures.run("goto 1.3", on: &xor)
        let none = DebuggerFixtures.run("filter W1 0", on: &xor)
        XCTAssertTrue(none.failed)
        XCTAssertEqual(none.lines, ["W₁ no tiene filtros: esta red no tiene capas de convolución. Una columna entera se ve con «imprimir W1[:,N]»."])
    }

    // MARK: - channel

    func testChannelShowsOneMapOfOneExampleWhole() throws {
        var d = try at("1.1")
        // Pixel (r, c) of example 1 is ((36 + 6r + c) mod 7)/10 = ((1 + 6r + c) mod 7)/10.
        let rows: [String] = (0..<6).map { (r: Int) -> String in
            let cells: [String] = (0..<6).map { (c: Int) -> String in fixed(Double((1 + 6 * r + c) % 7) / 10) }
            return "  [ " + cells.joined(separator: "  ") + " ]"
        }
        XCTAssertEqual(DebuggerFixtures.run("canal X 1 0", on: &d).lines, ["X, ejemplo 1, canal 0 [6×6] · época 1, paso 1"] + rows)
        XCTAssertEqual(rows[0], "  [ 0.1000  0.2000  0.3000  0.4000  0.5000  0.6000 ]")
        XCTAssertEqual(DebuggerFixtures.run("channel X -1 -1", on: &d).lines.first, "X, ejemplo 1, canal 0 [6×6] · época 1, paso 1")
    }

    func testChannelOfAConvolutionIsTheSumOverItsPatch() throws {
        var d = try at("1.7")
        // Z1 of example 0, channel 0, at (0, 0): Σ over the 3×3 patch of pixel(0, 6i + j)·W1[3i + j, 0], plus b1 = 0.01.
        var z = 0.01
        for i in 0..<3 { for j in 0..<3 { z += TensorFixtures.pixel(0, 6 * i + j) * TensorFixtures.w1(3 * i + j, 0) } }
        let lines = DebuggerFixtures.run("channel Z1 0 0", on: &d).lines
        XCTAssertEqual(lines.first, "Z₁, ejemplo 0, canal 0 [4×4] · época 1, paso 7")
        XCTAssertEqual(lines.count, 1 + 4)
        XCTAssertTrue(lines[1].hasPrefix("  [ " + fixed(z) + "  ") || lines[1].hasPrefix("  [  " + fixed(z) + "  "), "\(lines[1]) \(z)")
    }

    func testChannelErrorsSayWhatDoesNotExist() throws {
        var d = try at("1.8")
        let example = DebuggerFixtures.run("channel X 2 0", on: &d)
        XCTAssertTrue(example.failed)
        XCTAssertEqual(example.lines, ["X es [2×1×6×6]: no tiene el ejemplo 2 (los índices empiezan en 0, como en numpy)."])
        XCTAssertEqual(DebuggerFixtures.run("canal A1 0 2", on: &d).lines,
                       ["A₁ es [2×2×4×4]: no tiene el canal 2 (los índices empiezan en 0, como en numpy)."])
        let flat = DebuggerFixtures.run("canal W1 0 0", on: &d)
        XCTAssertTrue(flat.failed)
        XCTAssertEqual(flat.lines, ["W₁ es [9×2]: no tiene canales (solo los tienen los valores de cuatro dimensiones, "
                                    + "[ejemplos×canales×alto×ancho]). Una fila entera se ve con «imprimir W1[N,:]»."])
        XCTAssertTrue(DebuggerFixtures.run("canal gamma 0 0", on: &d).failed)
        XCTAssertEqual(DebuggerFixtures.run("channel P1 0 0", on: &d).lines,
                       ["P1 aún no se ha calculado: se calcula en el paso 9 de cada época."])
    }

    // MARK: - example, and print of rows and columns

    func testExampleShowsEveryChannelOfOneExample() throws {
        var d = try at("1.8")
        let recording = try TensorFixtures.convolutional()
        let a1 = recording.epochs[0].events[7].values!
        let lines = DebuggerFixtures.run("ejemplo A1 1", on: &d).lines
        XCTAssertEqual(lines[0], "A₁, ejemplo 1 [2×4×4] · época 1, paso 8")
        XCTAssertTrue(lines[1].hasPrefix("  canal 0") && lines[1].hasSuffix("canal 1"), lines[1])
        XCTAssertEqual(lines.count, 2 + 4)
        for r in 0..<4 {
            let channel1 = (0..<4).map { fixed(a1[1, 16 + 4 * r + $0]) }
            XCTAssertTrue(lines[2 + r].replacingOccurrences(of: "  ", with: " ").contains(channel1.joined(separator: " ")),
                          "\(lines[2 + r]) \(channel1)")
        }
        XCTAssertEqual(DebuggerFixtures.run("print A1[1,:]", on: &d).lines,
                       ["A₁[1,:] [2×4×4] · época 1, paso 8"] + lines.dropFirst())
        XCTAssertEqual(DebuggerFixtures.run("print A1[1]", on: &d).lines.dropFirst(), lines.dropFirst())
        let outside = DebuggerFixtures.run("example A1 5", on: &d)
        XCTAssertTrue(outside.failed)
        XCTAssertEqual(outside.lines, ["A₁ es [2×2×4×4]: no tiene el ejemplo 5 (los índices empiezan en 0, como en numpy)."])
    }

    func testEntriesAndColumnsOfAValueWithChannelsCountInTheMatrixThatHoldsIt() throws {
        var d = try at("1.8")
        let a1 = try TensorFixtures.convolutional().epochs[0].events[7].values!
        // Column 20 of [2 × 2·4·4]: channel 1, row 1, column 0.
        XCTAssertEqual(DebuggerFixtures.run("print A1[1,20]", on: &d).lines,
                       ["A₁[1,20] = \(DebuggerTexts.number(a1[1, 20])) · época 1, paso 8"])
        XCTAssertEqual(DebuggerFixtures.run("print A1[:,-1]", on: &d).lines,
                       ["A₁[:,31] [2×1] · época 1, paso 8", "  [ \(fixed(a1[0, 31])) ]", "  [ \(fixed(a1[1, 31])) ]"])
        XCTAssertEqual(DebuggerFixtures.run("print A1[0,32]", on: &d).lines,
                       ["A₁ es [2×2×4×4]: no tiene la columna 32 (los índices empiezan en 0, como en numpy)."])
    }

    func testExampleOfAMatrixIsItsRow() throws {
        var d = try at("1.12")
        let recording = try TensorFixtures.convolutional()
        let a2 = recording.epochs[0].events[11].values!
        XCTAssertEqual(DebuggerFixtures.run("example A2 1", on: &d).lines,
                       ["A₂, ejemplo 1 [2] · época 1, paso 12", "  [ \(fixed(a2[1, 0]))  \(fixed(a2[1, 1])) ]"])
    }

    func testPrintingAWholeValueWithChannelsShowsItsFirstMaps() throws {
        var d = try at("1.1")
        let lines = DebuggerFixtures.run("print X", on: &d).lines
        XCTAssertEqual(lines[0], "X [2×1×6×6] · época 1, paso 1")
        XCTAssertEqual(lines[1], "  ejemplo 0 de 2 · canal 0 de 1, de 6×6")
        XCTAssertEqual(lines[2], "  canal 0")
        // Example 0, row 0: pixels 0…5 are (i mod 7)/10.
        XCTAssertEqual(lines[3], "  [ 0.0000  0.1000  0.2000  0.3000  0.4000  0.5000 ]")
        XCTAssertEqual(lines.last, "  Para verlo entero (órdenes del depurador): canal X 0 C · ejemplo X 0")
    }

    func testLongRowsAndColumnsPrintWhole() {
        let text = MatrixText(palette: .plain, width: 60)
        let row = Matrix(rows: 1, columns: 30, elements: (0..<30).map { Double($0) / 100 })
        let lines = text.vector(row)
        // "[29]" is 4 wide; (60 − 2 − 4) / 8 = 6 numbers a line.
        XCTAssertEqual(lines.count, 5)
        XCTAssertEqual(lines[0], "   [0]  0.0000  0.0100  0.0200  0.0300  0.0400  0.0500")
        XCTAssertEqual(lines[4], "  [24]  0.2400  0.2500  0.2600  0.2700  0.2800  0.2900")
        let column = Matrix(rows: 20, columns: 1, elements: (0..<20).map { -Double($0) })
        let wrapped = text.vector(column)
        XCTAssertEqual(wrapped.first, "   [0]    0.0000   -1.0000   -2.0000   -3.0000   -4.0000")
        XCTAssertEqual(wrapped.count, 4)
        XCTAssertEqual(text.vector(Matrix([[1], [2]])), ["  [ 1.0000 ]", "  [ 2.0000 ]"], "a short column stands")
        XCTAssertEqual(text.vector(Matrix([[1, -2]])), ["  [ 1.0000  -2.0000 ]"], "a short row is one line")
    }

    func testAWideRowOfTheDigitsLayerPrintsEveryNumber() throws {
        // 64 × 128, entry r + c/1000 (as the digits MLP's Z₁): its row 3 whole, not a heat map.
        let elements: [Double] = (0..<64 * 128).map { (index: Int) -> Double in
            Double(index / 128) + Double(index % 128) / 1000
        }
        let matrix = Matrix(rows: 64, columns: 128, elements: elements)
        let part = ValueExpression.Selection.row(3).apply(to: matrix)
        let lines = MatrixText(palette: .plain, width: 100).vector(part)
        let numbers = lines.flatMap { $0.split(separator: " ").filter { !$0.hasPrefix("[") } }
        XCTAssertEqual(numbers.count, 128)
        XCTAssertEqual(numbers.first, "3.0000")
        XCTAssertEqual(numbers.last, "3.1270")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 100 })
    }

    // MARK: - Parsing

    func testTheNewCommandsParseInBothLanguages() throws {
        let parser = CommandParser()
        XCTAssertEqual(try parser.parse("filtro W1 5"), .filter("W1", 5))
        XCTAssertEqual(try parser.parse("filter dW2 -1"), .filter("dW2", -1))
        XCTAssertEqual(try parser.parse("canal A1 0 7"), .channel("A1", example: 0, channel: 7))
        XCTAssertEqual(try parser.parse("channel A₁ 3 1"), .channel("A₁", example: 3, channel: 1))
        XCTAssertEqual(try parser.parse("ejemplo P1 2"), .example("P1", 2))
        XCTAssertEqual(try parser.parse("example X 0"), .example("X", 0))
        func failure(_ line: String) -> CommandParseError? {
            do { _ = try parser.parse(line); return nil } catch { return error }
        }
        XCTAssertEqual(failure("filtro W1"), .missingArgument(.filter))
        XCTAssertEqual(failure("canal A1 0"), .missingArgument(.channel))
        XCTAssertEqual(failure("channel A1 0 7 8"), .unexpected(.channel, "8"))
        XCTAssertEqual(failure("example A1 x"), .badNumber(.example, "x"))
        XCTAssertEqual(failure("ejemplo A1[0] 1"), .badExpression(.example, "A1[0]"))
        XCTAssertEqual(DebuggerTexts(.spanish).parseError(.missingArgument(.filter)),
                       "A «filter» le falta algo. Uso: filtro NOMBRE F        (en inglés: filter)")
        XCTAssertEqual(DebuggerTexts(.english).parseError(.badNumber(.channel, "x")),
                       "\"x\" is not a valid number here. Usage: channel NAME E C        (in Spanish: canal)")
    }

    // MARK: - The stepper: mini-batches and summaries

    private func stepper(_ language: Language = .spanish) throws -> Stepper {
        Stepper(recording: try TensorFixtures.convolutional(), language: language, size: TerminalSize(columns: 120, rows: 60))
    }

    private func status(_ s: Stepper) -> String {
        String(s.screen.split(separator: "\n", omittingEmptySubsequences: false)[0])
    }

    func testTheStatusLineShowsTheMiniBatch() throws {
        var s = try stepper()
        s.go(to: "1.3")
        XCTAssertEqual(status(s), "nnstep · CNN pequeña · época 1/2 · lote 1/2 · paso 3/27 · propagación hacia delante")
        var e = try stepper(.english)
        e.go(to: "2.15")
        XCTAssertEqual(status(e), "nnstep · CNN pequeña · epoch 2/2 · batch 1/2 · step 15/27 · backpropagation")
    }

    func testSummaryStepsAreTheirOwnPhaseAfterTheBatchsSteps() throws {
        var s = try stepper()
        s.go(to: "epoch_loss")
        XCTAssertEqual(s.stepIndex, 26)
        XCTAssertEqual(status(s), "nnstep · CNN pequeña · época 1/2 · paso 27/27 · resumen de la época")
        _ = s.apply(.character("n"))
        XCTAssertEqual(s.recording.epochs[s.epochIndex].epoch, 2, "past the summary: the next epoch")
        XCTAssertEqual(s.stepIndex, 0)
        _ = s.apply(.character("p"))
        XCTAssertEqual(s.stepIndex, 26)
        _ = s.apply(.character("N"))
        XCTAssertEqual(s.recording.epochs[s.epochIndex].epoch, 2)
        XCTAssertEqual(s.stepIndex, 26, "the same summary step of the next epoch")
        s.go(to: "1.27")
        XCTAssertEqual(s.epochIndex, 0)
        XCTAssertEqual(s.stepIndex, 26, "goto reaches a step past the header's steps of a batch")
        XCTAssertNil(s.message)
    }

    func testScriptsSayWhereTheyStoppedWithTheBatch() throws {
        var d = try at("1.5")
        XCTAssertEqual(d.locationLine, "→ época 1/2, lote 1/2, paso 5/27 · propagación hacia delante · W₂")
        DebuggerFixtures.run("goto 1.27", on: &d)
        XCTAssertTrue(d.locationLine.hasPrefix("→ época 1/2, paso 27/27 · resumen de la época · epoch_loss"), d.locationLine)
        let whereLines = DebuggerFixtures.run("where", on: &d).lines
        XCTAssertEqual(whereLines[0], "Época 1 de 2 (la 1.ª de las 2 guardadas), paso 27 de 27: epoch_loss, resumen de la época.")
        XCTAssertTrue(whereLines.contains("  red       1×6×6 → conv 2@3×3 → 2×4×4 → maxpool 2×2 → 2×2×2 → flatten → 8 → dense 2 → 2"),
                      whereLines.joined(separator: "\n"))
    }

    func testTheStepShowsTheMapsOfItsValues() throws {
        var s = try stepper()
        s.go(to: "Z1")
        let screen = s.screen
        XCTAssertTrue(screen.contains("X [2×1×6×6]"), screen)
        XCTAssertTrue(screen.contains("ejemplo 0 de 2 · canal 0 de 1, de 6×6"), screen)
        XCTAssertTrue(screen.contains("→ Z₁ [2×2×4×4]"), screen)
        XCTAssertTrue(screen.contains("ejemplo 0 de 2 · canales 0–1 de 2, de 4×4"), screen)
        XCTAssertTrue(screen.contains("canal Z1 0 C · ejemplo Z1 0"), screen)
        XCTAssertTrue(screen.contains("X ──▶ ⟦Z₁⟧ ─ReLU─▶ A₁ ──▶ P1 ──▶ F ──▶ Z₂ ─σ─▶ A₂ ──▶ error ──▶ loss"), screen)
        XCTAssertTrue(screen.split(separator: "\n").allSatisfy { $0.count <= 120 })
    }

    func testTheNotesNetworkHasNoBatchInItsStatus() throws {
        var s = Stepper(recording: try DebuggerFixtures.sampled(), language: .spanish, size: TerminalSize(columns: 120, rows: 60))
        s.go(to: "1.13")
        XCTAssertEqual(status(s), "nnstep · XOR con valores iniciales fijos (referencia numpy) · época 1/5000 · paso 13/23 · retropropagación")
    }
}
