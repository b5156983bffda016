/// Flattening (notes §4.2, `x.view(-1, 64 * 5 * 5)`): from maps `C × H × W` to one row of
/// `C·H·W` numbers per example, for the dense layers that follow.
///
/// Batches of maps are already stored one example per row, channel-major (see ``TensorShape``),
/// so flattening changes only how the row is read, never a number: forward and backward are the
/// identity. The op exists to say so, to check the width, and to give the layer's output width.
public enum FlattenOp {
    /// The width of the flattened rows: `C·H·W` (64×5×5 → 1600).
    public static func outputColumns(of shape: TensorShape) -> Int { shape.count }

    /// The same matrix, now read as `[batch × C·H·W]` rows of features.
    public static func forward(_ input: Matrix, shape: TensorShape) -> Matrix {
        precondition(input.columns == shape.count, "cannot flatten \(input.shape.bracketed) as maps of \(shape)")
        return input
    }

    /// The same gradient, read back as maps of `shape`.
    public static func backward(_ outputGradient: Matrix, shape: TensorShape) -> Matrix {
        precondition(outputGradient.columns == shape.count, "cannot unflatten \(outputGradient.shape.bracketed) into maps of \(shape)")
        return outputGradient
    }
}
