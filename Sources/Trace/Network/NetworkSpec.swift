/// The architecture of a fully connected network: how many inputs, and each layer's size and
/// activation, from the first hidden layer to the output layer.
///
/// Layer `l` (from 1) has weights `W_l` of shape `[units of layer l−1 × units of layer l]` and a
/// bias row `b_l` of shape `[1 × units]`, so that `Z_l = A_{l−1}·W_l + b_l` (row-major, as in
/// the notes; `A_0` is `X`).
public struct NetworkSpec: Equatable, Sendable {
    /// Number of input features (columns of `X`).
    public var inputs: Int
    /// The layers, first hidden layer first, output layer last.
    public var layers: [LayerSpec]

    /// A network with `inputs` features and the given layers.
    public init(inputs: Int, layers: [LayerSpec]) {
        self.inputs = inputs
        self.layers = layers
    }

    /// Number of layers with weights (`L`): 2 for the notes' XOR network.
    public var depth: Int { layers.count }

    /// Number of neurons of layer `l`, where layer 0 is the input.
    public func units(ofLayer l: Int) -> Int { l == 0 ? inputs : layers[l - 1].units }

    /// The shape of `W_l`.
    public func weightShape(ofLayer l: Int) -> Shape { Shape(rows: units(ofLayer: l - 1), columns: units(ofLayer: l)) }

    /// The shape of `b_l`.
    public func biasShape(ofLayer l: Int) -> Shape { Shape(rows: 1, columns: units(ofLayer: l)) }

    /// `2-2-1`: the sizes of every layer, input included.
    public var summary: String { ([inputs] + layers.map(\.units)).map(String.init).joined(separator: "-") }
}

/// One dense layer: its number of neurons and its activation.
public struct LayerSpec: Equatable, Sendable {
    /// Number of neurons.
    public var units: Int
    /// Activation applied to the weighted sums.
    public var activation: Activation

    /// A layer of `units` neurons with `activation`.
    public init(units: Int, activation: Activation) {
        self.units = units
        self.activation = activation
    }
}
