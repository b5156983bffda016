/// A dense matrix of `Double`, stored row by row.
///
/// Rows are examples and columns are features or neurons, as in the course notes' row-major
/// convention `Z = X·W + b`: `X` is `[examples × inputs]`, `W` is `[inputs × neurons]`.
/// The type is a value: copies are independent (copy-on-write through the array).
public struct Matrix: Equatable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements, row after row: element `(r, c)` is at `r * columns + c`.
    public internal(set) var elements: [Double]

    /// A `rows × columns` matrix with every element equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "a matrix cannot have a negative dimension")
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: rows * columns)
    }

    /// A `rows × columns` matrix from its elements in row-major order.
    ///
    /// The caller guarantees `elements.count == rows * columns`; code that reads user input
    /// uses ``init(validating:)`` instead, which reports ragged rows instead of trapping.
    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(elements.count == rows * columns, "\(elements.count) elements cannot fill \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from nested rows, such as `[[0, 0], [0, 1]]`; `nil` when the rows differ in length.
    public init?(validating nestedRows: [[Double]]) {
        let width = nestedRows.first?.count ?? 0
        guard nestedRows.allSatisfy({ $0.count == width }) else { return nil }
        self.init(rows: nestedRows.count, columns: width, elements: nestedRows.flatMap { $0 })
    }

    /// A matrix from nested rows written in code, which must all have the same length.
    public init(_ nestedRows: [[Double]]) {
        guard let matrix = Matrix(validating: nestedRows) else {
            preconditionFailure("the rows of a matrix literal must have the same length")
        }
        self = matrix
    }

    /// The matrix's shape, `rows × columns`.
    public var shape: Shape { Shape(rows: rows, columns: columns) }

    /// Whether `other` has the same number of rows and columns (cheaper than comparing shapes).
    public func hasSameShape(as other: Matrix) -> Bool {
        rows == other.rows && columns == other.columns
    }

    /// The element at row `row` and column `column`, both counted from 0.
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// The rows as nested arrays, the way the trace file and JSON write them.
    public var nestedRows: [[Double]] {
        (0..<rows).map { r in Array(elements[(r * columns)..<((r + 1) * columns)]) }
    }

    /// Row `row` as a `1 × columns` matrix.
    public func row(_ row: Int) -> Matrix {
        Matrix(rows: 1, columns: columns, elements: Array(elements[(row * columns)..<((row + 1) * columns)]))
    }

    /// Column `column` as a `rows × 1` matrix.
    public func column(_ column: Int) -> Matrix {
        Matrix(rows: rows, columns: 1, elements: (0..<rows).map { self[$0, column] })
    }

    /// `true` when no element is NaN or infinite.
    public var isFinite: Bool { elements.allSatisfy { $0.isFinite } }
}
