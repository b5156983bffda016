import Foundation
import Trace
import XCTest
@testable import Explain

/// Each new operation's equation in LaTeX, and every equation of the engine's networks compiling
/// with `pdflatex` (skipped where it is missing; a failure under `NNSTEP_REQUIRE_TOOLS=1`).
final class OperationLaTeXTests: XCTestCase {
    private let formula = LaTeXFormula(network: NetworkSpec(inputs: 2, layers: [
        LayerSpec(units: 3, activation: .relu), LayerSpec(units: 3, activation: .softmax),
    ]), learningRate: 0.5)

    /// The equation of `context`'s step, seeing the operands of its context.
    private func equation(_ context: StepContext) -> LaTeXEquation {
        var operands = context.values
        operands[context.event.name] = nil
        for name in context.event.inputs { operands[name] = context.values[name] }
        return formula.equation(for: context.event, operands: operands)
    }

    func testActivationsHaveTheirFunctionsAndDefinitions() {
        XCTAssertEqual(equation(OperationContexts.relu()).symbolicLine,
                       "A_1 = \\operatorname{ReLU}(Z_1), \\qquad \\operatorname{ReLU}(z) = \\max(0, z)")
        XCTAssertEqual(equation(OperationContexts.heaviside()).symbolicLine,
                       "A_1 = H(Z_1), \\qquad H(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}")
        XCTAssertEqual(equation(OperationContexts.tanh()).symbolic, "\\tanh(Z_1)")
        XCTAssertEqual(equation(OperationContexts.leakyRelu()).note, "\\operatorname{LeakyReLU}(z) = \\max(0.01\\,z, z)")
        XCTAssertEqual(equation(OperationContexts.elu()).symbolic, "\\operatorname{ELU}(Z_1)")
        XCTAssertEqual(equation(OperationContexts.gelu()).note, "\\operatorname{GELU}(z) = z\\,\\Phi(z)")
        XCTAssertEqual(equation(OperationContexts.swish()).note, "\\operatorname{Swish}(z) = z\\,\\sigma(z)")
        XCTAssertEqual(equation(OperationContexts.linear()).symbolicLine, "A_2 = \\operatorname{id}(Z_2)")
        let softmax = equation(OperationContexts.softmax())
        XCTAssertEqual(softmax.symbolicLine, "A_2 = \\operatorname{softmax}(Z_2), \\qquad "
                       + "\\operatorname{softmax}(z)_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}")
        XCTAssertTrue(softmax.result?.contains("0.6652 & 0.2447 & 0.0900") ?? false, softmax.result ?? "")
        XCTAssertTrue(equation(OperationContexts.relu()).substituted?.hasPrefix("\\operatorname{ReLU}\\begin{pmatrix}") ?? false)
    }

    func testTheLayersOfSection4() {
        let convolution = equation(OperationContexts.convolution())
        XCTAssertEqual(convolution.symbolicLine,
                       "Z_1 = X \\star W_1 + b_1, \\qquad X \\star W_1 = \\operatorname{im2col}(X) \\cdot W_1")
        XCTAssertNotNil(convolution.result)
        XCTAssertEqual(equation(OperationContexts.maxPool()).symbolicLine,
                       "P_1 = \\operatorname{maxpool}_{2 \\times 2}(A_1), \\qquad "
                       + "P_1[c, i, j] = \\max_{0 \\le u, v < 2} A_1[c, 2i + u, 2j + v]")
        XCTAssertEqual(equation(OperationContexts.flatten()).symbolicLine,
                       "F = \\operatorname{flatten}(P_2), \\qquad 64 \\times 5 \\times 5 \\to 1600")
        let mask = equation(OperationContexts.dropoutMask())
        XCTAssertEqual(mask.symbolicLine, "M_2 \\sim \\operatorname{Bernoulli}(1 - 0.2)")
        let dropout = equation(OperationContexts.dropout())
        XCTAssertEqual(dropout.symbolicLine, "D_2 = \\frac{A_2 \\odot M_2}{1 - 0.2}")
        XCTAssertTrue(dropout.substituted?.hasPrefix("\\frac{1}{1 - 0.2} \\, \\begin{pmatrix}") ?? false,
                      dropout.substituted ?? "")
        XCTAssertEqual(equation(OperationContexts.convBackpropagate()).symbolicLine,
                       "\\text{Error}_{P_1} = \\delta_2 \\star \\operatorname{rot}_{180}(W_2)")
        XCTAssertEqual(equation(OperationContexts.poolBackpropagate()).symbolicLine,
                       "\\text{Error}_1 = \\operatorname{unpool}(\\text{Error}_{P_1})")
        XCTAssertEqual(equation(OperationContexts.dropoutBackpropagate()).symbolicLine,
                       "\\text{Error}_2 = \\frac{\\text{Error}_{D_2} \\odot M_2}{1 - 0.5}")
    }

