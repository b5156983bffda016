/// A convolutional layer's two rules (notes §4.1): `F` filters of `k × k` slide over the input
/// maps, stride 1, no padding, and each position gives one number per filter.
///
/// Layout. A batch of inputs is a ``Matrix`` `[batch × C·H·W]`, one example per row, channel-major
/// (see ``TensorShape``); the output is `[batch × F·oh·ow]` the same way, with `oh = H − k + 1`,
/// `ow = W − k + 1`. The weights are a matrix `W` `[C·k·k × F]`: column `f` is filter `f`, its
/// rows ordered by channel `c`, then filter row `i`, then filter column `j`; the bias is `[1 × F]`.
///
/// Forward. Written out, output `(f, y, x)` of an example is
///
///     Z[f, y, x] = Σ_c Σ_i Σ_j A[c, y + i, x + j] · W[(c, i, j), f] + b[f]
///
/// (a cross-correlation, as the notes say). It is computed as a matrix product, the notes' `X·W`:
/// every `k × k` patch of every channel is laid out as one row of the *patch matrix* `P`
/// (`[batch·oh·ow × C·k·k]`, row `(example, y, x)`, "im2col"), and
///
///     Z' = P·W + b        [batch·oh·ow × C·k·k]·[C·k·k × F] + [1 × F] → [batch·oh·ow × F]
///
/// holds one row per position; writing it channel-major gives `Z`.
///
/// Backward, given `G = ∂E/∂Z` `[batch × F·oh·ow]` and `G'` the same numbers one row per position
/// (the rules are linear in `G`, so the notes' `−∂E/∂Z` gives the `−` gradients just as well):
///
///     ∂E/∂W = Pᵀ·G'        [C·k·k × batch·oh·ow]·[batch·oh·ow × F] → [C·k·k × F]
///     ∂E/∂b = Σ G          over the examples and the positions → [1 × F]
///     ∂E/∂P = G'·Wᵀ        [batch·oh·ow × F]·[F × C·k·k] → [batch·oh·ow × C·k·k]
///     ∂E/∂A = col2im(∂E/∂P): every patch element added back to the input position it came from
///
/// The type holds its scratch matrices (patches and the position-major copies), so a trainer
/// keeps one `Conv2DOp` per layer and calls it every batch without allocating; the buffers are
/// re-made only when the batch size changes. ``backward(_:weights:weightGradient:biasGradient:inputGradient:)``
/// uses the patches of the last ``forward(_:weights:bias:into:)``.
public struct Conv2DOp: Sendable {
    /// The shape of one input example.
    public let inputShape: TensorShape
    /// Number of filters `F` (output channels).
    public let filters: Int
    /// The side `k` of the square filters.
    public let kernel: Int
    /// The shape of one output example: `F × (H − k + 1) × (W − k + 1)`.
    public let outputShape: TensorShape

    /// The patch matrix `P` of the last forward: `[batch·oh·ow × C·k·k]`.
    public private(set) var patches = Matrix(rows: 0, columns: 0)
    /// One row per position: `Z'` going forward, then `G'` going back.
    private var positionRows = Matrix(rows: 0, columns: 0)
    /// `∂E/∂P`, the gradient of the patch matrix.
    private var patchGradient = Matrix(rows: 0, columns: 0)

    /// A layer of `filters` filters of `kernel × kernel` over inputs of `inputShape`.
    ///
    /// - Precondition: the kernel fits the input (`kernel ≤ height` and `kernel ≤ width`).
    public init(inputShape: TensorShape, filters: Int, kernel: Int) {
        precondition(kernel >= 1 && kernel <= inputShape.height && kernel <= inputShape.width && filters >= 1,
                     "a \(kernel)×\(kernel) convolution cannot run over \(inputShape)")
        self.inputShape = inputShape
        self.filters = filters
        self.kernel = kernel
        self.outputShape = Conv2DOp.outputShape(of: inputShape, filters: filters, kernel: kernel)
    }

    /// `F × (H − k + 1) × (W − k + 1)`: 1×28×28 with 32 filters of 3×3 gives 32×26×26.
    public static func outputShape(of input: TensorShape, filters: Int, kernel: Int) -> TensorShape {
        TensorShape(channels: filters, height: input.height - kernel + 1, width: input.width - kernel + 1)
    }

    /// Rows of the weight matrix: `C·k·k`, the numbers of one patch.
    public var patchSize: Int { inputShape.channels * kernel * kernel }

    /// The shape of the weight matrix, `[C·k·k × F]`.
    public var weightShape: Shape { Shape(rows: patchSize, columns: filters) }

    // MARK: Forward

    /// `Z = conv(A, W) + b` for a batch `[batch × C·H·W]`, returning `[batch × F·oh·ow]`.
    public mutating func forward(_ input: Matrix, weights: Matrix, bias: Matrix) -> Matrix {
        var output = Matrix(rows: input.rows, columns: outputShape.count)
        forward(input, weights: weights, bias: bias, into: &output)
        return output
    }

