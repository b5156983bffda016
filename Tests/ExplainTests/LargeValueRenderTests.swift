import XCTest
@testable import Explain
import Trace

/// Large matrices and values with channels as the stepper shows them: elided like numpy, the
/// shape always in the title; maps of the first example; maps in full in bands; the diagram of a
/// convolutional network.
final class LargeValueRenderTests: XCTestCase {
    /// 64 × 784 values r + c/1000: each entry says where it is.
    private let wide: Matrix = {
        let elements: [Double] = (0..<64 * 784).map { (index: Int) -> Double in
            let row = Double(index / 784), column = Double(index % 784)
            return row + column / 1000
        }
        return Matrix(rows: 64, columns: 784, elements: elements)
    }()

    private func row(_ cells: [String]) -> String { "[ " + cells.joined(separator: "  ") + " ]" }

    func testAWideMatrixIsElidedLikeNumpyWithItsShape() {
        let lines = MatrixBlock().lines(title: "X", shape: wide.shape, matrix: wide, missing: "", width: 98)
        XCTAssertEqual(lines.count, 1 + 8)
        XCTAssertEqual(lines[0], "X [64×784]", "the whole shape, however much is shown")
        // Rows 0–3, ⋮, 61–63; columns 0–3, ⋯, 781–783: the corners are (0,0), (0,783), (63,0), (63,783).
        XCTAssertEqual(lines[1], row([" 0.0000", " 0.0010", " 0.0020", " 0.0030", "⋯", " 0.7810", " 0.7820", " 0.7830"]))
        XCTAssertEqual(lines[4], row([" 3.0000", " 3.0010", " 3.0020", " 3.0030", "⋯", " 3.7810", " 3.7820", " 3.7830"]))
        XCTAssertEqual(lines[5], row(Array(repeating: "      ⋮", count: 4) + ["⋱"] + Array(repeating: "      ⋮", count: 3)))
        XCTAssertEqual(lines[6], row(["61.0000", "61.0010", "61.0020", "61.0030", "⋯", "61.7810", "61.7820", "61.7830"]))
        XCTAssertEqual(lines[8], row(["63.0000", "63.0010", "63.0020", "63.0030", "⋯", "63.7810", "63.7820", "63.7830"]))
    }

