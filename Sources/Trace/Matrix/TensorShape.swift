/// The shape of one example seen as an image: `channels × height × width`.
///
/// A batch of such examples is stored as a ``Matrix`` of `batch × (channels·height·width)`,
/// one example per row, channel-major (channel, then pixel row, then pixel column), exactly
/// like PyTorch's `x.view(-1, C*H*W)` in the notes (§4.2).
public struct TensorShape: Hashable, Sendable, CustomStringConvertible {
    /// Number of channels (feature maps).
    public var channels: Int
    /// Rows of each channel.
    public var height: Int
    /// Columns of each channel.
    public var width: Int

    /// A shape of `channels` maps of `height × width`.
    public init(channels: Int, height: Int, width: Int) {
        self.channels = channels
        self.height = height
        self.width = width
    }

    /// Numbers in one example: `channels·height·width`.
    public var count: Int { channels * height * width }

    /// Numbers in one channel: `height·width`.
    public var mapSize: Int { height * width }

    /// `32×26×26`.
    public var description: String { "\(channels)×\(height)×\(width)" }
}
