extension Matrix {
    /// `result += factor · source`, element by element; both of the same shape.
    public static func addScaled(_ source: Matrix, by factor: Double, into result: inout Matrix) {
        precondition(source.hasSameShape(as: result), "addScaled needs equal shapes")
        source.elements.withUnsafeBufferPointer { s in
            result.elements.withUnsafeMutableBufferPointer { r in
                for i in 0..<r.count { r[i] += factor * s[i] }
            }
        }
    }

    /// `self −= other`, element by element; both of the same shape.
    public mutating func subtract(_ other: Matrix) {
        precondition(hasSameShape(as: other), "subtract needs equal shapes")
        other.elements.withUnsafeBufferPointer { o in
            elements.withUnsafeMutableBufferPointer { e in
                for i in 0..<e.count { e[i] -= o[i] }
            }
        }
    }

    /// Copies rows `indices` of `source`, in that order, into `result` (one row each).
    public static func gatherRows(_ source: Matrix, _ indices: ArraySlice<Int>, into result: inout Matrix) {
        precondition(result.rows == indices.count && result.columns == source.columns, "gatherRows needs room for every row")
        let columns = source.columns
        source.elements.withUnsafeBufferPointer { s in
            result.elements.withUnsafeMutableBufferPointer { r in
                for (row, index) in indices.enumerated() {
                    let from = index * columns, to = row * columns
                    for column in 0..<columns { r[to + column] = s[from + column] }
                }
            }
        }
    }

    /// The Euclidean (Frobenius) norm `‖M‖ = √(Σ m²)`: the size of a delta (§3.1).
    public var norm: Double {
        var sum = 0.0
        for value in elements { sum += value * value }
        return sum.squareRoot()
    }
}
