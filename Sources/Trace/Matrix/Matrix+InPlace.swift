/// The same operations as `Matrix+Arithmetic.swift`, writing into a matrix that already has the
/// result's shape, so that a training loop allocates nothing once its buffers exist.
///
/// Each sums in the same order as its allocating twin, so results are bit-for-bit identical.
/// The three products hand large shapes to ``MatrixProduct`` (cache blocks, SIMD, all cores),
/// which keeps that order for every element too; tiny ones, such as XOR's, run the loops below.
///
/// Every operation is written once, on ``UnsafeMatrix`` views (what the trainer uses); the
/// ``Matrix`` forms open views and call it.
extension Matrix {
    /// `result = a · b`, each element summed in increasing `k`.
    public static func product(_ a: Matrix, _ b: Matrix, into result: inout Matrix) {
        a.withUnsafeMatrix { a in
            b.withUnsafeMatrix { b in result.withUnsafeMutableMatrix { UnsafeMatrix.product(a, b, into: $0) } }
        }
    }

    /// `result = aᵀ · b` without forming `aᵀ`: element `(i, j)` is `Σₖ a[k,i]·b[k,j]`, summed in
    /// increasing `k`.
    public static func productTransposingLeft(_ a: Matrix, _ b: Matrix, into result: inout Matrix) {
        a.withUnsafeMatrix { a in
            b.withUnsafeMatrix { b in
                result.withUnsafeMutableMatrix { UnsafeMatrix.productTransposingLeft(a, b, into: $0) }
            }
        }
    }

    /// `result = a · bᵀ` without forming `bᵀ`: element `(i, j)` is `Σₖ a[i,k]·b[j,k]`, summed in
    /// increasing `k`.
    public static func productTransposingRight(_ a: Matrix, _ b: Matrix, into result: inout Matrix) {
        a.withUnsafeMatrix { a in
            b.withUnsafeMatrix { b in
                result.withUnsafeMutableMatrix { UnsafeMatrix.productTransposingRight(a, b, into: $0) }
            }
        }
    }

    /// Adds the `1×n` row `row` to every row of this matrix.
    public mutating func addRow(_ row: Matrix) {
        row.withUnsafeMatrix { row in withUnsafeMutableMatrix { $0.addRow(row) } }
    }

    /// `result[i] = transform(source[i])` for every element; both of the same shape.
    public static func map(_ source: Matrix, into result: inout Matrix, _ transform: (Double) -> Double) {
        source.withUnsafeMatrix { s in result.withUnsafeMutableMatrix { UnsafeMatrix.map(s, into: $0, transform) } }
    }

    /// `result[i] = combine(a[i], b[i])` for every element; all three of the same shape.
    public static func zipMap(_ a: Matrix, _ b: Matrix, into result: inout Matrix,
                              _ combine: (Double, Double) -> Double) {
        a.withUnsafeMatrix { a in
            b.withUnsafeMatrix { b in result.withUnsafeMutableMatrix { UnsafeMatrix.zipMap(a, b, into: $0, combine) } }
        }
    }

    /// `result = the column sums of source`, rows added top to bottom.
    public static func columnSums(_ source: Matrix, into result: inout Matrix) {
        source.withUnsafeMatrix { s in result.withUnsafeMutableMatrix { UnsafeMatrix.columnSums(s, into: $0) } }
    }

    /// Multiplies every element by `factor`.
    public mutating func scale(by factor: Double) {
        withUnsafeMutableMatrix { $0.scale(by: factor) }
    }

    /// Adds `other`, of the same shape, element by element.
    public mutating func add(_ other: Matrix) {
        other.withUnsafeMatrix { other in withUnsafeMutableMatrix { $0.add(other) } }
    }
}

