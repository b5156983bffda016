import Foundation
import Trace

/// A matrix as an amsmath `pmatrix`, the way §2.2 of the notes writes `δ_out` or `ΔW₁`, with
/// one source line per row and the columns aligned:
///
/// ```latex
/// \begin{pmatrix}
///   -0.1327 \\
///    0.1090 \\
/// \end{pmatrix}
/// ```
///
/// A matrix larger than the limits is elided: the first `limit − 2` rows (columns), then
/// `\vdots` (`\cdots`, and `\ddots` where both meet), then the last one; its true shape is
/// stated under it (`\underset{[784 \times 128]}{…}`), so a 784-column matrix is never written.
public struct LaTeXMatrix: Sendable, Equatable {
    /// Rows written in full; past it the matrix is elided (at least 3).
    public var maxRows: Int
    /// Columns written in full; past it the matrix is elided (at least 3).
    public var maxColumns: Int
    /// How each element is written.
    public var number: LaTeXNumber

    /// A renderer with the given limits (8×8 by default) and number format.
    public init(maxRows: Int = 8, maxColumns: Int = 8, number: LaTeXNumber = LaTeXNumber()) {
        self.maxRows = max(maxRows, 3)
        self.maxColumns = max(maxColumns, 3)
        self.number = number
    }

    /// `matrix` as a `pmatrix`, indented by `indent` on its inner lines.
    /// A one-row matrix takes one line.
    public func render(_ matrix: Matrix, indent: String = "") -> String {
        if matrix.rows == 1 {
            let row = renderRow(matrix)
            return matrix.columns > maxColumns ? "\\underset{[1 \\times \(matrix.columns)]}{\(row)}" : row
        }
        let rows = Self.kept(matrix.rows, limit: maxRows)
        let columns = Self.kept(matrix.columns, limit: maxColumns)
        let format = cellFormat(matrix)
        let cells: [[String]] = rows.map { r in
            columns.map { c in
                switch (r, c) {
                case let (r?, c?): return format(matrix[r, c], c)
                case (nil, nil): return "\\ddots"
                case (nil, _): return "\\vdots"
                case (_, nil): return "\\cdots"
                }
            }
        }
        let widths = columns.indices.map { c in cells.map { $0[c].count }.max() ?? 0 }
        let lines = cells.enumerated().map { index, row in
            let padded = row.enumerated().map { c, cell in String(repeating: " ", count: widths[c] - cell.count) + cell }
            return indent + "  " + padded.joined(separator: " & ") + (index == cells.count - 1 ? "" : " \\\\")
        }
        let body = "\\begin{pmatrix}\n" + lines.joined(separator: "\n") + "\n" + indent + "\\end{pmatrix}"
        guard matrix.rows > maxRows || matrix.columns > maxColumns else { return body }
        return "\\underset{[\(matrix.rows) \\times \(matrix.columns)]}{" + body + "}"
    }

    /// Row `index` of `matrix` as a tuple, `(-0.0232,\ 0.0199)`, as the notes write `(b_1, b_1)`:
    /// narrower than a `pmatrix`, for the terms of a sum of rows. Elided like the rest.
    public func tuple(_ matrix: Matrix, row index: Int) -> String {
        let format = cellFormat(matrix)
        let cells = Self.kept(matrix.columns, limit: maxColumns).map { c in
            c.map { format(matrix[index, $0], $0).replacingOccurrences(of: "\\phantom{-}", with: "") } ?? "\\dots"
        }
        return "(" + cells.joined(separator: ",\\ ") + ")"
    }

    /// A one-row matrix on one line: `\begin{pmatrix} 0.1000 & -0.1000 \end{pmatrix}`.
    private func renderRow(_ row: Matrix) -> String {
        let columns = Self.kept(row.columns, limit: maxColumns)
        let format = cellFormat(row)
        let cells = columns.map { c in c.map { format(row[0, $0], $0) } ?? "\\cdots" }
        return "\\begin{pmatrix} " + cells.joined(separator: " & ") + " \\end{pmatrix}"
    }

    /// How the elements of `matrix` are written: whole numbers (`0`, `1`: data such as `X`) when
    /// every element is one, otherwise ``number``; in a column with negative numbers the others
    /// get a `\phantom{-}`, so that the decimal points line up in `pmatrix`'s centred columns.
    private func cellFormat(_ matrix: Matrix) -> (Double, Int) -> String {
        let integral = matrix.elements.allSatisfy { $0.rounded() == $0 && abs($0) < LaTeXNumber.largeThreshold }
        var signed = Array(repeating: false, count: matrix.columns)
        for (index, x) in matrix.elements.enumerated() where x < 0 { signed[index % matrix.columns] = true }
        return { x, column in
            let text = integral ? String(Int(x)) : number.format(x)
            return signed[column] && !text.hasPrefix("-") ? "\\phantom{-}" + text : text
        }
    }

    /// Indices to show out of `count`: all of them, or the first `limit − 2`, a gap (`nil`) and
    /// the last one.
    static func kept(_ count: Int, limit: Int) -> [Int?] {
        guard count > limit else { return Array(0..<count) }
        return Array(0..<(limit - 2)) + [nil, count - 1]
    }
}
