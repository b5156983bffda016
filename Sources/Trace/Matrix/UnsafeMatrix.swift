/// A matrix seen through a pointer: `rows × columns` doubles, row by row as in ``Matrix``.
///
/// This is what the trainer hands its ops. Its numbers live in one block of memory
/// (``TrainerStorage``), and each step reads and writes them through views: a ``Matrix`` passed
/// from one step to the next would be retained and released, and checked for uniqueness before
/// every write, which for the XOR network costs more than its arithmetic. The operations of
/// `Matrix+InPlace.swift` are written once, on views; their ``Matrix`` forms open views and call
/// them.
///
/// A view is valid only while the memory it points into is (inside the `withUnsafe…` call that
/// gave its pointer, or while the trainer's storage lives), and the operations trust their
/// caller on one point: a view written to does not overlap a view read from.
struct UnsafeMatrix {
    /// The elements, row after row.
    let elements: UnsafeMutableBufferPointer<Double>
    /// Number of rows.
    let rows: Int
    /// Number of columns.
    let columns: Int

    /// A view of `rows × columns` elements starting at `start`.
    ///
    /// The caller guarantees `rows × columns` is the size of a matrix that exists (it is not checked
    /// for overflow).
    @inline(__always)
    init(_ start: UnsafeMutablePointer<Double>?, rows: Int, columns: Int) {
        self.elements = UnsafeMutableBufferPointer(start: start, count: rows &* columns)
        self.rows = rows
        self.columns = columns
    }

    /// Number of elements.
    var count: Int { elements.count }

    /// The shape, `rows × columns`.
    var shape: Shape { Shape(rows: rows, columns: columns) }

    /// Whether `other` has the same number of rows and columns.
    func hasSameShape(as other: UnsafeMatrix) -> Bool { rows == other.rows && columns == other.columns }

    /// `true` when no element is NaN or infinite.
    ///
    /// A double is NaN or infinite when its 11 exponent bits are all ones. Adding 1 to the
    /// exponent field carries into the top bit exactly then, so the OR of those sums has its top
    /// bit set exactly when some element is not finite: integer operations with no branch, which
    /// the compiler runs several elements at a time.
    @inline(__always)
    var isFinite: Bool {
        let exponent: UInt64 = 0x7FF0_0000_0000_0000, one: UInt64 = 0x0010_0000_0000_0000
        var carries: UInt64 = 0
        for x in elements { carries |= (x.bitPattern & exponent) &+ one }
        return carries & (1 << 63) == 0
    }

    /// A new ``Matrix`` holding a copy of the elements.
    func copied() -> Matrix {
        Matrix(rows: rows, columns: columns, elements: Array(elements))
    }

    /// Overwrites the elements with those of `source`, of the same shape.
    func copy(from source: UnsafeMatrix) {
        precondition(hasSameShape(as: source), "cannot copy \(source.shape.bracketed) into \(shape.bracketed)")
        guard count > 0 else { return }
        elements.baseAddress!.update(from: source.elements.baseAddress!, count: count)
    }
}

extension Matrix {
    /// Calls `body` with a view of the elements, which `body` must only read.
    func withUnsafeMatrix<Result>(_ body: (UnsafeMatrix) throws -> Result) rethrows -> Result {
        try elements.withUnsafeBufferPointer { buffer in
            try body(UnsafeMatrix(UnsafeMutablePointer(mutating: buffer.baseAddress), rows: rows, columns: columns))
        }
    }

    /// Calls `body` with a view of the elements, which `body` may change.
    mutating func withUnsafeMutableMatrix<Result>(_ body: (UnsafeMatrix) throws -> Result) rethrows -> Result {
        let (rows, columns) = (self.rows, self.columns)
        return try elements.withUnsafeMutableBufferPointer { buffer in
            try body(UnsafeMatrix(buffer.baseAddress, rows: rows, columns: columns))
        }
    }
}
