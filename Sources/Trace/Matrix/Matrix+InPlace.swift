/// The same operations as `Matrix+Arithmetic.swift`, writing into a matrix that already has the
/// result's shape, so that a training loop allocates nothing once its buffers exist.
///
/// Each sums in the same order as its allocating twin, so results are bit-for-bit identical.
/// The three products hand large shapes to ``MatrixProduct`` (cache blocks, SIMD, all cores),
/// which keeps that order for every element too; tiny ones, such as XOR's, run the loops below.
extension Matrix {
    /// `result = a · b`, each element summed in increasing `k`.
    public static func product(_ a: Matrix, _ b: Matrix, into result: inout Matrix) {
        precondition(a.columns == b.rows && result.rows == a.rows && result.columns == b.columns,
                     "cannot multiply \(a.shape.bracketed)·\(b.shape.bracketed) into \(result.shape.bracketed)")
        let m = a.rows, k = a.columns, n = b.columns
        a.elements.withUnsafeBufferPointer { a in
            b.elements.withUnsafeBufferPointer { b in
                result.elements.withUnsafeMutableBufferPointer { c in
                    if MatrixProduct.isWorthIt(rows: m, columns: n, depth: k) {
                        MatrixProduct.multiply(.init(base: a.baseAddress!, rowStride: k, columnStride: 1),
                                               .init(base: b.baseAddress!, rowStride: n, columnStride: 1),
                                               into: c.baseAddress!, rows: m, columns: n, depth: k)
                        return
                    }
                    for i in 0..<m {
                        for j in 0..<n { c[i * n + j] = 0 }
                        for p in 0..<k {
                            let aip = a[i * k + p]
                            for j in 0..<n { c[i * n + j] += aip * b[p * n + j] }
                        }
                    }
                }
            }
        }
    }

    /// `result = aᵀ · b` without forming `aᵀ`: element `(i, j)` is `Σₖ a[k,i]·b[k,j]`, summed in
    /// increasing `k`.
    public static func productTransposingLeft(_ a: Matrix, _ b: Matrix, into result: inout Matrix) {
        precondition(a.rows == b.rows && result.rows == a.columns && result.columns == b.columns,
                     "cannot multiply \(a.shape.bracketed)ᵀ·\(b.shape.bracketed) into \(result.shape.bracketed)")
        let m = a.columns, k = a.rows, n = b.columns
        a.elements.withUnsafeBufferPointer { a in
            b.elements.withUnsafeBufferPointer { b in
                result.elements.withUnsafeMutableBufferPointer { c in
                    if MatrixProduct.isWorthIt(rows: m, columns: n, depth: k) {
                        MatrixProduct.multiply(.init(base: a.baseAddress!, rowStride: 1, columnStride: m),
                                               .init(base: b.baseAddress!, rowStride: n, columnStride: 1),
                                               into: c.baseAddress!, rows: m, columns: n, depth: k)
                        return
                    }
                    for index in 0..<(m * n) { c[index] = 0 }
                    for p in 0..<k {
                        for i in 0..<m {
                            let api = a[p * m + i]
                            for j in 0..<n { c[i * n + j] += api * b[p * n + j] }
                        }
                    }
                }
            }
        }
    }

    /// `result = a · bᵀ` without forming `bᵀ`: element `(i, j)` is `Σₖ a[i,k]·b[j,k]`, summed in
    /// increasing `k`.
    public static func productTransposingRight(_ a: Matrix, _ b: Matrix, into result: inout Matrix) {
        precondition(a.columns == b.columns && result.rows == a.rows && result.columns == b.rows,
                     "cannot multiply \(a.shape.bracketed)·\(b.shape.bracketed)ᵀ into \(result.shape.bracketed)")
        let m = a.rows, k = a.columns, n = b.rows
        a.elements.withUnsafeBufferPointer { a in
            b.elements.withUnsafeBufferPointer { b in
                result.elements.withUnsafeMutableBufferPointer { c in
                    if MatrixProduct.isWorthIt(rows: m, columns: n, depth: k) {
                        MatrixProduct.multiply(.init(base: a.baseAddress!, rowStride: k, columnStride: 1),
                                               .init(base: b.baseAddress!, rowStride: 1, columnStride: k),
                                               into: c.baseAddress!, rows: m, columns: n, depth: k)
                        return
                    }
                    for i in 0..<m {
                        for j in 0..<n {
                            var sum = 0.0
                            for p in 0..<k { sum += a[i * k + p] * b[j * k + p] }
                            c[i * n + j] = sum
                        }
                    }
                }
            }
        }
    }

    /// Adds the `1×n` row `row` to every row of this matrix.
    public mutating func addRow(_ row: Matrix) {
        precondition(row.rows == 1 && row.columns == columns, "cannot broadcast \(row.shape.bracketed) over \(shape.bracketed)")
        let n = columns
        row.elements.withUnsafeBufferPointer { b in
            elements.withUnsafeMutableBufferPointer { c in
                for r in 0..<rows {
                    for j in 0..<n { c[r * n + j] += b[j] }
                }
            }
        }
    }

    /// `result[i] = transform(source[i])` for every element; both of the same shape.
    public static func map(_ source: Matrix, into result: inout Matrix, _ transform: (Double) -> Double) {
        precondition(source.hasSameShape(as: result), "map from \(source.shape.bracketed) into \(result.shape.bracketed)")
        source.elements.withUnsafeBufferPointer { s in
            result.elements.withUnsafeMutableBufferPointer { r in
                for i in 0..<s.count { r[i] = transform(s[i]) }
            }
        }
    }

    /// `result[i] = combine(a[i], b[i])` for every element; all three of the same shape.
    public static func zipMap(_ a: Matrix, _ b: Matrix, into result: inout Matrix,
                              _ combine: (Double, Double) -> Double) {
        precondition(a.hasSameShape(as: b) && a.hasSameShape(as: result),
                     "element-wise operation on \(a.shape.bracketed), \(b.shape.bracketed) into \(result.shape.bracketed)")
        a.elements.withUnsafeBufferPointer { a in
            b.elements.withUnsafeBufferPointer { b in
                result.elements.withUnsafeMutableBufferPointer { r in
                    for i in 0..<r.count { r[i] = combine(a[i], b[i]) }
                }
            }
        }
    }

    /// `result = the column sums of source`, rows added top to bottom.
    public static func columnSums(_ source: Matrix, into result: inout Matrix) {
        precondition(result.rows == 1 && result.columns == source.columns, "column sums into \(result.shape.bracketed)")
        let n = source.columns
        source.elements.withUnsafeBufferPointer { s in
            result.elements.withUnsafeMutableBufferPointer { r in
                for j in 0..<n { r[j] = 0 }
                for row in 0..<source.rows {
                    for j in 0..<n { r[j] += s[row * n + j] }
                }
            }
        }
    }

    /// Multiplies every element by `factor`.
    public mutating func scale(by factor: Double) {
        elements.withUnsafeMutableBufferPointer { e in
            for i in 0..<e.count { e[i] *= factor }
        }
    }

    /// Adds `other`, of the same shape, element by element.
    public mutating func add(_ other: Matrix) {
        precondition(hasSameShape(as: other), "cannot add \(other.shape.bracketed) to \(shape.bracketed)")
        other.elements.withUnsafeBufferPointer { o in
            elements.withUnsafeMutableBufferPointer { e in
                for i in 0..<e.count { e[i] += o[i] }
            }
        }
    }
}
