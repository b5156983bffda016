/// One layer of a network, as a lesson file describes it.
///
/// Dense and convolutional layers carry weights and an activation, and are numbered `l = 1…L`
/// as in the notes (`Z_l`, `A_l`, `W_l`); pooling, flattening and dropout only reshape or
/// filter what the previous layer produced.
public struct LayerSpec: Equatable, Sendable {
    /// What the layer does.
    public var kind: LayerKind
    /// Neurons of a dense layer, filters of a convolutional one; 0 for the other kinds.
    public var units: Int
    /// Activation applied to the weighted sums (`.linear` for layers without weights).
    public var activation: Activation

    /// A dense layer of `units` neurons with `activation`: `Z = A·W + b`, `A = f(Z)`.
    public init(units: Int, activation: Activation) {
        self.init(kind: .dense, units: units, activation: activation)
    }

    /// A layer of any kind.
    public init(kind: LayerKind, units: Int, activation: Activation) {
        self.kind = kind
        self.units = units
        self.activation = activation
    }

    /// A convolutional layer of `filters` filters of `kernel × kernel`, stride 1, no padding.
    public static func conv2d(filters: Int, kernel: Int, activation: Activation) -> LayerSpec {
        LayerSpec(kind: .conv2d(kernel: kernel), units: filters, activation: activation)
    }

    /// Max-pooling over `size × size` blocks (floor on odd sizes, as PyTorch).
    public static func maxPool(size: Int) -> LayerSpec {
        LayerSpec(kind: .maxPool(size: size), units: 0, activation: .linear)
    }

    /// Lays each example's maps out as one row.
    public static var flatten: LayerSpec { LayerSpec(kind: .flatten, units: 0, activation: .linear) }

    /// Switches off a fraction `rate` of the previous layer's outputs in every training batch.
    public static func dropout(rate: Double) -> LayerSpec {
        LayerSpec(kind: .dropout(rate: rate), units: 0, activation: .linear)
    }

    /// Whether the layer has weights `W_l` and `b_l`.
    public var hasWeights: Bool {
        switch kind {
        case .dense, .conv2d: return true
        case .maxPool, .flatten, .dropout: return false
        }
    }
}

/// The kinds of layer a network is built from.
public enum LayerKind: Equatable, Sendable {
    /// Fully connected: `Z = A·W + b`.
    case dense
    /// `kernel × kernel` filters over every channel, stride 1, no padding.
    case conv2d(kernel: Int)
    /// The maximum of every `size × size` block of each channel.
    case maxPool(size: Int)
    /// From maps `C×H×W` to one row of `C·H·W` numbers per example.
    case flatten
    /// Inverted dropout with the given rate, only while training.
    case dropout(rate: Double)

    /// The name lesson files and traces use: `dense`, `conv2d`, `maxpool`, `flatten`, `dropout`.
    public var name: String {
        switch self {
        case .dense: return "dense"
        case .conv2d: return "conv2d"
        case .maxPool: return "maxpool"
        case .flatten: return "flatten"
        case .dropout: return "dropout"
        }
    }
}
