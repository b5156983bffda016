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
}
