import Trace

/// The network as neurons and connections, in TikZ: the inputs `x_1 … x_n`, each layer's
/// neurons with their activation, every connection of the weight matrices `W_l`, and under each
/// column what it is («entrada · 2», «capa 1 · 2 · σ»).
///
/// A layer of more than ``maximumShown`` neurons is drawn with its first ones, `\vdots` and its
/// last one, so a 784-input network still fits a slide. A network that is not all dense
/// (convolutions, pooling, flattening, dropout), or deeper than ``maximumColumns`` layers, is
/// drawn instead as the chain of shapes one example takes through it, the layers on the arrows:
/// `1×28×28 →(conv 32@3×3, ReLU) 32×26×26 →(maxpool 2×2) 32×13×13 → …`, four shapes a row,
/// the rows snaking down the slide.
public struct TikZNetworkDiagram: Sendable {
    /// The network drawn.
    public let network: NetworkSpec
    /// The words under the columns.
    public let texts: ExportTexts
    /// Neurons drawn per layer before eliding.
    public var maximumShown = 6
    /// Layers drawn as columns of neurons; deeper networks are drawn as a chain of shapes.
    public var maximumColumns = 6
    /// Shapes per row of the chain.
    public var chainRow = 4

    /// A diagram of `network`, labelled with `texts`.
    public init(network: NetworkSpec, texts: ExportTexts) {
        self.network = network
        self.texts = texts
    }

    /// The `tikzpicture`.
    public func render() -> String {
        guard network.isDense, network.depth < maximumColumns else { return renderChain() }
        var out = """
            \\begin{tikzpicture}[x=3.2cm, y=1.1cm, font=\\small,
              nnneuron/.style={circle, draw=blue!50!black, fill=blue!8, minimum size=0.9cm, inner sep=0pt},
              nninput/.style={nnneuron, draw=gray!70!black, fill=gray!10},
              nnlink/.style={gray!60}]

            """
        var columns: [[(id: String, label: String?)]] = []
        let tallest = Double((0...network.depth).map { Self.shown(network.units(ofLayer: $0), limit: maximumShown).count }.max()! - 1) / 2
        for l in 0...network.depth {
            let units = network.units(ofLayer: l)
            let shown = Self.shown(units, limit: maximumShown)
            let top = Double(shown.count - 1) / 2
            var column: [(id: String, label: String?)] = []
            for (row, unit) in shown.enumerated() {
                let y = Self.number(top - Double(row))
                guard let unit else {
                    out += "  \\node at (\(l), \(y)) {$\\vdots$};\n"
                    continue
                }
                let id = "l\(l)u\(unit)"
                let label = l == 0 ? Self.subscripted("x", unit + 1) : LaTeXNotation.function(network.layers[l - 1].activation)
                out += "  \\node[\(l == 0 ? "nninput" : "nnneuron")] (\(id)) at (\(l), \(y)) {$\(label)$};\n"
                column.append((id, label))
            }
            let name = l == 0 ? texts.input
                : texts.layer(l) + (l == network.depth ? " (" + texts.output + ")" : "")
            let detail = l == 0 ? "\(units)" : "\(units) $\\cdot$ $\(LaTeXNotation.function(network.layers[l - 1].activation))$"
            out += "  \\node[align=center, font=\\footnotesize, text=gray!30!black] at (\(l), \(Self.number(-tallest - 1.1))) "
                + "{\(LaTeXEscaper.literal(name))\\\\\(detail)};\n"
            columns.append(column)
        }
        for l in 1..<columns.count {
            for from in columns[l - 1] {
                for to in columns[l] { out += "  \\draw[nnlink] (\(from.id)) -- (\(to.id));\n" }
            }
            let shape = network.weightShape(ofLayer: l)
            out += "  \\node[font=\\footnotesize] at (\(Self.number(Double(l) - 0.5)), \(Self.number(tallest + 0.85))) "
                + "{$\(Self.subscripted("W", l))\\;[\(shape.dimensions[0]) \\times \(shape.dimensions[1])]$};\n"
        }
        return out + "\\end{tikzpicture}"
    }

    /// The chain of shapes: a box per shape an example takes, an arrow per layer labelled with
    /// what it does, `chainRow` boxes a row, every other row right to left.
    func renderChain() -> String {
        var out = """
            \\begin{tikzpicture}[x=4cm, y=2.1cm, font=\\small,
              nnshape/.style={draw=blue!50!black, fill=blue!8, rounded corners=2pt, minimum height=0.8cm, inner sep=4pt},
              nnlayer/.style={font=\\footnotesize, text=gray!30!black, align=center}]

            """
        func shape(_ example: ExampleShape) -> String {
            guard let image = example.image else { return "\(example.width)" }
            return "\(image.channels) \\times \(image.height) \\times \(image.width)"
        }
        let stages = network.layout.stages
        let shapes = [ExampleShape(width: network.inputs, image: network.inputImage)] + stages.map(\.output)
        var places: [(column: Int, row: Int)] = []
        for (index, example) in shapes.enumerated() {
            let row = index / max(chainRow, 1), position = index % max(chainRow, 1)
            let column = row % 2 == 0 ? position : max(chainRow, 1) - 1 - position
            places.append((column, row))
            out += "  \\node[nnshape] (s\(index)) at (\(column), \(-row)) {$\(shape(example))$};\n"
        }
        out += "  \\node[nnlayer, anchor=north] at ([yshift=-2pt]s0.south) {\(LaTeXEscaper.literal(texts.input))};\n"
        out += "  \\node[nnlayer, anchor=north] at ([yshift=-2pt]s\(shapes.count - 1).south) {\(LaTeXEscaper.literal(texts.output))};\n"
        for (index, stage) in stages.enumerated() {
            let layer: String
            let activation = "$" + LaTeXNotation.function(stage.layer.activation) + "$"
            switch stage.layer.kind {
            case .dense: layer = "dense \(stage.layer.units)\\\\\(activation)"
            case .conv2d(let kernel): layer = "conv \(stage.layer.units)@$\(kernel) \\times \(kernel)$\\\\\(activation)"
            case .maxPool(let size): layer = "maxpool\\\\$\(size) \\times \(size)$"
            case .flatten: layer = "flatten"
            case .dropout(let rate): layer = "dropout \(rate)"
            }
            let side = places[index].row == places[index + 1].row ? "above=2pt" : "right=2pt"
            out += "  \\draw[->, thick] (s\(index)) -- node[nnlayer, \(side)] {\(layer)} (s\(index + 1));\n"
        }
        return out + "\\end{tikzpicture}"
    }

    /// The neurons drawn out of `count` (0-based), `nil` standing for the `\vdots`.
    static func shown(_ count: Int, limit: Int) -> [Int?] {
        guard count > limit else { return Array(0..<count) }
        return Array(0..<(limit - 2)) + [nil, count - 1]
    }

    /// `x_3`, `x_{12}`.
    private static func subscripted(_ base: String, _ index: Int) -> String {
        index < 10 ? "\(base)_\(index)" : "\(base)_{\(index)}"
    }

    /// A coordinate with at most two decimals.
    private static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : "\(rounded)"
    }
}
