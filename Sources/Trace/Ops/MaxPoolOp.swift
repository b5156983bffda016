/// Max-pooling's two rules (notes §4): each channel is cut into `s × s` blocks (stride `s`) and
/// each block keeps only its largest value. Sizes that `s` does not divide are rounded down, as
/// PyTorch does: the last rows and columns that do not fill a block are dropped (11×11 → 5×5).
///
/// Forward, for output `(c, y, x)` of an example:
///
///     P[c, y, x] = max over 0 ≤ i, j < s of A[c, s·y + i, s·x + j]
///
/// and the op records where that maximum was (the first one in row-major order on ties).
///
/// Backward, given `G = ∂E/∂P`: the maximum is the only input that moved the output, so
///
///     ∂E/∂A[c, u, v] = G[c, y, x]   if (u, v) is the recorded maximum of block (y, x)
///                      0            elsewhere (also in the dropped rows and columns)
///
/// Inputs and outputs are batches stored channel-major, one example per row (see ``TensorShape``).
/// The type keeps the positions of the last forward, so ``backward(_:into:)`` follows it.
public struct MaxPoolOp: Sendable {
    /// The shape of one input example.
    public let inputShape: TensorShape
    /// The side `s` of the blocks, which is also the stride.
    public let size: Int
    /// The shape of one output example: `C × ⌊H/s⌋ × ⌊W/s⌋`.
    public let outputShape: TensorShape
    /// For every output number of the last batch (row-major over `[batch × C·oh·ow]`), the column of
    /// the input row that held the maximum: `c·H·W + u·W + v`.
    public private(set) var argmax: [Int] = []

    /// A pooling of `size × size` blocks over inputs of `inputShape`.
    public init(inputShape: TensorShape, size: Int = 2) {
        precondition(size >= 1 && size <= inputShape.height && size <= inputShape.width,
                     "a \(size)×\(size) pooling cannot run over \(inputShape)")
        self.inputShape = inputShape
        self.size = size
        self.outputShape = MaxPoolOp.outputShape(of: inputShape, size: size)
    }

    /// `C × ⌊H/s⌋ × ⌊W/s⌋`: 32×26×26 gives 32×13×13, 64×11×11 gives 64×5×5.
    public static func outputShape(of input: TensorShape, size: Int = 2) -> TensorShape {
        TensorShape(channels: input.channels, height: input.height / size, width: input.width / size)
    }

    /// The pooled batch, `[batch × C·H·W] → [batch × C·oh·ow]`.
    public mutating func forward(_ input: Matrix) -> Matrix {
        var output = Matrix(rows: input.rows, columns: outputShape.count)
        forward(input, into: &output)
        return output
    }

    /// The pooled batch, into `output`; records the position of every maximum.
    public mutating func forward(_ input: Matrix, into output: inout Matrix) {
        input.withUnsafeMatrix { a in output.withUnsafeMutableMatrix { forward(a, into: $0) } }
    }

    /// `∂E/∂A` from `G = ∂E/∂P` of the last forward: each gradient at its block's maximum.
    public func backward(_ outputGradient: Matrix) -> Matrix {
        var inputGradient = Matrix(rows: outputGradient.rows, columns: inputShape.count)
        backward(outputGradient, into: &inputGradient)
        return inputGradient
    }

    /// `∂E/∂A`, into `inputGradient` `[batch × C·H·W]`.
    public func backward(_ outputGradient: Matrix, into inputGradient: inout Matrix) {
        outputGradient.withUnsafeMatrix { g in inputGradient.withUnsafeMutableMatrix { backward(g, into: $0) } }
    }

    // MARK: On views (the trainer's form; the forms above call these)

    /// The pooled batch from a view, into `output`; records the position of every maximum.
    mutating func forward(_ input: UnsafeMatrix, into output: UnsafeMatrix) {
        precondition(input.columns == inputShape.count,
                     "a pooling over \(inputShape) needs \(inputShape.count) columns, not \(input.columns)")
        precondition(output.rows == input.rows && output.columns == outputShape.count,
                     "pooling output \(output.shape.bracketed) for \(input.rows) examples of \(outputShape)")
        let count = input.rows * outputShape.count
        if argmax.count != count { argmax = Array(repeating: 0, count: count) }
        let (channels, height, width) = (inputShape.channels, inputShape.height, inputShape.width)
        let (oh, ow, s) = (outputShape.height, outputShape.width, size)
        let inputSize = inputShape.count
        argmax.withUnsafeMutableBufferPointer { positions in
            guard let image0 = input.elements.baseAddress, let out = output.elements.baseAddress,
                  let positions = positions.baseAddress else { return }
            var o = 0
            for example in 0..<input.rows {
                let image = image0 + example * inputSize
                for c in 0..<channels {
                    for y in 0..<oh {
                        let top = c * height * width + s * y * width
                        for x in 0..<ow {
                            // The block's first element, then the others in row-major order;
                            // only a strictly larger value moves the maximum (first on ties).
                            var best = top + s * x
                            var largest = image[best]
                            for i in 0..<s {
                                let rowStart = top + i * width + s * x
                                for j in 0..<s {
                                    let value = image[rowStart + j]
                                    if value > largest {
                                        largest = value
                                        best = rowStart + j
                                    }
                                }
                            }
                            out[o] = largest
                            positions[o] = best
                            o += 1
                        }
                    }
                }
            }
        }
    }

    /// `∂E/∂A` from a view of `G = ∂E/∂P`, into `inputGradient`.
    func backward(_ outputGradient: UnsafeMatrix, into inputGradient: UnsafeMatrix) {
        precondition(outputGradient.columns == outputShape.count && outputGradient.count == argmax.count,
                     "a pooling's backward needs the forward of the same batch first")
        precondition(inputGradient.rows == outputGradient.rows && inputGradient.columns == inputShape.count,
                     "pooling input gradient \(inputGradient.shape.bracketed) for \(outputGradient.rows) examples of \(inputShape)")
        let inputSize = inputShape.count, outputSize = outputShape.count
        let (g, da) = (outputGradient.elements, inputGradient.elements)
        argmax.withUnsafeBufferPointer { positions in
            for i in 0..<da.count { da[i] = 0 }
            for example in 0..<outputGradient.rows {
                let image = example * inputSize, start = example * outputSize
                for o in start..<(start + outputSize) { da[image + positions[o]] += g[o] }
            }
        }
    }
}
