import Trace

/// A matrix as a block of text lines under a title such as `δ_out [4×1]`, shortened with `⋯`
/// and `⋮` when it is larger than the limits (the shape in the title always tells the truth).
public struct MatrixBlock: Sendable {
    /// Rows shown in full before eliding (the first `maxRows − 2` and the last one are kept).
    public var maxRows: Int
    /// Columns shown in full before eliding.
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
        let heading = "\(title) \(shape.bracketed)"
        guard let matrix else { return [heading, missing] }
        return [heading] + body(matrix)
    }

    /// The rows of `matrix`, elided past the limits.
    func body(_ matrix: Matrix) -> [String] {
        let rowIndices = Self.kept(matrix.rows, limit: maxRows)
        let columnIndices = Self.kept(matrix.columns, limit: maxColumns)
        var cells: [[String]] = rowIndices.map { r in
            columnIndices.map { c in
                guard let r, let c else { return r == nil ? "⋮" : "⋯" }
                return Matrix.fixed(matrix[r, c], digits: digits)
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

    /// Indices to show out of `count`: all of them, or the first `limit − 2`, a gap (`nil`) and
    /// the last one.
    static func kept(_ count: Int, limit: Int) -> [Int?] {
        guard count > limit, limit >= 3 else { return Array(0..<count) }
        return Array(0..<(limit - 2)) + [nil, count - 1]
    }
}
