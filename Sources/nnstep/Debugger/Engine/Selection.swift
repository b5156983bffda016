import Trace

/// Applying a ``ValueExpression/Selection`` to a matrix, numpy style.
extension ValueExpression.Selection {
    /// An index past the matrix's end.
    enum OutOfRange: Error, Equatable {
        case row(Int), column(Int)
    }

    /// The selection with negative indices counted from the end of `shape`'s rows and columns
    /// (the columns of the matrix that holds it: `C·H·W` for a batch of images `[batch×C×H×W]`).
    ///
    /// - Throws: the first index that is still outside the matrix.
    func normalized(for shape: Shape) throws(OutOfRange) -> Self {
        let rows = shape.dimensions.first ?? 0, columns = shape.columns
        func row(_ index: Int) throws(OutOfRange) -> Int {
            let fixed = index < 0 ? index + rows : index
            guard (0..<rows).contains(fixed) else { throw .row(index) }
            return fixed
        }
        func column(_ index: Int) throws(OutOfRange) -> Int {
            let fixed = index < 0 ? index + columns : index
            guard (0..<columns).contains(fixed) else { throw .column(index) }
            return fixed
        }
        switch self {
        case .all: return .all
        case .row(let r): return .row(try row(r))
        case .column(let c): return .column(try column(c))
        case .entry(let r, let c): return .entry(try row(r), try column(c))
        case .slice(let c): return .slice(try row(c))
        }
    }

    /// The selected part of `matrix` (whose indices have been normalized for its shape).
    func apply(to matrix: Matrix) -> Matrix {
        switch self {
        case .all: return matrix
        case .row(let r), .slice(let r): return matrix.row(r)
        case .column(let c): return matrix.column(c)
        case .entry(let r, let c): return Matrix(rows: 1, columns: 1, repeating: matrix[r, c])
        }
    }

    /// What follows the name when the selection is written: `[0,:]`, or nothing for all of it.
    var suffix: String {
        ValueExpression(name: "", selection: self).description
    }
}

extension Matrix {
    /// Whether `entry`'s row and column (counted from 0) are inside the matrix: a trace edited by
    /// hand may give a name different shapes in different epochs.
    func contains(_ entry: Entry) -> Bool {
        (0..<rows).contains(entry.row) && (0..<columns).contains(entry.column)
    }
}
