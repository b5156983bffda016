import Foundation
import Trace

/// The data path of the network as a TikZ picture, with some steps highlighted: the LaTeX
/// counterpart of the stepper's ``NetworkDiagram``.
///
/// ```
/// adelante  X → Z₁ →σ A₁ → Z₂ →σ A₂ → error → loss
/// atrás         δ_hidden ← Error_hidden ← δ_out   y
/// ajuste        ΔW₁ →+ W₁         ΔW₂ →+ W₂
///               Δb₁ →+ b₁         Δb₂ →+ b₂
/// ```
///
/// Layer `l`'s `Z_l` and `A_l` stand in columns `2l − 1` and `2l`; its delta sits under `Z_l`,
/// the error sent back into it under `A_l`, its adjustments under the delta and its parameters
/// under `A_l`. Every name of an epoch has a node, so every step can be marked.
public struct TikZFlowDiagram: Sendable {
    /// The network drawn.
    public let network: NetworkSpec
    /// Titles of the three rows (forward, backward, update).
    public var rowTitles: [String]

    /// A diagram of `network` with the given row titles (see ``Labels/diagramRows``).
    public init(network: NetworkSpec, rowTitles: [String]) {
        self.network = network
        self.rowTitles = rowTitles
    }

    /// The fill colour of highlighted nodes in each phase.
    static func color(_ phase: Phase) -> String {
        switch phase {
        case .forward: return "blue"
        case .error: return "orange"
        case .backward: return "red"
        case .update: return "green!60!black"
        case .summary: return "gray"
        }
    }

    /// The `tikzpicture`, with the nodes of `highlighted` (canonical names) marked in the
    /// colour of `phase`.
    public func render(highlighted: Set<String>, phase: Phase) -> String {
        let depth = network.depth
        var nodes: [(name: String, x: Double, y: Double)] = [("X", 0, 0)]
        var arrows: [(from: String, to: String, label: String?)] = []
        var bent: [(from: String, to: String)] = []
        for l in 1...depth {
            let input = Notation.activationName(l - 1), z = Notation.sumName(l), a = Notation.activationName(l)
            nodes += [(z, Double(2 * l - 1), 0), (a, Double(2 * l), 0)]
            arrows += [(input, z, nil), (z, a, LaTeXNotation.function(network.layers[l - 1].activation))]
        }
        let errorColumn = Double(2 * depth + 1)
        nodes += [("error", errorColumn, 0), ("loss", errorColumn + 1, 0), ("y", errorColumn, -1)]
        arrows += [(Notation.activationName(depth), "error", nil), ("error", "loss", nil), ("y", "error", nil)]
        for l in stride(from: depth, through: 1, by: -1) {
            let delta = Notation.deltaName(l, depth: depth)
            nodes.append((delta, Double(2 * l - 1), -1))
            if l == depth {
                arrows.append(("error", delta, nil))
            } else {
                let back = Notation.backErrorName(l, depth: depth)
                nodes.append((back, Double(2 * l), -1))
                arrows += [(Notation.deltaName(l + 1, depth: depth), back, nil), (back, delta, nil)]
            }
            let z = Double(2 * l - 1)
            nodes += [(Notation.weightGradientName(l), z, -2), (Notation.weightName(l), z + 1, -2),
                      (Notation.biasGradientName(l), z, -3), (Notation.biasName(l), z + 1, -3)]
            arrows += [(delta, Notation.weightGradientName(l), nil),
                       (Notation.weightGradientName(l), Notation.weightName(l), "+"),
                       (Notation.biasGradientName(l), Notation.biasName(l), "+")]
            bent.append((delta, Notation.biasGradientName(l)))
        }
        let ids = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($0.element.name, "n\($0.offset)") })
        let color = Self.color(phase)
        var out = """
            \\begin{tikzpicture}[x=1.45cm, y=0.62cm, font=\\footnotesize,
              nnstep/.style={inner sep=2pt, minimum height=1.4em, rounded corners=2pt},
              nncurrent/.style={draw=\(color), fill=\(color)!18, very thick},
              nnflow/.style={-{Stealth[length=3.5pt]}, gray!70}]

            """
        for (row, title) in rowTitles.prefix(3).enumerated() {
            out += "  \\node[anchor=east, text=gray] at (-0.35, \(row == 2 ? "-2.5" : "\(-row)")) {\(LaTeXEscaper.literal(title))};\n"
        }
        for node in nodes {
            let style = highlighted.contains(node.name) ? "nnstep, nncurrent" : "nnstep"
            out += "  \\node[\(style)] (\(ids[node.name]!)) at (\(Self.coordinate(node.x)), \(Self.coordinate(node.y))) "
                + "{$\(LaTeXNotation.symbol(for: node.name))$};\n"
        }
        for arrow in arrows {
            guard let from = ids[arrow.from], let to = ids[arrow.to] else { continue }
            let label = arrow.label.map { " node[above, font=\\scriptsize] {$\($0)$}" } ?? ""
            out += "  \\draw[nnflow] (\(from)) --\(label) (\(to));\n"
        }
        for arrow in bent {
            guard let from = ids[arrow.from], let to = ids[arrow.to] else { continue }
            out += "  \\draw[nnflow] (\(from).west) to[out=200, in=160] (\(to).west);\n"
        }
        return out + "\\end{tikzpicture}"
    }

    /// `0.28` → `0.28`, `2.0` → `2`.
    private static func coordinate(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.2f", value)
    }
}
