/// How long the lines of a trace can be, so that the reader rejects an absurd line before it
/// spends time and memory parsing it.
///
/// An event line holds one matrix of the run plus a few short fields, so its length is bounded
/// by the largest matrix the header's network can produce: `X` and every `Z`, `A`, `δ` are
/// `[examples × units]`, and every `W_l` is `[units of layer l−1 × units of layer l]`.
extension TraceHeader {
    /// The longest header line the reader accepts (1 MiB); a real header is a few hundred bytes.
    public static let maximumHeaderBytes = 1 << 20

    /// Bytes a line may spend on one number: the longest number the writer produces,
    /// `-2.2250738585072014e-308` (24 bytes), with its comma and the brackets of a one-column row.
    public static let bytesPerNumber = 32

    /// Bytes a line may spend on everything but its values: keys, names, shapes, the formula.
    public static let lineOverheadBytes = 64 << 10

    /// The number of elements of the largest matrix a run of this network produces.
    public var largestMatrixElements: Double {
        let widths = [network.inputs] + network.layers.map(\.units)
        var largest = 1.0
        for (layer, units) in widths.enumerated() {
            largest = max(largest, Double(examples) * Double(units))
            if layer > 0 { largest = max(largest, Double(widths[layer - 1]) * Double(units)) }
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
