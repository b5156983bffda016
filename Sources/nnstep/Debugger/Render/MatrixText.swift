import Explain
import Trace

/// The body of a value that `print` and `display` show: numbers, elided to fit the width, or a
/// ``HeatMap``.
struct MatrixText {
    /// Colours, or none.
    var palette: Palette
    /// Columns available.
    var width: Int

    /// Matrices with more rows or columns than this show as heat maps unless switched.
    static let largeSide = 8

    /// Whether `matrix` shows as a heat map: large ones do, unless `switched`; small ones do
    /// only when `switched`.
    static func showsHeatMap(_ matrix: Matrix, switched: Bool) -> Bool {
        (matrix.rows > largeSide || matrix.columns > largeSide) != switched
    }

    /// The lines of `matrix`, as numbers or as a heat map.
    func lines(_ matrix: Matrix, heatMap: Bool, texts: DebuggerTexts) -> [String] {
        if heatMap {
            return HeatMap(palette: palette, maxColumns: max(4, (width - 4) / 2)).lines(matrix, texts: texts)
        }
        let block = MatrixBlock(maxRows: 12, maxColumns: max(3, (width - 6) / 10))
        return block.lines(title: "", shape: matrix.shape, matrix: matrix, missing: "").dropFirst().map { "  " + $0 }
    }

    /// The most numbers of a column drawn one under another; longer columns wrap like rows.
    static let columnRows = 12

    /// Every number of a row or a column, indented: as one bracketed row (or a column of up to
    /// ``columnRows``) when it fits, otherwise wrapped, each line starting with the index of its
    /// first number, as R prints vectors:
    ///
    ///       [0]   0.0100   0.0200   0.0300 …
    ///      [10]   0.1100   0.1200   0.1300 …
    func vector(_ part: Matrix) -> [String] {
        let values = part.elements
        let full = MatrixBlock(maxRows: .max, maxColumns: .max)
        if part.columns == 1 && part.rows <= Self.columnRows {
            return full.body(part).map { "  " + $0 }
        }
        if part.rows == 1, let line = full.body(part).first, line.count + 2 <= width {
            return ["  " + line]
        }
        let cells = values.map { Matrix.fixed($0) }
        let cellWidth = cells.map(\.count).max() ?? 0
        let labelWidth = "[\(max(values.count - 1, 0))]".count
        let perLine = max(1, (width - 2 - labelWidth) / (cellWidth + 2))
        return stride(from: 0, to: cells.count, by: perLine).map { start in
            let label = "[\(start)]"
            let numbers = cells[start..<min(start + perLine, cells.count)]
                .map { String(repeating: " ", count: cellWidth - $0.count) + $0 }
            return "  " + String(repeating: " ", count: labelWidth - label.count) + label + "  " + numbers.joined(separator: "  ")
        }
    }
}
