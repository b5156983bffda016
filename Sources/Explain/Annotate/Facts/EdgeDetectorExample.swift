import Trace

/// The notes' edge detector (§4.1), computed by the engine's own convolution: the 3×3 filter
/// with columns −1, 0, 1 over a flat patch of 255s, and over a patch whose left column is
/// black (0) and the rest white (255).
struct EdgeDetectorExample {
    /// The response on the flat patch: `−765 + 0 + 765 = 0`.
    let flat: Double
    /// The response on the black-to-white edge: `0 + 0 + 765 = 765`.
    let edge: Double

    init() {
        let filter = Matrix(rows: 9, columns: 1, elements: [-1, 0, 1, -1, 0, 1, -1, 0, 1])
        let patches = Matrix([[Double](repeating: 255, count: 9), [0, 255, 255, 0, 255, 255, 0, 255, 255]])
        let responses = Conv2DOp.forward(patches, inputShape: TensorShape(channels: 1, height: 3, width: 3),
                                         weights: filter, bias: Matrix(rows: 1, columns: 1), kernel: 3)
        flat = responses[0, 0]
        edge = responses[1, 0]
    }
}
