import Foundation

/// Loss curves as a pgfplots `axis`, from the same ``LossSeries`` as ``SVGPlot``, with an
/// optional mark on one epoch (the one the slides walk through).
public struct PGFPlotsLossCurve: Sendable {
    /// The curves, one per run.
    public var series: [LossSeries]
    /// The label of the horizontal axis.
    public var xLabel: String
    /// The label of the vertical axis.
    public var yLabel: String
    /// The epoch to mark on the first curve, with its label, if any.
    public var mark: (epoch: Int, label: String)?
    /// Points written per curve at most: enough for the eye, little for TeX's memory.
    public var maximumPoints = 250

    /// A plot of `series` with the given axis labels.
    public init(series: [LossSeries], xLabel: String, yLabel: String) {
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// The `tikzpicture` with its `axis`, `height` tall (a LaTeX length).
    public func render(height: String) -> String {
        let lastEpoch = series.flatMap(\.points).map(\.epoch).max() ?? 1
        var out = """
            \\begin{tikzpicture}
            \\begin{axis}[width=0.95\\linewidth, height=\(height), xmin=0, xmax=\(lastEpoch), ymin=0,
              xlabel={\(LaTeXEscaper.literal(xLabel))}, ylabel={\(LaTeXEscaper.literal(yLabel))},
              grid=major, grid style={gray!20}, scaled x ticks=false, scaled y ticks=false,
              xticklabel style={/pgf/number format/1000 sep={}},
              yticklabel style={/pgf/number format/fixed, /pgf/number format/precision=2},
              tick label style={font=\\footnotesize}, label style={font=\\footnotesize},
              legend cell align=left, legend style={font=\\footnotesize}]

            """
        let colors = ["blue!70!black", "red!70!black", "green!50!black", "violet", "orange!80!black", "teal"]
        for (index, run) in series.enumerated() {
            let coordinates = run.thinned(to: maximumPoints).points
                .map { "(\($0.epoch),\(String(format: "%.8f", $0.loss)))" }
            out += "\\addplot[thick, color=\(colors[index % colors.count])] coordinates {\n"
            for start in stride(from: 0, to: coordinates.count, by: 6) {
                out += "  " + coordinates[start..<min(start + 6, coordinates.count)].joined(separator: " ") + "\n"
            }
            out += "};\n"
            if series.count > 1 { out += "\\addlegendentry{\(LaTeXEscaper.literal(run.label))}\n" }
        }
        if let mark, let point = series.first?.points.first(where: { $0.epoch == mark.epoch }) {
            let xy = "\(point.epoch),\(String(format: "%.8f", point.loss))"
            out += "\\addplot[only marks, mark=*, color=red, forget plot] coordinates {(\(xy))};\n"
            out += "\\node[anchor=south west, font=\\footnotesize, text=red] at (axis cs:\(xy)) {\(LaTeXEscaper.literal(mark.label))};\n"
        }
        return out + "\\end{axis}\n\\end{tikzpicture}"
    }
}
