/// The dimensions of a matrix or tensor, outermost first: `[4, 2]` is 4 rows by 2 columns.
///
/// Shapes print the way the course notes write them: `4×2`, or `[4×2]` with ``bracketed``.
public struct Shape: Hashable, Sendable, CustomStringConvertible {
    /// The size of each dimension, outermost first.
    public var dimensions: [Int]

    /// A shape with the given dimensions, outermost first.
    public init(_ dimensions: [Int]) {
        self.dimensions = dimensions
    }

    /// A two-dimensional shape.
    public init(rows: Int, columns: Int) {
        self.dimensions = [rows, columns]
    }

    /// The number of elements a value of this shape holds.
    public var count: Int { dimensions.reduce(1, *) }

    /// `4×2`: the dimensions joined by the multiplication sign.
    public var description: String { dimensions.map(String.init).joined(separator: "×") }

    /// `[4×2]`: the notation of the formulas' shape lines.
    public var bracketed: String { "[\(description)]" }
}
