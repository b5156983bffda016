extension Matrix {
    /// `result += factor · source`, element by element; both of the same shape.
    public static func addScaled(_ source: Matrix, by factor: Double, into result: inout Matrix) {
        source.withUnsafeMatrix { s in result.withUnsafeMutableMatrix { UnsafeMatrix.addScaled(s, by: factor, into: $0) } }
    }

    /// `self −= other`, element by element; both of the same shape.
    public mutating func subtract(_ other: Matrix) {
        other.withUnsafeMatrix { other in withUnsafeMutableMatrix { $0.subtract(other) } }
    }

    /// Copies rows `indices` of `source`, in that order, into `result` (one row each).
    public static func gatherRows(_ source: Matrix, _ indices: ArraySlice<Int>, into result: inout Matrix) {
        source.withUnsafeMatrix { s in result.withUnsafeMutableMatrix { UnsafeMatrix.gatherRows(s, indices, into: $0) } }
    }

    /// The Euclidean (Frobenius) norm `‖M‖ = √(Σ m²)`: the size of a delta (§3.1).
    public var norm: Double {
        var sum = 0.0
        for value in elements { sum += value * value }
        return sum.squareRoot()
    }
}

extension UnsafeMatrix {
    /// `result += factor · source`, element by element; both of the same shape.
    static func addScaled(_ source: UnsafeMatrix, by factor: Double, into result: UnsafeMatrix) {
        precondition(source.hasSameShape(as: result), "addScaled needs equal shapes")
        let (s, r) = (source.elements, result.elements)
        for i in 0..<r.count { r[i] += factor * s[i] }
    }

    /// Subtracts `other`, of the same shape, element by element.
    func subtract(_ other: UnsafeMatrix) {
        precondition(hasSameShape(as: other), "subtract needs equal shapes")
        let (e, o) = (elements, other.elements)
        for i in 0..<e.count { e[i] -= o[i] }
    }

    /// Copies rows `indices` of `source`, in that order, into `result` (one row each).
    static func gatherRows(_ source: UnsafeMatrix, _ indices: ArraySlice<Int>, into result: UnsafeMatrix) {
        precondition(result.rows == indices.count && result.columns == source.columns, "gatherRows needs room for every row")
        let columns = source.columns
        guard columns > 0, let s = source.elements.baseAddress, var r = result.elements.baseAddress else { return }
        for index in indices {
            precondition(index >= 0 && index < source.rows, "row \(index) of \(source.rows)")
            r.update(from: s + index * columns, count: columns)
            r += columns
        }
    }
}