    func testLossesAndTheirDeltas() {
        let crossEntropy = equation(OperationContexts.loss(.crossEntropy, targets: OperationContexts.classTargets,
                                                           prediction: OperationContexts.probabilities, value: 0.7513))
        XCTAssertEqual(crossEntropy.symbolicLine,
                       "\\text{loss} = -\\frac{1}{2} \\sum_{i=1}^{2} \\sum_{j} y_{ij} \\ln A_{2,ij}")
        XCTAssertEqual(crossEntropy.substituted, "-\\frac{1}{2} \\bigl(\\ln 0.2447 + \\ln 0.9094\\bigr)")
        XCTAssertEqual(crossEntropy.result, "0.7513")
        XCTAssertEqual(equation(OperationContexts.loss(.meanAbsoluteError, targets: Matrix([[1], [0]]),
                                                       prediction: Matrix([[0.8], [0.4]]), value: 0.3)).symbolic,
                       "\\frac{1}{2} \\sum_{i,j} \\bigl\\lvert y_{ij} - A_{2,ij} \\bigr\\rvert")
        XCTAssertEqual(equation(OperationContexts.loss(.binaryCrossEntropy, targets: Matrix([[1], [0]]),
                                                       prediction: Matrix([[0.9], [0.2]]), value: 0.1643)).symbolic,
                       "-\\frac{1}{2} \\sum_{i,j} \\bigl[y_{ij} \\ln A_{2,ij} + (1 - y_{ij}) \\ln(1 - A_{2,ij})\\bigr]")
        XCTAssertEqual(equation(OperationContexts.lossGradient(.crossEntropy, targets: Matrix([[1, 0]]),
                                                               prediction: Matrix([[0.25, 0.5]]))).symbolicLine,
                       "\\mathrm{d}A_2 = \\frac{\\partial\\,\\text{loss}}{\\partial A_2}")
        let simplified = equation(OperationContexts.simplifiedDelta(prediction: OperationContexts.probabilities,
                                                                    targets: OperationContexts.classTargets))
        XCTAssertEqual(simplified.symbolicLine,
                       "\\delta_{out} = A_2 - y, \\qquad \\frac{\\partial L}{\\partial Z_{2}} = \\hat{y} - y")
        XCTAssertNotNil(simplified.substituted)
        XCTAssertEqual(equation(OperationContexts.perceptronDelta(errors: Matrix([[0], [1], [0], [-1]]))).symbolicLine,
                       "\\delta_1 = \\text{error}, \\qquad w \\leftarrow w + \\eta \\cdot \\text{error} \\cdot x")
    }

    func testAdjustmentsFollowTheirRules() {
        let mean = equation(OperationContexts.weightGradient(formula: "ΔW₁ = (η/|B|)·Xᵀ·δ₁", factor: 0.125))
        XCTAssertEqual(mean.symbolicLine, "\\Delta W_1 = \\frac{\\eta}{|B|} \\cdot X^T \\cdot \\delta_1")
        XCTAssertTrue(mean.substituted?.hasPrefix("\\frac{0.5}{4} \\cdot \\begin{pmatrix}") ?? false, mean.substituted ?? "")
        XCTAssertEqual(equation(OperationContexts.weightGradient(formula: "ΔW₁ = η·Xᵀ·δ₁ − η·λ·W₁", factor: 0.5)).symbolic,
                       "\\eta \\cdot X^T \\cdot \\delta_1 - \\eta \\lambda W_1")
        XCTAssertEqual(equation(OperationContexts.weightGradient(formula: "ΔW₁ = μ·ΔW₁ₚᵣₑᵥ + η·Xᵀ·δ₁", factor: 0.5)).symbolic,
                       "\\mu \\cdot \\Delta W_1^{\\text{prev}} + \\eta \\cdot X^T \\cdot \\delta_1")
        let adam = equation(OperationContexts.weightGradient(formula: "ΔW₁ = η·m̂/(√v̂ + ε),  g = Xᵀ·δ₁ + λ·W₁", factor: 0.01))
        XCTAssertEqual(adam.symbolicLine, "\\Delta W_1 = \\eta \\cdot \\frac{\\hat{m}}{\\sqrt{\\hat{v}} + \\epsilon}, "
                       + "\\qquad g = X^T \\cdot \\delta_1 + \\lambda W_1")
        XCTAssertNil(adam.substituted)
        XCTAssertEqual(equation(OperationContexts.convolutionGradient(bias: false)).symbolic,
                       "\\eta \\cdot \\operatorname{im2col}(X)^T \\cdot \\delta_1")
        XCTAssertEqual(equation(OperationContexts.subtractingUpdate()).symbolicLine, "W_2 \\leftarrow W_2 - \\Delta W_2")
        XCTAssertEqual(equation(OperationContexts.subtractingUpdate()).substituted,
                       "\\begin{pmatrix} 0.4000 \\end{pmatrix} - \\begin{pmatrix} 0.1000 \\end{pmatrix}")
    }

