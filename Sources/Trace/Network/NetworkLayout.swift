/// Every layer of a ``NetworkSpec`` with the shapes that flow in and out of it, and the names
/// its results get in traces.
///
/// Names follow the notes: weight layer `l` gives `Z_l` and `A_l`; a max-pool after it gives
/// `P_l`; a flatten gives `F`; a dropout after it gives the mask `M_l` and the output `D_l`.
public struct NetworkLayout: Equatable, Sendable {
    /// One layer and its shapes.
    public struct Stage: Equatable, Sendable {
        /// The layer.
        public var layer: LayerSpec
        /// The weight layer this stage is, or follows (0 before the first one).
        public var weightLayer: Int
        /// What one example looks like coming in.
        public var input: ExampleShape
        /// What one example looks like going out.
        public var output: ExampleShape
        /// Canonical name of the value coming in: `X`, `A1`, `P1`, `F`, `D2`.
        public var inputName: String
        /// Canonical name of the value going out (after the activation for weight layers).
        public var outputName: String

        /// `[in × out]` for a dense layer, `[C·k·k × filters]` for a convolution.
        public var weightShape: Shape {
            switch layer.kind {
            case .conv2d(let kernel):
                return Shape(rows: (input.image?.channels ?? 1) * kernel * kernel, columns: layer.units)
            default:
                return Shape(rows: input.width, columns: layer.units)
            }
        }

        /// `[1 × out]` for a dense layer, `[1 × filters]` for a convolution.
        public var biasShape: Shape { Shape(rows: 1, columns: layer.units) }
    }

    /// The stages, first layer first.
    public let stages: [Stage]

    /// The layout of `spec`. Shapes that cannot work (a kernel larger than its map) come out
    /// empty; ``problems(of:)`` says why.
    public init(spec: NetworkSpec) {
        var stages: [Stage] = []
        var current = ExampleShape(width: spec.inputs, image: spec.inputImage)
        var currentName = "X"
        var weightLayer = 0
        for layer in spec.layers {
            var output = current
            var outputName = currentName
            switch layer.kind {
            case .dense:
                weightLayer += 1
                output = ExampleShape(width: layer.units, image: nil)
                outputName = Notation.activationName(weightLayer)
            case .conv2d(let kernel):
                weightLayer += 1
                let image = current.image ?? TensorShape(channels: 1, height: 1, width: current.width)
                let out = TensorShape(channels: layer.units, height: max(0, image.height - kernel + 1),
                                      width: max(0, image.width - kernel + 1))
                output = ExampleShape(width: out.count, image: out)
                outputName = Notation.activationName(weightLayer)
            case .maxPool(let size):
                let image = current.image ?? TensorShape(channels: 1, height: 1, width: current.width)
                let out = TensorShape(channels: image.channels, height: image.height / max(size, 1),
                                      width: image.width / max(size, 1))
                output = ExampleShape(width: out.count, image: out)
                outputName = "P\(weightLayer)"
            case .flatten:
                output = ExampleShape(width: current.width, image: nil)
                outputName = "F"
            case .dropout:
                outputName = "D\(weightLayer)"
            }
            stages.append(Stage(layer: layer, weightLayer: weightLayer, input: current, output: output,
                                inputName: currentName, outputName: outputName))
            current = output
            currentName = outputName
        }
        self.stages = stages
    }

    /// The stages with weights: layer `l` is `weightStages[l − 1]`.
    public var weightStages: [Stage] { stages.filter(\.layer.hasWeights) }

    /// What the network's output looks like for one example.
    public var output: ExampleShape { stages.last?.output ?? ExampleShape(width: 0, image: nil) }

    /// Why `spec` cannot be trained, in layer order; empty when it can.
    public static func problems(of spec: NetworkSpec) -> [LayoutProblem] {
        var problems: [LayoutProblem] = []
        let layout = NetworkLayout(spec: spec)
        for (index, stage) in layout.stages.enumerated() {
            switch stage.layer.kind {
            case .dense:
                if stage.input.image != nil { problems.append(.denseNeedsFlatten(layer: index + 1)) }
            case .conv2d(let kernel):
                guard let image = stage.input.image else { problems.append(.needsImage(layer: index + 1)); continue }
                if kernel < 1 || kernel > min(image.height, image.width) {
                    problems.append(.kernelTooLarge(layer: index + 1, kernel: kernel, input: image))
                }
            case .maxPool(let size):
                guard let image = stage.input.image else { problems.append(.needsImage(layer: index + 1)); continue }
                if size < 1 || size > min(image.height, image.width) {
                    problems.append(.kernelTooLarge(layer: index + 1, kernel: size, input: image))
                }
            case .flatten:
                if stage.input.image == nil { problems.append(.needsImage(layer: index + 1)) }
            case .dropout(let rate):
                if !(rate >= 0 && rate < 1) { problems.append(.dropoutRate(layer: index + 1, rate: rate)) }
            }
        }
        if let last = spec.layers.last, !last.hasWeights || last.kind != .dense {
            problems.append(.lastLayerNotDense)
        }
        return problems
    }
}

/// What one example looks like between two layers: a row of `width` numbers, which may be
/// an image `C×H×W` laid out channel by channel.
public struct ExampleShape: Equatable, Sendable {
    /// Numbers per example.
    public var width: Int
    /// The image those numbers form, if they form one.
    public var image: TensorShape?

    /// An example of `width` numbers, an image when `image` is given.
    public init(width: Int, image: TensorShape?) {
        self.width = width
        self.image = image
    }
}

/// Why a network's layers do not fit together.
public enum LayoutProblem: Equatable, Sendable {
    /// A dense layer receives maps: a `flatten` must come first.
    case denseNeedsFlatten(layer: Int)
    /// A convolution, pooling or flatten receives a plain row, not an image.
    case needsImage(layer: Int)
    /// A kernel or pool larger than the maps it slides over.
    case kernelTooLarge(layer: Int, kernel: Int, input: TensorShape)
    /// A dropout rate outside `[0, 1)`.
    case dropoutRate(layer: Int, rate: Double)
    /// The output layer must be dense.
    case lastLayerNotDense
}
