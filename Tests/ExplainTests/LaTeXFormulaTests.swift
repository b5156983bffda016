import XCTest
import Trace
@testable import Explain

/// Each operation's formula in the notes' notation, for the XOR network and for deeper ones.
final class LaTeXFormulaTests: XCTestCase {
    private func equations(of recording: Recording) -> [String: LaTeXEquation] {
        let epoch = recording.epochs[0]
        let formula = LaTeXFormula(network: recording.header.network, learningRate: recording.header.learningRate)
        var equations: [String: LaTeXEquation] = [:]
        for (index, event) in epoch.events.enumerated() where equations[event.name] == nil {
            equations[event.name] = formula.equation(for: event, operands: index > 0 ? epoch.values(upTo: index - 1) : [:])
        }
        return equations
    }

    func testTheNotesFormulasForXOR() {
        let xor = equations(of: ExportFixtures.explicitRecording)
        XCTAssertEqual(xor["delta_out"]?.symbolicLine,
                       "\\delta_{out} = (y - A_2) \\odot \\sigma'(Z_2), \\qquad \\sigma'(Z_2) = A_2 \\odot (1 - A_2)")
        XCTAssertEqual(xor["Error_hidden"]?.symbolicLine, "\\text{Error}_{hidden} = \\delta_{out} \\cdot W_2^T")
        XCTAssertEqual(xor["delta_hidden"]?.symbolicLine,
                       "\\delta_{hidden} = \\text{Error}_{hidden} \\odot \\sigma'(Z_1), \\qquad \\sigma'(Z_1) = A_1 \\odot (1 - A_1)")
        XCTAssertEqual(xor["Z1"]?.symbolicLine, "Z_1 = X \\cdot W_1 + b_1")
        XCTAssertEqual(xor["A2"]?.symbolicLine, "A_2 = \\sigma(Z_2)")
        XCTAssertEqual(xor["error"]?.symbolicLine, "\\text{error} = y - A_2")
        XCTAssertEqual(xor["loss"]?.symbolicLine, "\\text{loss} = \\frac{1}{n} \\sum_{i=1}^{n} \\text{error}_i^2")
        XCTAssertEqual(xor["dW1"]?.symbolicLine, "\\Delta W_1 = \\eta \\cdot X^T \\cdot \\delta_{hidden}")
        XCTAssertEqual(xor["db2"]?.symbolicLine, "\\Delta b_2 = \\eta \\cdot \\sum_{i=1}^{4} \\delta_{out,i}")
        XCTAssertNil(xor["X"]?.symbolicLine, "data has no formula, only its value")
    }

    func testSubstitutionsUseTheStepsOwnNumbers() throws {
        let xor = equations(of: ExportFixtures.explicitRecording)
        let loss = try XCTUnwrap(xor["loss"])
        XCTAssertEqual(loss.substituted, "\\frac{1}{4} \\bigl((-0.5331)^2 + 0.4421^2 + 0.4351^2 + (-0.5845)^2\\bigr)")
        XCTAssertEqual(loss.result, "0.2526")
        XCTAssertEqual(xor["db2"]?.substituted, "0.5 \\cdot \\bigl(-0.1327 + 0.1090 + 0.1069 - 0.1420\\bigr)")
        let backpropagate = try XCTUnwrap(xor["Error_hidden"]?.substituted)
        XCTAssertTrue(backpropagate.hasSuffix("\\cdot \\begin{pmatrix} 0.7000 & -0.6000 \\end{pmatrix}"),
                      "W₂ᵀ is written transposed: \(backpropagate)")
        let slope = try XCTUnwrap(xor["delta_out"]?.substituted)
        XCTAssertTrue(slope.contains("0.2489") && slope.contains("0.2429"), "σ'(Z₂) = A₂ ⊙ (1 − A₂) written out: \(slope)")
    }

    func testDeeperNetworksUseNumberedNames() throws {
        let deep = equations(of: try ExportFixtures.deepRecording())
        XCTAssertEqual(deep["delta_3"]?.symbolicLine,
                       "\\delta_3 = (y - A_3) \\odot \\sigma'(Z_3), \\qquad \\sigma'(Z_3) = A_3 \\odot (1 - A_3)")
        XCTAssertEqual(deep["Error_2"]?.symbolicLine, "\\text{Error}_2 = \\delta_3 \\cdot W_3^T")
        XCTAssertEqual(deep["delta_1"]?.symbolicLine,
                       "\\delta_1 = \\text{Error}_1 \\odot \\sigma'(Z_1), \\qquad \\sigma'(Z_1) = A_1 \\odot (1 - A_1)")
        XCTAssertEqual(deep["dW2"]?.symbolicLine, "\\Delta W_2 = \\eta \\cdot A_1^T \\cdot \\delta_2")
        XCTAssertEqual(deep["Z3"]?.symbolicLine, "Z_3 = A_2 \\cdot W_3 + b_3")
    }

    func testUnknownNamesAreEscapedText() {
        XCTAssertEqual(LaTeXNotation.symbol(for: "gamma$#1"), "\\text{gamma\\$\\#1}")
        XCTAssertEqual(LaTeXNotation.symbol(for: "W12"), "W_{12}")
        XCTAssertEqual(LaTeXNotation.element(of: "delta_out", index: "i"), "\\delta_{out,i}")
    }

    func testAlignedLinesOfAnUpdate() {
        let equation = LaTeXEquation(lhs: "W_2", relation: "\\leftarrow", symbolic: "W_2 + \\Delta W_2",
                                     substituted: "A + B", result: "C")
        XCTAssertEqual(equation.alignedLines, "W_2 &\\leftarrow W_2 + \\Delta W_2 \\\\\n&= A + B \\\\\n&= C")
        XCTAssertEqual(equation.valuesLine, "W_2 \\leftarrow A + B = C")
    }
}