extension UnsafeMatrix {
    /// `c = a · b`, each element summed in increasing `k`; then, with `row`, `c = c + row` on
    /// every row (the `1×n` `row` added to each sum as ``addRow(_:)`` would, in the same pass).
    static func product(_ a: UnsafeMatrix, _ b: UnsafeMatrix, into c: UnsafeMatrix, addingRow row: UnsafeMatrix? = nil) {
        precondition(a.columns == b.rows && c.rows == a.rows && c.columns == b.columns,
                     "cannot multiply \(a.shape.bracketed)·\(b.shape.bracketed) into \(c.shape.bracketed)")
        let m = a.rows, k = a.columns, n = b.columns
        if MatrixProduct.isWorthIt(rows: m, columns: n, depth: k) || k == 0 {
            if k == 0 {
                c.fill(with: 0)
            } else {
                MatrixProduct.multiply(.init(base: UnsafePointer(a.elements.baseAddress!), rowStride: k, columnStride: 1),
                                       .init(base: UnsafePointer(b.elements.baseAddress!), rowStride: n, columnStride: 1),
                                       into: c.elements.baseAddress!, rows: m, columns: n, depth: k)
            }
            if let row { c.addRow(row) }
            return
        }
        precondition(row.map { $0.rows == 1 && $0.columns == n } ?? true,
                     "cannot broadcast \(row?.shape.bracketed ?? "") over \(c.shape.bracketed)")
        // Pointers walk the operands (unchecked steps instead of checked index arithmetic).
        guard var left = UnsafePointer(a.elements.baseAddress), let b = UnsafePointer(b.elements.baseAddress),
              var out = c.elements.baseAddress else { return }
        let bias = UnsafePointer(row?.elements.baseAddress)
        for _ in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                var (a, b) = (left, b + j)
                for _ in 0..<k {
                    sum += a.pointee * b.pointee
                    a += 1
                    b += n
                }
                out[j] = bias.map { sum + $0[j] } ?? sum
            }
            left += k
            out += n
        }
    }

    /// `c = aᵀ · b`: element `(i, j)` is `Σₖ a[k,i]·b[k,j]`, summed in increasing `k`.
    static func productTransposingLeft(_ a: UnsafeMatrix, _ b: UnsafeMatrix, into c: UnsafeMatrix) {
        precondition(a.rows == b.rows && c.rows == a.columns && c.columns == b.columns,
                     "cannot multiply \(a.shape.bracketed)ᵀ·\(b.shape.bracketed) into \(c.shape.bracketed)")
        let m = a.columns, k = a.rows, n = b.columns
        if MatrixProduct.isWorthIt(rows: m, columns: n, depth: k) {
            MatrixProduct.multiply(.init(base: UnsafePointer(a.elements.baseAddress!), rowStride: 1, columnStride: m),
                                   .init(base: UnsafePointer(b.elements.baseAddress!), rowStride: n, columnStride: 1),
                                   into: c.elements.baseAddress!, rows: m, columns: n, depth: k)
            return
        }
        guard k > 0 else { return c.fill(with: 0) }
        guard let a = UnsafePointer(a.elements.baseAddress), let b = UnsafePointer(b.elements.baseAddress),
              var out = c.elements.baseAddress else { return }
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                var left = a + i, right = b + j
                for _ in 0..<k {
                    sum += left.pointee * right.pointee
                    left += m
                    right += n
                }
                out[j] = sum
            }
            out += n
        }
    }

    /// `c = a · bᵀ`: element `(i, j)` is `Σₖ a[i,k]·b[j,k]`, summed in increasing `k`.
    static func productTransposingRight(_ a: UnsafeMatrix, _ b: UnsafeMatrix, into c: UnsafeMatrix) {
        precondition(a.columns == b.columns && c.rows == a.rows && c.columns == b.rows,
                     "cannot multiply \(a.shape.bracketed)·\(b.shape.bracketed)ᵀ into \(c.shape.bracketed)")
        let m = a.rows, k = a.columns, n = b.rows
        if MatrixProduct.isWorthIt(rows: m, columns: n, depth: k) {
            MatrixProduct.multiply(.init(base: UnsafePointer(a.elements.baseAddress!), rowStride: k, columnStride: 1),
                                   .init(base: UnsafePointer(b.elements.baseAddress!), rowStride: 1, columnStride: k),
                                   into: c.elements.baseAddress!, rows: m, columns: n, depth: k)
            return
        }
        guard k > 0 else { return c.fill(with: 0) }
        guard var row = UnsafePointer(a.elements.baseAddress), let b = UnsafePointer(b.elements.baseAddress),
              var out = c.elements.baseAddress else { return }
        for _ in 0..<m {
            var column = b
            for j in 0..<n {
                var sum = 0.0
                for p in 0..<k { sum += row[p] * column[p] }
                out[j] = sum
                column += k
            }
            row += k
            out += n
        }
    }

    /// Adds the `1×n` row `row` to every row.
    func addRow(_ row: UnsafeMatrix) {
        precondition(row.rows == 1 && row.columns == columns, "cannot broadcast \(row.shape.bracketed) over \(shape.bracketed)")
        guard let b = UnsafePointer(row.elements.baseAddress), var c = elements.baseAddress else { return }
        for _ in 0..<rows {
            for j in 0..<columns { c[j] += b[j] }
            c += columns
        }
    }

    /// `result[i] = transform(source[i])` for every element; both of the same shape.
    @inline(__always)
    static func map(_ source: UnsafeMatrix, into result: UnsafeMatrix, _ transform: (Double) -> Double) {
        precondition(source.hasSameShape(as: result), "map from \(source.shape.bracketed) into \(result.shape.bracketed)")
        let (s, r) = (source.elements, result.elements)
        for i in 0..<r.count { r[i] = transform(s[i]) }
    }

    /// `result[i] = combine(a[i], b[i])` for every element; all three of the same shape.
    @inline(__always)
    static func zipMap(_ a: UnsafeMatrix, _ b: UnsafeMatrix, into result: UnsafeMatrix,
                       _ combine: (Double, Double) -> Double) {
        precondition(a.hasSameShape(as: b) && a.hasSameShape(as: result),
                     "element-wise operation on \(a.shape.bracketed), \(b.shape.bracketed) into \(result.shape.bracketed)")
        let (a, b, r) = (a.elements, b.elements, result.elements)
        for i in 0..<r.count { r[i] = combine(a[i], b[i]) }
    }

    /// `result = the column sums of source`, rows added top to bottom.
    ///
    /// Narrow matrices are summed a column at a time, in a register; wide ones a row at a time,
    /// several columns side by side. Each sum is `0 + s₀ + s₁ + …` either way.
    static func columnSums(_ source: UnsafeMatrix, into result: UnsafeMatrix) {
        precondition(result.rows == 1 && result.columns == source.columns, "column sums into \(result.shape.bracketed)")
        let n = source.columns, r = result.elements
        guard let first = UnsafePointer(source.elements.baseAddress), source.rows > 0 else {
            for j in 0..<n { r[j] = 0 }
            return
        }
        if n < 8 {
            for j in 0..<n {
                var sum = 0.0, s = first + j
                for _ in 0..<source.rows {
                    sum += s.pointee
                    s += n
                }
                r[j] = sum
            }
        } else {
            for j in 0..<n { r[j] = 0 }
            var s = first
            for _ in 0..<source.rows {
                for j in 0..<n { r[j] += s[j] }
                s += n
            }
        }
    }

    /// Sets every element to `value`.
    func fill(with value: Double) {
        let e = elements
        for i in 0..<e.count { e[i] = value }
    }

    /// Multiplies every element by `factor`.
    func scale(by factor: Double) {
        let e = elements
        for i in 0..<e.count { e[i] *= factor }
    }

    /// Adds `other`, of the same shape, element by element.
    func add(_ other: UnsafeMatrix) {
        precondition(hasSameShape(as: other), "cannot add \(other.shape.bracketed) to \(shape.bracketed)")
        let (e, o) = (elements, other.elements)
        for i in 0..<e.count { e[i] += o[i] }
    }
}
