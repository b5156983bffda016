import Trace

/// A matrix drawn as shades instead of numbers, for matrices too large to read: each cell is two
/// characters of one of five shades, from the smallest value (`··`) to the largest (`██`), and, with
/// colour on, a colour scale from blue to red. A legend gives the scale's ends.
///
/// A matrix wider (or taller) than the room is binned: each cell then stands for the mean of a
/// block of values, and the legend says how many.
struct HeatMap {
    /// The shades, lowest level first.
    static let shades: [Character] = ["·", "░", "▒", "▓", "█"]
    /// What a cell whose values are not all finite shows.
    static let nonFinite = "!!"

    /// Colours, or none.
    var palette: Palette
    /// The most cells across.
    var maxColumns: Int
    /// The most cells down.
    var maxRows = 16

    /// The level (0 … shades − 1) of `value` on a scale from `low` to `high`.
    static func level(_ value: Double, low: Double, high: Double) -> Int {
        guard high > low else { return shades.count / 2 }
        let fraction = (value - low) / (high - low)
        return min(shades.count - 1, max(0, Int(fraction * Double(shades.count))))
    }

    /// The lines of the map of `matrix`, then its legend, worded by `texts`.
    func lines(_ matrix: Matrix, texts: DebuggerTexts) -> [String] {
        let binRows = (matrix.rows + maxRows - 1) / max(maxRows, 1)
        let binColumns = (matrix.columns + max(maxColumns, 1) - 1) / max(maxColumns, 1)
        let cells = binned(matrix, rows: max(binRows, 1), columns: max(binColumns, 1))
        let finite = cells.joined().filter(\.isFinite)
        let low = finite.min() ?? 0, high = finite.max() ?? 0
        var lines = cells.map { row in
            "  " + row.map { value -> String in
                guard value.isFinite else { return Self.nonFinite }
                let level = Self.level(value, low: low, high: high)
                return palette.paint(String(repeating: Self.shades[level], count: 2), .heat(level))
            }.joined()
        }
        let scale = Self.shades.indices.map { palette.paint(String(repeating: Self.shades[$0], count: 2), .heat($0)) }
        lines.append("  " + texts.text(.debuggerHeatMapLegend, ["scale": scale.joined(separator: " "),
                                                                "low": DebuggerTexts.number(low),
                                                                "high": DebuggerTexts.number(high)]))
        if binRows > 1 || binColumns > 1 {
            lines.append("  " + texts.text(.debuggerHeatMapBinned, ["rows": "\(max(binRows, 1))",
                                                                    "columns": "\(max(binColumns, 1))"]))
        }
        return lines
    }

    /// The means of blocks of `rows` × `columns` values (smaller at the edges).
    private func binned(_ matrix: Matrix, rows: Int, columns: Int) -> [[Double]] {
        stride(from: 0, to: matrix.rows, by: rows).map { top in
            stride(from: 0, to: matrix.columns, by: columns).map { left in
                var sum = 0.0, count = 0
                for r in top..<min(top + rows, matrix.rows) {
                    for c in left..<min(left + columns, matrix.columns) {
                        sum += matrix[r, c]
                        count += 1
                    }
                }
                return sum / Double(count)
            }
        }
    }
}
