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

    /// A batch of `rows` examples, each an image of `image`: `[rows × C × H × W]`, stored as a
    /// matrix of `rows × (C·H·W)`.
    public init(rows: Int, image: TensorShape) {
        self.dimensions = [rows, image.channels, image.height, image.width]
    }

    /// Rows of the matrix that holds a value of this shape: the outermost dimension.
    public var rows: Int { dimensions.first ?? 1 }

    /// Columns of that matrix: every inner dimension multiplied (`C·H·W` for a batch of images).
    public var columns: Int { dimensions.dropFirst().reduce(1, *) }

    /// The image each row holds, for a shape `[rows × C × H × W]`.
    public var image: TensorShape? {
        dimensions.count == 4 ? TensorShape(channels: dimensions[1], height: dimensions[2], width: dimensions[3]) : nil
    }

    /// The number of elements a value of this shape holds.
    public var count: Int { dimensions.reduce(1, *) }

    /// `4×2`: the dimensions joined by the multiplication sign.
    public var description: String { dimensions.map(String.init).joined(separator: "×") }

    /// `[4×2]`: the notation of the formulas' shape lines.
    public var bracketed: String { "[\(description)]" }
}
