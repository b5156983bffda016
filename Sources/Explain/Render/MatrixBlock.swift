import Trace

/// A matrix as a block of text lines under a title such as `δ_out [4×1]`, shortened the way numpy
/// prints large arrays when it is larger than the limits or than the width: its first and last
/// rows and columns, with `⋮`, `⋯` (and `⋱` where the two meet) in place of the others. The shape
/// in the title always tells the truth.
///
///     W₁ [64×128]
///     [  0.0100   0.0200   0.0300   0.0400  ⋯   1.2500   1.2600   1.2700 ]
///     …
///     [       ⋮        ⋮        ⋮        ⋮  ⋱        ⋮        ⋮        ⋮ ]
///     [ 63.0100  63.0200  63.0300  63.0400  ⋯  64.2500  64.2600  64.2700 ]
public struct MatrixBlock: Sendable {
    /// Rows shown before eliding (the first half of them and the last ones).
    public var maxRows: Int
    /// Columns shown before eliding, when the width allows that many.
    public var maxColumns: Int
    /// Decimals per element.
    public var digits: Int

    /// A renderer with the given limits.
    public init(maxRows: Int = 8, maxColumns: Int = 8, digits: Int = 4) {
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.digits = digits
    }

    /// The lines of `matrix` titled `title`; `nil` values render as a note that the epoch did
    /// not keep them.
    public func lines(title: String, shape: Shape, matrix: Matrix?, missing: String) -> [String] {
        lines(title: title, shape: shape, matrix: matrix, missing: missing, width: .max)
    }

    /// The lines of `matrix` titled `title`, its body at most `width` characters wide: columns
    /// that do not fit are elided too (down to three shown: the first, `⋯` and the last).
    public func lines(title: String, shape: Shape, matrix: Matrix?, missing: String, width: Int) -> [String] {
        let heading = "\(title) \(shape.bracketed)"
        guard let matrix else { return [heading, missing] }
        return [heading] + body(matrix, width: width)
    }

    /// The rows of `matrix`, elided past the limits and to `width` characters.
    public func body(_ matrix: Matrix, width: Int = .max) -> [String] {
        var limit = min(maxColumns, matrix.columns)
        while true {
            let lines = body(matrix, columnLimit: limit)
            if limit <= 3 || (lines.first?.count ?? 0) <= width { return lines }
            limit -= 1
        }
    }

    /// The rows of `matrix` with at most `columnLimit` columns shown.
    private func body(_ matrix: Matrix, columnLimit: Int) -> [String] {
        let rowIndices = Self.kept(matrix.rows, limit: maxRows)
        let columnIndices = Self.kept(matrix.columns, limit: columnLimit)
        var cells: [[String]] = rowIndices.map { r in
            columnIndices.map { c in
                switch (r, c) {
                case let (r?, c?): return Matrix.fixed(matrix[r, c], digits: digits)
                case (nil, nil): return "⋱"
                case (nil, _): return "⋮"
                case (_, nil): return "⋯"
                }
            }
        }
        let widths = columnIndices.indices.map { c in cells.map { $0[c].count }.max() ?? 0 }
        for r in cells.indices {
            for c in cells[r].indices {
                let cell = cells[r][c]
                cells[r][c] = String(repeating: " ", count: widths[c] - cell.count) + cell
            }
        }
        return cells.map { "[ " + $0.joined(separator: "  ") + " ]" }
    }

    /// Indices to show out of `count`: all of them, or — as numpy does — the first half of
    /// `limit − 1`, a gap (`nil`) and the last ones: `0 1 2 3 ⋯ 61 62 63` for 64 and a limit of 8.
    public static func kept(_ count: Int, limit: Int) -> [Int?] {
        guard count > limit, limit >= 3 else { return Array(0..<count) }
        let head = limit / 2, tail = limit - 1 - head
        return Array(0..<head) + [nil] + Array((count - tail)..<count)
    }
}