    /// `Z = conv(A, W) + b`, into `output` `[batch × F·oh·ow]`; keeps the patches for backward.
    public mutating func forward(_ input: Matrix, weights: Matrix, bias: Matrix, into output: inout Matrix) {
        input.withUnsafeMatrix { a in
            weights.withUnsafeMatrix { w in
                bias.withUnsafeMatrix { b in output.withUnsafeMutableMatrix { forward(a, weights: w, bias: b, into: $0) } }
            }
        }
    }

    /// `Z = conv(A, W) + b` from views, into `output`; keeps the patches for backward.
    mutating func forward(_ input: UnsafeMatrix, weights: UnsafeMatrix, bias: UnsafeMatrix, into output: UnsafeMatrix) {
        precondition(input.columns == inputShape.count,
                     "a convolution over \(inputShape) needs \(inputShape.count) columns, not \(input.columns)")
        precondition(weights.rows == patchSize && weights.columns == filters,
                     "a convolution \(inputShape) → \(outputShape) needs weights [\(patchSize)×\(filters)], not \(weights.shape.bracketed)")
        precondition(bias.rows == 1 && bias.columns == filters, "a convolution of \(filters) filters needs a bias [1×\(filters)]")
        precondition(output.rows == input.rows && output.columns == outputShape.count,
                     "convolution output \(output.shape.bracketed) for \(input.rows) examples of \(outputShape)")
        prepare(batch: input.rows)
        im2col(input)
        patches.withUnsafeMatrix { p in
            positionRows.withUnsafeMutableMatrix { UnsafeMatrix.product(p, weights, into: $0) }
        }
        let positions = outputShape.mapSize, f = filters
        let (b, out) = (bias.elements, output.elements)
        positionRows.elements.withUnsafeBufferPointer { rows in
            for example in 0..<input.rows {
                let start = example * positions * f
                for filter in 0..<f {
                    let bf = b[filter]
                    let base = start + filter * positions
                    for p in 0..<positions {
                        out[base + p] = rows[start + p * f + filter] + bf
                    }
                }
            }
        }
    }

    /// The convolution of a batch without keeping an op: `[batch × C·H·W] → [batch × F·oh·ow]`.
    public static func forward(_ input: Matrix, inputShape: TensorShape, weights: Matrix, bias: Matrix,
                               kernel: Int) -> Matrix {
        var op = Conv2DOp(inputShape: inputShape, filters: weights.columns, kernel: kernel)
        return op.forward(input, weights: weights, bias: bias)
    }

    // MARK: Backward

    /// The gradients of the weights, the bias and the input from `G = ∂E/∂Z` of the last forward:
    /// `Pᵀ·G'` `[C·k·k × F]`, `Σ G` `[1 × F]`, `col2im(G'·Wᵀ)` `[batch × C·H·W]`.
    public mutating func backward(_ outputGradient: Matrix, weights: Matrix,
                                  weightGradient: inout Matrix, biasGradient: inout Matrix,
                                  inputGradient: inout Matrix) {
        outputGradient.withUnsafeMatrix { g in
            weights.withUnsafeMatrix { w in
                weightGradient.withUnsafeMutableMatrix { dw in
                    biasGradient.withUnsafeMutableMatrix { db in
                        inputGradient.withUnsafeMutableMatrix { da in
                            backward(g, weights: w, weightGradient: dw, biasGradient: db, inputGradient: da)
                        }
                    }
                }
            }
        }
    }

    /// Only the weights' and the bias's gradients, `Pᵀ·G'` and `Σ G`: for a first layer, whose
    /// input (the image) needs no gradient.
    public mutating func backwardParameters(_ outputGradient: Matrix, weightGradient: inout Matrix,
                                            biasGradient: inout Matrix) {
        outputGradient.withUnsafeMatrix { g in
            weightGradient.withUnsafeMutableMatrix { dw in
                biasGradient.withUnsafeMutableMatrix { db in backwardParameters(g, weightGradient: dw, biasGradient: db) }
            }
        }
    }

    /// The three gradients, from and into views.
    mutating func backward(_ outputGradient: UnsafeMatrix, weights: UnsafeMatrix,
                           weightGradient: UnsafeMatrix, biasGradient: UnsafeMatrix, inputGradient: UnsafeMatrix) {
        backwardParameters(outputGradient, weightGradient: weightGradient, biasGradient: biasGradient)
        precondition(weights.rows == patchSize && weights.columns == filters,
                     "convolution weights must be [\(patchSize)×\(filters)], not \(weights.shape.bracketed)")
        precondition(inputGradient.rows == outputGradient.rows && inputGradient.columns == inputShape.count,
                     "convolution input gradient \(inputGradient.shape.bracketed) for \(outputGradient.rows) examples of \(inputShape)")
        positionRows.withUnsafeMatrix { g in
            patchGradient.withUnsafeMutableMatrix { UnsafeMatrix.productTransposingRight(g, weights, into: $0) }
        }
        col2im(into: inputGradient)
    }