    func testANarrowWidthElidesMoreColumnsButKeepsTheCorners() {
        let lines = MatrixBlock().lines(title: "X", shape: wide.shape, matrix: wide, missing: "", width: 40)
        XCTAssertEqual(lines[0], "X [64×784]")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 40 }, "\(lines)")
        XCTAssertEqual(lines[1], row([" 0.0000", " 0.0010", "⋯", " 0.7830"]))
        XCTAssertEqual(lines[8], row(["63.0000", "63.0010", "⋯", "63.7830"]))
    }

    func testSmallMatricesAreNotElided() {
        let small = Matrix([[0.5, -0.3], [0.8, 0.2]])
        XCTAssertEqual(MatrixBlock().lines(title: "W₁", shape: small.shape, matrix: small, missing: "", width: 98),
                       ["W₁ [2×2]", "[ 0.5000  -0.3000 ]", "[ 0.8000   0.2000 ]"])
        XCTAssertEqual(MatrixBlock.kept(8, limit: 8), Array(0..<8))
        XCTAssertEqual(MatrixBlock.kept(9, limit: 8), [0, 1, 2, 3, nil, 6, 7, 8])
    }

    /// [2×3×4×4]: example e, channel c, row r, column k holds (48e + 16c + 4r + k) / 10.
    private let tensor = Matrix(rows: 2, columns: 48, elements: (0..<96).map { Double($0) / 10 })
    private let tensorShape = Shape(rows: 2, image: TensorShape(channels: 3, height: 4, width: 4))

    func testAValueWithChannelsShowsTheFirstExamplesMapsWithTheirNumbers() {
        let lines = TensorBlock(language: .spanish).overview(title: "A₁", name: "A1", shape: tensorShape, matrix: tensor,
                                                             missing: "", width: 200)
        let pad = String(repeating: " ", count: 34 - 7)
        XCTAssertEqual(lines, [
            "A₁ [2×3×4×4]",
            "ejemplo 0 de 2 · canales 0–2 de 3, de 4×4",
            "canal 0" + pad + "   canal 1" + pad + "   canal 2",
            "[ 0.0000  0.1000  0.2000  0.3000 ]   [ 1.6000  1.7000  1.8000  1.9000 ]   [ 3.2000  3.3000  3.4000  3.5000 ]",
            "[ 0.4000  0.5000  0.6000  0.7000 ]   [ 2.0000  2.1000  2.2000  2.3000 ]   [ 3.6000  3.7000  3.8000  3.9000 ]",
            "[ 0.8000  0.9000  1.0000  1.1000 ]   [ 2.4000  2.5000  2.6000  2.7000 ]   [ 4.0000  4.1000  4.2000  4.3000 ]",
            "[ 1.2000  1.3000  1.4000  1.5000 ]   [ 2.8000  2.9000  3.0000  3.1000 ]   [ 4.4000  4.5000  4.6000  4.7000 ]",
            "Para verlo entero (órdenes del depurador): canal A1 0 C · ejemplo A1 0",
        ])
    }

    func testOnlyTheChannelsThatFitAreShownAndTheLineSaysWhich() {
        let lines = TensorBlock(language: .english).overview(title: "A₁", name: "A1", shape: tensorShape, matrix: tensor,
                                                             missing: "", width: 60)
        XCTAssertEqual(lines[0], "A₁ [2×3×4×4]")
        XCTAssertEqual(lines[1], "example 0 of 2 · channel 0 of 3, 4×4 each")
        XCTAssertEqual(lines[2], "channel 0")
        XCTAssertEqual(lines[3], "[ 0.0000  0.1000  0.2000  0.3000 ]")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 60 }, "\(lines)")
        XCTAssertTrue(lines.suffix(2).joined(separator: " ").contains("channel A1 0 C · example A1 0"), "\(lines)")
        let missing = TensorBlock(language: .english).overview(title: "A₁", name: "A1", shape: tensorShape, matrix: nil,
                                                               missing: "(not kept)", width: 60)
        XCTAssertEqual(missing, ["A₁ [2×3×4×4]", "(not kept)"])
    }

    func testLargeMapsShowInShadesBinnedToFourteenCells() {
        // Two 28×28 channels: channel 0 is 0 on its left half and 1 on its right, channel 1 is 0
        // above and 1 below. Binned 2×2, each is 14 cells of two characters across.
        let image = TensorShape(channels: 2, height: 28, width: 28)
        let elements = (0..<2 * 784).map { index -> Double in
            let channel = index / 784, r = (index % 784) / 28, c = index % 28
            return channel == 0 ? (c < 14 ? 0 : 1) : (r < 14 ? 0 : 1)
        }
        let lines = TensorBlock(language: .spanish).overview(title: "X", name: "X", shape: Shape(rows: 1, image: image),
                                                             matrix: Matrix(rows: 1, columns: 1568, elements: elements),
                                                             missing: "", width: 100)
        XCTAssertEqual(lines[0], "X [1×2×28×28]")
        let text = lines.joined(separator: "\n")
        // The line that says what is shown is wrapped to the maps (72 characters at least).
        let note = text.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(note.contains("ejemplo 0 de 1 · canales 0–1 de 2, de 28×28, en tonos ·· ░░ ▒▒ ▓▓ ██ de 0.0000 a 1.0000; "
                                    + "cada celda es la media de 2×2 valores"), text)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 72 }, text)
        let title = lines.firstIndex { $0.hasPrefix("canal 0") }!
        XCTAssertEqual(lines[title], "canal 0" + String(repeating: " ", count: 21) + "   canal 1")
        let left = String(repeating: "·", count: 14) + String(repeating: "█", count: 14)
        XCTAssertEqual(lines[title + 1], left + "   " + String(repeating: "·", count: 28))
        XCTAssertEqual(lines[title + 14], left + "   " + String(repeating: "█", count: 28))
        XCTAssertTrue(lines[title + 15].hasPrefix("Para verlo entero"), lines[title + 15])
    }

    func testAMapWiderThanTheScreenIsCutIntoBandsOfColumns() {
        // 26 × 26 values 26r + c: the widest is "675.0000", 8 characters, so 9 columns fit in 100.
        let lines = TensorBlock(language: .spanish).fullMaps(count: 1, rows: 26, columns: 26, titles: nil, width: 100) {
            _, r, c in Double(26 * r + c)
        }
        XCTAssertTrue(lines.allSatisfy { $0.count <= 100 })
        XCTAssertEqual(lines.filter { $0.hasPrefix("columnas") },
                       ["columnas 0–8 de 26", "columnas 9–17 de 26", "columnas 18–25 de 26"])
        XCTAssertEqual(lines.count, 3 * 27 + 2)
        XCTAssertEqual(lines[1], "[   0.0000    1.0000    2.0000    3.0000    4.0000    5.0000    6.0000    7.0000    8.0000 ]")
        XCTAssertEqual(lines.last, "[ 668.0000  669.0000  670.0000  671.0000  672.0000  673.0000  674.0000  675.0000 ]")
    }

    func testFullMapsSitSideBySideWhenTheyFit() {
        let lines = TensorBlock(language: .english).fullMaps(count: 2, rows: 2, columns: 2, titles: ["channel 0", "channel 1"],
                                                             width: 80) { map, r, c in Double(4 * map + 2 * r + c) }
        XCTAssertEqual(lines, [
            "channel 0            channel 1",
            "[ 0.0000  1.0000 ]   [ 4.0000  5.0000 ]",
            "[ 2.0000  3.0000 ]   [ 6.0000  7.0000 ]",
        ])
    }

    // MARK: - The diagram

    /// The notes' convolutional network (§4.2).
    private let cnn = NetworkSpec(inputImage: TensorShape(channels: 1, height: 28, width: 28), layers: [
        .conv2d(filters: 32, kernel: 3, activation: .relu), .maxPool(size: 2),
        .conv2d(filters: 64, kernel: 3, activation: .relu), .maxPool(size: 2), .flatten,
        LayerSpec(units: 128, activation: .relu), LayerSpec(units: 10, activation: .softmax),
    ])

    private func steps(of spec: NetworkSpec, loss: Loss) -> [StepSummary] {
        var settings = TrainingSettings(learningRate: 0.1, epochs: 1, seed: 1, sampling: .all)
        settings.loss = loss
        return EpochPlan(spec: spec, settings: settings, rows: 64).steps
            .map { StepSummary(name: $0.name, phase: $0.phase, operation: $0.operation) }
    }

    func testAConvolutionalNetworkIsDrawnAsAChainOfShapes() {
        XCTAssertEqual(NetworkDiagram(network: cnn).chain.joined(separator: " "),
                       "1×28×28 → conv 32@3×3 → 32×26×26 → maxpool 2×2 → 32×13×13 → conv 64@3×3 → 64×11×11 → "
                       + "maxpool 2×2 → 64×5×5 → flatten → 1600 → dense 128 → 128 → dense 10 → 10")
        let lines = NetworkDiagram(network: cnn).lines(current: "P1", phase: .forward, labels: ["adelante", "atrás", "ajuste"],
                                                       steps: steps(of: cnn, loss: .crossEntropy), width: 98, chainLabel: "red")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 98 }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[0].hasPrefix("red       1×28×28 → conv 32@3×3 → 32×26×26 → maxpool 2×2"), lines[0])
        let text = lines.joined(separator: "\n")
        for piece in ["X ──▶ Z₁ ─ReLU─▶ A₁ ──▶ ⟦P1⟧ ──▶ Z₂ ─ReLU─▶ A₂ ──▶ P2", "──▶ F ──▶ Z₃ ─ReLU─▶ A₃",
                      "Z₄ ─softmax─▶ A₄ ──▶ loss", "δ₁ ◀── Error₁ ◀── Error_P1 ◀── δ₂ ◀── Error₂ ◀── Error_F ◀── δ₃", "◀── δ₄ ◀── loss",
                      "W₄ b₄ ← ΔW₄ Δb₄ · W₃ b₃ ← ΔW₃ Δb₃"] {
            XCTAssertTrue(text.replacingOccurrences(of: "\n" + String(repeating: " ", count: 12), with: " ").contains(piece), "\(piece)\n\(text)")
        }
        XCTAssertEqual(text.components(separatedBy: "⟦").count, 2, "one step marked")
    }

    func testTheNotesNetworkDrawsAsBeforeWithItsSteps() {
        let xor = NetworkSpec(inputs: 2, layers: [LayerSpec(units: 2, activation: .sigmoid), LayerSpec(units: 1, activation: .sigmoid)])
        let expected = [
            "adelante  X ──▶ Z₁ ─σ─▶ A₁ ──▶ Z₂ ─σ─▶ A₂ ──▶ error ──▶ loss",
            "atrás     δ_hidden ◀── Error_hidden ◀── ⟦δ_out⟧ ◀── error",
            "ajuste    W₂ b₂ ← ΔW₂ Δb₂ · W₁ b₁ ← ΔW₁ Δb₁",
        ]
        let labels = ["adelante", "atrás", "ajuste"]
        XCTAssertEqual(NetworkDiagram(network: xor).lines(current: "delta_out", phase: .backward, labels: labels), expected)
        XCTAssertEqual(NetworkDiagram(network: xor).lines(current: "delta_out", phase: .backward, labels: labels,
                                                          steps: steps(of: xor, loss: .squaredError), width: 100), expected)
    }

    func testTheSlidesDrawAConvolutionalNetworkAsAChainOfShapes() {
        let picture = TikZNetworkDiagram(network: cnn, texts: ExportTexts(.spanish)).render()
        XCTAssertFalse(picture.contains("nnneuron]"), "no neurons")
        XCTAssertTrue(picture.contains("\\node[nnshape] (s0) at (0, 0) {$1 \\times 28 \\times 28$};"), picture)
        // Four shapes a row, the second row from right to left: shape 4 (64×5×5, after the second
        // max-pool) is under shape 3, at (3, −1).
        XCTAssertTrue(picture.contains("\\node[nnshape] (s4) at (3, -1) {$64 \\times 5 \\times 5$};"), picture)
        XCTAssertTrue(picture.contains("(s0) -- node[nnlayer, above=2pt] {conv 32@$3 \\times 3$\\\\$\\operatorname{ReLU}$} (s1);"),
                      picture)
        XCTAssertTrue(picture.contains("(s3) -- node[nnlayer, right=2pt] {maxpool\\\\$2 \\times 2$} (s4);"), picture)
        XCTAssertTrue(picture.contains("{$10$}") && picture.contains("{salida}"), picture)
    }

    func testADropoutLayerShowsItsMaskOnTheArrow() {
        let spec = NetworkSpec(inputs: 64, layers: [LayerSpec(units: 128, activation: .relu), .dropout(rate: 0.5),
                                                    LayerSpec(units: 10, activation: .softmax)])
        let lines = NetworkDiagram(network: spec).lines(current: "M1", phase: .forward, labels: ["a", "b", "c"],
                                                        steps: steps(of: spec, loss: .crossEntropy), width: 120, chainLabel: "n")
        XCTAssertEqual(lines[0], "n  64 → dense 128 → 128 → dropout 0.5 → 128 → dense 10 → 10")
        XCTAssertTrue(lines[1].contains("A₁ ─⊙⟦M1⟧─▶ D1 ──▶ Z₂ ─softmax─▶ A₂ ──▶ loss"), lines[1])
    }
}
