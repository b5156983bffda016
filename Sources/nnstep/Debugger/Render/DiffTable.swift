import Explain
import Trace

/// Two values of a matrix side by side, and their difference with ▲ (up, green), ▼ (down, red)
/// or = (unchanged) on each entry, so that the direction reads with colour off too.
struct DiffTable {
    /// Colours, or none.
    var palette: Palette
    /// Columns available.
    var width: Int

    /// Rows shown before eliding with ⋮ (the first ones and the last).
    static let maxRows = 12

    /// The lines comparing `before` and `after` (same shape) under the titles `titles`
    /// (before, after, change).
    func lines(before: Matrix, after: Matrix, titles: [String]) -> [String] {
        let cellWidth = 10, blocks = 3
        let columnLimit = max(1, (width - 4 - blocks * 5) / (blocks * cellWidth))
        // The same name has the same shape in every epoch; a trace edited by hand may not, and then
        // only the part both values have is compared.
        let rows = Self.kept(min(before.rows, after.rows), limit: Self.maxRows)
        let columns = Self.kept(min(before.columns, after.columns), limit: columnLimit)
        func cells(_ text: (Int, Int) -> String) -> [[String]] {
            rows.map { r in columns.map { c in
                guard let r, let c else { return r == nil ? (c == nil ? "⋱" : "⋮") : "⋯" }
                return text(r, c)
            } }
        }
        let plain = [cells { Matrix.fixed(before[$0, $1]) }, cells { Matrix.fixed(after[$0, $1]) },
                     cells { Self.change(after[$0, $1] - before[$0, $1]) }]
        let widths = plain.map { block in columns.indices.map { c in block.map { $0[c].count }.max() ?? 0 } }
        let blockWidths = widths.map { $0.reduce(0, +) + 2 * max($0.count - 1, 0) + 4 }
        var lines = ["  " + titles.enumerated().map { index, title in
            index < titles.count - 1 ? title.padding(to: blockWidths[min(index, 2)]) : title
        }.joined(separator: "  ")]
        for row in rows.indices {
            let parts = (0..<blocks).map { block in
                "[ " + columns.indices.map { c in
                    let cell = plain[block][row][c]
                    return String(repeating: " ", count: widths[block][c] - cell.count) + (block == 2 ? paint(cell) : cell)
                }.joined(separator: "  ") + " ]"
            }
            lines.append("  " + parts.joined(separator: "  "))
        }
        return lines
    }

    /// `+0.0028▲`, `-0.0185▼` or `0.0000=`.
    static func change(_ delta: Double) -> String {
        let text = DebuggerTexts.signed(delta)
        return text + (delta > 0 ? "▲" : delta < 0 ? "▼" : "=")
    }

    /// A change cell in green (up) or red (down).
    private func paint(_ cell: String) -> String {
        if cell.hasSuffix("▲") { return palette.paint(cell, .increase) }
        if cell.hasSuffix("▼") { return palette.paint(cell, .decrease) }
        return cell
    }

    /// Indices to show out of `count`: all, or — as the step shows matrices — the first and the
    /// last ones around a gap (`nil`).
    private static func kept(_ count: Int, limit: Int) -> [Int?] {
        guard count > limit, limit >= 3 else { return Array(0..<min(count, max(limit, 1))) }
        return MatrixBlock.kept(count, limit: limit)
    }
}

private extension String {
    /// The string padded with spaces to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