    func testTheSummaryOfAnEpoch() {
        XCTAssertEqual(equation(OperationContexts.epochLoss()).symbolicLine,
                       "\\overline{\\text{loss}} = \\frac{1}{5} \\sum_{b=1}^{5} \\text{loss}_b")
        XCTAssertEqual(equation(OperationContexts.epochLoss()).result, "0.4321")
        XCTAssertEqual(equation(OperationContexts.testLoss(0.9)).symbolicLine,
                       "\\text{loss}_{\\text{test}} = \\text{loss}(y_{\\text{test}}, \\hat{y}_{\\text{test}})")
        XCTAssertEqual(equation(OperationContexts.accuracy()).symbolicLine,
                       "\\text{acc}_{\\text{test}} = \\frac{\\lvert\\{i : \\hat{c}_i = c_i\\}\\rvert}{360}")
        XCTAssertEqual(equation(OperationContexts.earlyStop()).symbolicLine,
                       "e - e^{*} = 12 - 7 = 5 \\ge 5, \\qquad e^{*} = 7, \\quad \\text{loss}_{\\text{test}}(e^{*}) = 0.1234")
    }

    func testTheNotesNetworkKeepsItsFormulas() {
        let equations = XOREpoch.notes().contexts().map(equation)
        XCTAssertEqual(equations[7].symbolicLine, "A_1 = \\sigma(Z_1)")
        XCTAssertEqual(equations[16].symbolicLine, "\\Delta b_2 = \\eta \\cdot \\sum_{i=1}^{4} \\delta_{out,i}")
        XCTAssertEqual(equations[19].symbolicLine, "W_2 \\leftarrow W_2 + \\Delta W_2")
    }

    /// Every character of the new annotations has a LaTeX form: none turns into `?`.
    func testEveryAnnotationCanBeTypeset() {
        for language in Language.allCases {
            let annotator = Annotator(language: language)
            for context in OperationContexts.gallery {
                let annotation = annotator.annotate(context)
                for text in [annotation.title, annotation.text] {
                    XCTAssertFalse(LaTeXEscaper.text(text).contains("?"), "\(language) \(context.event.name): \(text)")
                }
            }
        }
    }

    func testEveryEquationCompiles() throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let pdflatex = path.split(separator: ":").map({ "\($0)/pdflatex" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            if ProcessInfo.processInfo.environment["NNSTEP_REQUIRE_TOOLS"] == "1" { XCTFail("pdflatex is not installed") }
            throw XCTSkip("pdflatex is not installed")
        }
        var bodies = OperationContexts.gallery.map { equation($0).alignedLines }
        var articles: [String] = []
        for (run, recording) in try EngineRuns.all().enumerated() {
            let latex = LaTeXFormula(network: recording.header.network, learningRate: recording.header.learningRate)
            let epoch = recording.epochs[0]
            for (index, event) in epoch.events.enumerated() {
                bodies.append(latex.equation(for: event, operands: index > 0 ? epoch.values(upTo: index - 1) : [:]).alignedLines)
            }
            // The whole article, annotations included, of the MLP (in English) and the CNN (in Spanish).
            if run < 2 {
                articles.append(ArticleDocument(header: recording.header, epoch: epoch,
                                                language: run == 0 ? .english : .spanish).document())
            }
        }
        let document = """
            \\documentclass{article}
            \(LaTeXPreamble.common(matrixColumns: 12))
            \\begin{document}
            \(bodies.map { "\\begin{align*}\n\($0)\n\\end{align*}" }.joined(separator: "\n"))
            \\end{document}

            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-equations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try compile(document, named: "equations", in: folder, pdflatex: pdflatex)
        for (index, article) in articles.enumerated() {
            try compile(article, named: "article\(index)", in: folder, pdflatex: pdflatex)
        }
    }

    /// Compiles `tex` as `name.tex` in `folder`; fails with pdflatex's first error line.
    private func compile(_ tex: String, named name: String, in folder: URL, pdflatex: String) throws {
        try tex.write(to: folder.appendingPathComponent(name + ".tex"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdflatex)
        process.arguments = ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", name + ".tex"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let log = (try? String(contentsOf: folder.appendingPathComponent(name + ".log"), encoding: .utf8)) ?? ""
        let firstError = log.components(separatedBy: "\n").first { $0.hasPrefix("!") } ?? "(no error line)"
        XCTAssertEqual(process.terminationStatus, 0, "\(name): \(firstError)")
        XCTAssertFalse(log.contains("! "), "\(name): \(firstError)")
    }
}
