import Foundation

/// Loss curves as a standalone SVG image, for web pages and Markdown: labelled axes with round
/// ticks, one `<path>` per run and, with several runs, a legend.
///
/// Every text (title, axis labels, run names) is XML-escaped; numbers are written with a fixed
/// number of decimals. Axes, grid and legend marks are `<line>`s, so the image has exactly one
/// `<path>` per curve.
public struct SVGPlot: Sendable {
    /// The curves, one per run.
    public var series: [LossSeries]
    /// The title above the plot.
    public var title: String
    /// The label of the horizontal axis (epochs).
    public var xLabel: String
    /// The label of the vertical axis (loss).
    public var yLabel: String
    /// Size of the image in pixels.
    public var width = 640, height = 400
    /// Points drawn per curve at most (see ``LossSeries/thinned(to:)``).
    public var maximumPoints = 1000

    /// The colours of the curves, in order.
    static let colors = ["#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085"]

    /// A plot of `series` with the given texts.
    public init(series: [LossSeries], title: String, xLabel: String, yLabel: String) {
        self.series = series
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// The SVG document.
    public func render() -> String {
        let left = 72.0, right = Double(width) - 24, top = 44.0, bottom = Double(height) - 56
        let points = series.flatMap(\.points)
        let xTicks = AxisTicks(minimum: 0, maximum: Double(points.map(\.epoch).max() ?? 1))
        let yTicks = AxisTicks(minimum: 0, maximum: points.map(\.loss).max() ?? 1)
        func x(_ epoch: Double) -> Double { left + (epoch - xTicks.lower) / (xTicks.upper - xTicks.lower) * (right - left) }
        func y(_ loss: Double) -> Double { bottom - (loss - yTicks.lower) / (yTicks.upper - yTicks.lower) * (bottom - top) }

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            font-family="sans-serif" font-size="13" role="img" aria-label="\(Self.escape(title))">
              <title>\(Self.escape(title))</title>
              <rect x="0" y="0" width="\(width)" height="\(height)" fill="white"/>
              <text x="\(n((left + right) / 2))" y="26" text-anchor="middle" font-size="16">\(Self.escape(title))</text>

            """
        for value in xTicks.values {
            out += "  <line x1=\"\(n(x(value)))\" y1=\"\(n(top))\" x2=\"\(n(x(value)))\" y2=\"\(n(bottom + 5))\" stroke=\"#e3e3e3\"/>\n"
            out += "  <text x=\"\(n(x(value)))\" y=\"\(n(bottom + 20))\" text-anchor=\"middle\">\(Self.format(value, xTicks.decimals))</text>\n"
        }
        for value in yTicks.values {
            out += "  <line x1=\"\(n(left - 5))\" y1=\"\(n(y(value)))\" x2=\"\(n(right))\" y2=\"\(n(y(value)))\" stroke=\"#e3e3e3\"/>\n"
            out += "  <text x=\"\(n(left - 9))\" y=\"\(n(y(value) + 4))\" text-anchor=\"end\">\(Self.format(value, yTicks.decimals))</text>\n"
        }
        out += """
              <line x1="\(n(left))" y1="\(n(bottom))" x2="\(n(right))" y2="\(n(bottom))" stroke="black"/>
              <line x1="\(n(left))" y1="\(n(top))" x2="\(n(left))" y2="\(n(bottom))" stroke="black"/>
              <text x="\(n((left + right) / 2))" y="\(n(Double(height) - 14))" text-anchor="middle">\(Self.escape(xLabel))</text>
              <text x="18" y="\(n((top + bottom) / 2))" text-anchor="middle" transform="rotate(-90 18 \(n((top + bottom) / 2)))">\(Self.escape(yLabel))</text>

            """
        for (index, run) in series.enumerated() {
            let color = Self.colors[index % Self.colors.count]
            let path = run.thinned(to: maximumPoints).points.enumerated().map { k, point in
                (k == 0 ? "M" : "L") + "\(n(x(Double(point.epoch)))),\(n(y(point.loss)))"
            }.joined(separator: " ")
            out += "  <path d=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" stroke-linejoin=\"round\">"
                + "<title>\(Self.escape(run.label))</title></path>\n"
        }
        if series.count > 1 {
            let longest = series.map(\.label.count).max() ?? 0
            let boxWidth = 40 + 7.5 * Double(longest), boxLeft = right - boxWidth - 8
            out += "  <rect x=\"\(n(boxLeft))\" y=\"\(n(top + 8))\" width=\"\(n(boxWidth))\" height=\"\(n(Double(series.count) * 20 + 8))\" "
                + "fill=\"white\" fill-opacity=\"0.9\" stroke=\"#bbbbbb\"/>\n"
            for (index, run) in series.enumerated() {
                let row = top + 24 + Double(index) * 20
                out += "  <line x1=\"\(n(boxLeft + 8))\" y1=\"\(n(row - 4))\" x2=\"\(n(boxLeft + 30))\" y2=\"\(n(row - 4))\" "
                    + "stroke=\"\(Self.colors[index % Self.colors.count])\" stroke-width=\"2\"/>\n"
                out += "  <text x=\"\(n(boxLeft + 36))\" y=\"\(n(row))\">\(Self.escape(run.label))</text>\n"
            }
        }
        return out + "</svg>\n"
    }

    /// A coordinate with one decimal.
    private func n(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A tick label with `decimals` decimals.
    private static func format(_ value: Double, _ decimals: Int) -> String {
        let text = String(format: "%.*f", decimals, value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// `text` with the five XML special characters escaped, and control characters (which
    /// XML 1.0 does not allow) dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out += " "
            default:
                if scalar.value >= 0x20, !(0xFFFE...0xFFFF).contains(scalar.value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
