/// How long the lines of a trace can be, so that the reader rejects an absurd line before it
/// spends time and memory parsing it.
///
/// An event line holds one matrix of the run plus a few short fields, so its length is bounded
/// by the largest matrix the header's network can produce: `X` and every `Z`, `A`, `δ` are
/// `[examples × units]` (or `[examples × C·H·W]` for maps), and every `W_l` is
/// `[units of layer l−1 × units of layer l]` (`[C·k·k × filters]` for a convolution).
extension TraceHeader {
    /// The longest header line the reader accepts (1 MiB); a real header is a few hundred bytes.
    public static let maximumHeaderBytes = 1 << 20

    /// Bytes a line may spend on one number: the longest number the writer produces,
    /// `-2.2250738585072014e-308` (24 bytes), with its comma and the brackets of a one-column row.
    public static let bytesPerNumber = 32

    /// Bytes a line may spend on everything but its values: keys, names, shapes, the formula.
    public static let lineOverheadBytes = 64 << 10

    /// The number of elements of the largest matrix a run of this network produces: the inputs,
    /// every layer's output for a batch (training or test examples, whichever are more), every
    /// weight matrix, and for a convolution the patches of its input
    /// `[batch·H'·W' × C·k·k]` and their products `[batch·H'·W' × filters]`.
    public var largestMatrixElements: Double {
        let rows = Double(max(examples, testExamples, 1))
        var largest = max(1, rows * Double(network.inputs))
        for stage in network.layout.stages {
            largest = max(largest, rows * Double(stage.output.width))
            guard stage.layer.hasWeights else { continue }
            let weights = stage.weightShape
            let fanIn = Double(weights.dimensions[0]), fanOut = Double(weights.dimensions[1])
            largest = max(largest, fanIn * fanOut)
            if case .conv2d = stage.layer.kind, let maps = stage.output.image {
                let positions = rows * Double(maps.height) * Double(maps.width)
                largest = max(largest, positions * fanIn, positions * fanOut)
            }
        }
        return largest
    }

    /// The longest event line a run with this header can write: the overhead plus
    /// ``bytesPerNumber`` for each element of the largest matrix, and never more than
    /// ``TraceFile/maximumLineBytes``.
    public var maximumEventLineBytes: Int {
        let bytes = Double(Self.lineOverheadBytes) + largestMatrixElements * Double(Self.bytesPerNumber)
        return Int(min(bytes, Double(TraceFile.maximumLineBytes)))
    }
}