    /// The weights' and the bias's gradients, from and into views.
    mutating func backwardParameters(_ outputGradient: UnsafeMatrix, weightGradient: UnsafeMatrix,
                                     biasGradient: UnsafeMatrix) {
        let batch = outputGradient.rows
        precondition(outputGradient.columns == outputShape.count,
                     "a convolution gradient needs \(outputShape.count) columns, not \(outputGradient.columns)")
        precondition(patches.rows == batch * outputShape.mapSize,
                     "a convolution's backward needs the forward of the same batch (\(batch) examples) first")
        precondition(weightGradient.rows == patchSize && weightGradient.columns == filters,
                     "convolution weight gradient must be [\(patchSize)×\(filters)], not \(weightGradient.shape.bracketed)")
        precondition(biasGradient.rows == 1 && biasGradient.columns == filters,
                     "convolution bias gradient must be [1×\(filters)], not \(biasGradient.shape.bracketed)")
        let positions = outputShape.mapSize, f = filters
        let (g, db) = (outputGradient.elements, biasGradient.elements)
        positionRows.elements.withUnsafeMutableBufferPointer { rows in
            for filter in 0..<f { db[filter] = 0 }
            for example in 0..<batch {
                let base = example * positions * f
                for filter in 0..<f {
                    let source = base + filter * positions
                    var sum = 0.0
                    for p in 0..<positions {
                        let value = g[source + p]
                        rows[base + p * f + filter] = value
                        sum += value
                    }
                    db[filter] += sum
                }
            }
        }
        patches.withUnsafeMatrix { p in
            positionRows.withUnsafeMatrix { UnsafeMatrix.productTransposingLeft(p, $0, into: weightGradient) }
        }
    }

    /// The three gradients without keeping an op; runs the forward first to build the patches.
    public static func backward(_ outputGradient: Matrix, input: Matrix, inputShape: TensorShape,
                                weights: Matrix, bias: Matrix, kernel: Int)
        -> (weights: Matrix, bias: Matrix, input: Matrix) {
        var op = Conv2DOp(inputShape: inputShape, filters: weights.columns, kernel: kernel)
        _ = op.forward(input, weights: weights, bias: bias)
        var dW = Matrix(rows: weights.rows, columns: weights.columns)
        var db = Matrix(rows: 1, columns: weights.columns)
        var dA = Matrix(rows: input.rows, columns: input.columns)
        op.backward(outputGradient, weights: weights, weightGradient: &dW, biasGradient: &db, inputGradient: &dA)
        return (dW, db, dA)
    }

    // MARK: Patches

    /// Re-makes the scratch matrices when the batch size changes.
    private mutating func prepare(batch: Int) {
        let rows = batch * outputShape.mapSize
        if patches.rows != rows || patches.columns != patchSize {
            patches = Matrix(rows: rows, columns: patchSize)
            positionRows = Matrix(rows: rows, columns: filters)
            patchGradient = Matrix(rows: rows, columns: patchSize)
        }
    }

    /// `P[(e, y, x), (c, i, j)] = A[e][c, y + i, x + j]`: each filter row `i` is `k` contiguous
    /// numbers of the input.
    private mutating func im2col(_ input: UnsafeMatrix) {
        let (channels, height, width) = (inputShape.channels, inputShape.height, inputShape.width)
        let (oh, ow, k) = (outputShape.height, outputShape.width, kernel)
        let size = patchSize, mapSize = height * width, exampleSize = inputShape.count
        patches.elements.withUnsafeMutableBufferPointer { p in
            guard let a = input.elements.baseAddress, let p = p.baseAddress else { return }
            var row = p
            for example in 0..<input.rows {
                let image = a + example * exampleSize
                for y in 0..<oh {
                    for x in 0..<ow {
                        var column = row
                        for c in 0..<channels {
                            var source = image + c * mapSize + y * width + x
                            for _ in 0..<k {
                                for j in 0..<k { column[j] = source[j] }
                                column += k
                                source += width
                            }
                        }
                        row += size
                    }
                }
            }
        }
    }

    /// `∂E/∂A`: every element of `∂E/∂P` added to the input position its patch element came from
    /// (positions covered by several patches sum their contributions).
    private func col2im(into inputGradient: UnsafeMatrix) {
        let (channels, height, width) = (inputShape.channels, inputShape.height, inputShape.width)
        let (oh, ow, k) = (outputShape.height, outputShape.width, kernel)
        let size = patchSize, mapSize = height * width, exampleSize = inputShape.count
        let batch = inputGradient.rows
        patchGradient.elements.withUnsafeBufferPointer { dp in
            guard let dp = dp.baseAddress, let da = inputGradient.elements.baseAddress else { return }
            da.update(repeating: 0, count: batch * exampleSize)
            var row = dp
            for example in 0..<batch {
                let image = da + example * exampleSize
                for y in 0..<oh {
                    for x in 0..<ow {
                        var column = row
                        for c in 0..<channels {
                            var target = image + c * mapSize + y * width + x
                            for _ in 0..<k {
                                for j in 0..<k { target[j] += column[j] }
                                column += k
                                target += width
                            }
                        }
                        row += size
                    }
                }
            }
        }
    }
}
