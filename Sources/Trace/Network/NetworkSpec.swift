/// The architecture of a network: what one example looks like, and its layers from the first
/// hidden layer to the output layer.
///
/// A weight layer `l` (from 1; dense or convolutional) has weights `W_l` and a bias row `b_l`
/// so that `Z_l = A_{l−1}·W_l + b_l` (row-major, as in the notes; `A_0` is `X`). For a
/// convolution the product is taken over every `k×k` patch: `W_l` is `[C·k·k × filters]`, one
/// filter per column. ``NetworkLayout`` works out every layer's shapes.
public struct NetworkSpec: Equatable, Sendable {
    /// Number of input features (columns of `X`); `channels·height·width` for an image.
    public var inputs: Int
    /// The shape of one input example when it is an image (convolutional networks).
    public var inputImage: TensorShape?
    /// The layers, first hidden layer first, output layer last.
    public var layers: [LayerSpec]

    /// A network with `inputs` features and the given layers.
    public init(inputs: Int, layers: [LayerSpec]) {
        self.inputs = inputs
        self.layers = layers
    }

    /// A network whose examples are images of `inputImage`.
    public init(inputImage: TensorShape, layers: [LayerSpec]) {
        self.inputs = inputImage.count
        self.inputImage = inputImage
        self.layers = layers
    }

    /// The layers with weights, in order: layer `l` is `weightLayers[l − 1]`.
    public var weightLayers: [LayerSpec] { layers.filter(\.hasWeights) }

    /// Number of layers with weights (`L`): 2 for the notes' XOR network.
    public var depth: Int { layers.reduce(0) { $0 + ($1.hasWeights ? 1 : 0) } }

    /// Whether every layer is dense: the networks of §1–§3.
    public var isDense: Bool { layers.allSatisfy { $0.kind == .dense } }

    /// Number of outputs of weight layer `l` for one example (its neurons, or its filters times
    /// its map size), where layer 0 is the input.
    public func units(ofLayer l: Int) -> Int {
        guard l > 0 else { return inputs }
        return layout.weightStages[l - 1].output.width
    }

    /// The shape of `W_l`.
    public func weightShape(ofLayer l: Int) -> Shape { layout.weightStages[l - 1].weightShape }

    /// The shape of `b_l`.
    public func biasShape(ofLayer l: Int) -> Shape { layout.weightStages[l - 1].biasShape }

    /// Every layer's input and output shapes.
    public var layout: NetworkLayout { NetworkLayout(spec: self) }

    /// `2-2-1` for a dense network (the sizes of every layer, input included);
    /// `1×28×28 → conv 32 → maxpool → …` otherwise.
    public var summary: String {
        if isDense { return ([inputs] + layers.map(\.units)).map(String.init).joined(separator: "-") }
        let input = inputImage.map(\.description) ?? String(inputs)
        return ([input] + layers.map { layer -> String in
            switch layer.kind {
            case .dense: return "\(layer.units)"
            case .conv2d(let kernel): return "conv \(layer.units)@\(kernel)×\(kernel)"
            case .maxPool(let size): return "maxpool \(size)×\(size)"
            case .flatten: return "flatten"
            case .dropout(let rate): return "dropout \(rate)"
            }
        }).joined(separator: " → ")
    }
}
