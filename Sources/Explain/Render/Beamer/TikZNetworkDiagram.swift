import Trace

/// The network as neurons and connections, in TikZ: the inputs `x_1 … x_n`, each layer's
/// neurons with their activation, every connection of the weight matrices `W_l`, and under each
/// column what it is («entrada · 2», «capa 1 · 2 · σ»).
///
/// A layer of more than ``maximumShown`` neurons is drawn with its first ones, `\vdots` and its
/// last one, so a 784-input network still fits a slide.
public struct TikZNetworkDiagram: Sendable {
    /// The network drawn.
    public let network: NetworkSpec
    /// The words under the columns.
    public let texts: ExportTexts
    /// Neurons drawn per layer before eliding.
    public var maximumShown = 6

    /// A diagram of `network`, labelled with `texts`.
    public init(network: NetworkSpec, texts: ExportTexts) {
        self.network = network
        self.texts = texts
    }

    /// The `tikzpicture`.
    public func render() -> String {
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
