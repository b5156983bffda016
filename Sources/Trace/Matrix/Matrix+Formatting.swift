import Foundation

/// Plain-text renderings of numbers and matrices, for the terminal and the annotations.
extension Matrix {
    /// `x` with exactly `digits` decimals, `-0.0000` printed as `0.0000`, never an exponent.
    ///
    /// NaN and infinities print as `NaN`, `∞` and `−∞` so that they stand out.
    public static func fixed(_ x: Double, digits: Int = 4) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "−∞") }
        let text = String(format: "%.*f", digits, x)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// The matrix as text lines, one per row, with columns right-aligned on their decimal point.
    ///
    /// - Parameter digits: decimals of every element.
    /// - Returns: `rows` lines such as `[ 0.5250  -0.1200 ]`; an empty matrix gives `[ ]`.
    public func formattedLines(digits: Int = 4) -> [String] {
        guard rows > 0, columns > 0 else { return ["[ ]"] }
        let cells = elements.map { Matrix.fixed($0, digits: digits) }
        var widths = Array(repeating: 0, count: columns)
        for (index, cell) in cells.enumerated() {
            widths[index % columns] = max(widths[index % columns], cell.count)
        }
        return (0..<rows).map { r in
            let row = (0..<columns).map { c -> String in
                let cell = cells[r * columns + c]
                return String(repeating: " ", count: widths[c] - cell.count) + cell
            }
            return "[ " + row.joined(separator: "  ") + " ]"
        }
    }
}
