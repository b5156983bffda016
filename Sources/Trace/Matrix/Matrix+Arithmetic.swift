/// The operations the lessons need, each named as the course notes write it.
///
/// Every operation checks its shapes with a precondition: the network checks a lesson's shapes
/// before training, so a mismatch here is a programming error, never a user's.
extension Matrix {
    /// The matrix product `self · other`: `[m×k]·[k×n] → [m×n]`.
    ///
    /// Each element is `Σₖ self[i,k]·other[k,j]`, summed in increasing `k`.
    public func dot(_ other: Matrix) -> Matrix {
        precondition(columns == other.rows, "cannot multiply \(shape.bracketed)·\(other.shape.bracketed)")
        var result = Matrix(rows: rows, columns: other.columns)
        let n = other.columns
        elements.withUnsafeBufferPointer { a in
            other.elements.withUnsafeBufferPointer { b in
                result.elements.withUnsafeMutableBufferPointer { c in
                    for i in 0..<rows {
                        for k in 0..<columns {
                            let aik = a[i * columns + k]
                            for j in 0..<n {
                                c[i * n + j] += aik * b[k * n + j]
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// The transpose `selfᵀ`: `[m×n] → [n×m]`, element `(i, j)` moves to `(j, i)`.
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for r in 0..<rows {
            for c in 0..<columns {
                result.elements[c * rows + r] = elements[r * columns + c]
            }
        }
        return result
    }

    /// Applies `transform` to every element.
    public func map(_ transform: (Double) -> Double) -> Matrix {
        Matrix(rows: rows, columns: columns, elements: elements.map(transform))
    }

    /// Combines two matrices of the same shape element by element.
    public func zipMap(_ other: Matrix, _ combine: (Double, Double) -> Double) -> Matrix {
        precondition(hasSameShape(as: other), "element-wise operation on \(shape.bracketed) and \(other.shape.bracketed)")
        var result = self
        for i in elements.indices {
            result.elements[i] = combine(elements[i], other.elements[i])
        }
        return result
    }

    /// The Hadamard product `self ⊙ other`: element by element, both of the same shape.
    public func hadamard(_ other: Matrix) -> Matrix { zipMap(other, *) }

    /// Adds a `1×n` row vector to every row of an `m×n` matrix (numpy's broadcasting of `+ b`).
    public func addingRow(_ row: Matrix) -> Matrix {
        precondition(row.rows == 1 && row.columns == columns, "cannot broadcast \(row.shape.bracketed) over \(shape.bracketed)")
        var result = self
        for r in 0..<rows {
            for c in 0..<columns {
                result.elements[r * columns + c] += row.elements[c]
            }
        }
        return result
    }

    /// The sum of each column as a `1×n` row: numpy's `np.sum(M, axis=0, keepdims=True)`.
    ///
    /// Rows are added in order, top to bottom.
    public var columnSums: Matrix {
        var result = Matrix(rows: 1, columns: columns)
        for r in 0..<rows {
            for c in 0..<columns {
                result.elements[c] += elements[r * columns + c]
            }
        }
        return result
    }

    /// The mean of all elements (numpy's `M.mean()`), summed in row-major order.
    public var mean: Double {
        elements.isEmpty ? 0 : elements.reduce(0, +) / Double(elements.count)
    }

    /// Element-wise sum.
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.zipMap(rhs, +) }

    /// Element-wise difference.
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.zipMap(rhs, -) }

    /// Every element times a scalar.
    public static func * (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 * rhs } }
}
