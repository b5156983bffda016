/// Resizes grey images by bilinear interpolation with half-pixel centres ("align corners =
/// false"), the rule of PyTorch's `interpolate(x, size=(H, W), mode="bilinear",
/// align_corners=False)` and of OpenCV's `resize(…, INTER_LINEAR)` on floating-point images.
///
/// Each pixel is a small square and its value sits at the square's centre. Along one axis with
/// `n` source pixels and `m` target pixels, target pixel `o` (from 0) has its centre at
///
///     s = (o + ½) · n / m − ½        (in source pixel coordinates)
///
/// clamped to `0 … n − 1`, so the outermost target pixels copy the edge instead of reading
/// outside the image. With `i = ⌊s⌋` and `λ = s − i`, it takes `(1 − λ) · p[i] + λ · p[i + 1]`.
/// In two dimensions, with `(i, λ)` from the rows and `(j, μ)` from the columns:
///
///     out(o, q) = (1 − λ)(1 − μ)·in(i, j) + (1 − λ)μ·in(i, j + 1)
///               + λ(1 − μ)·in(i + 1, j) + λμ·in(i + 1, j + 1)
///
/// The weights of each target pixel add up to 1, so every value lies between the smallest and the
/// largest input; each step is computed as `a + λ·(b − a)`, so a constant image stays exactly
/// constant. Enlarging 2 × 2 to 4 × 4 puts the target
/// centres at `s = −¼ → 0, ¼, ¾, 1¼ → 1`: the corners copy the input's corners. Shrinking does not
/// average a neighbourhood (no antialiasing), as PyTorch's default.
///
/// Images are rows of a matrix, pixel `(r, c)` at column `r · width + c`, as `digits-8x8.csv`
/// stores them; 8 × 8 → 28 × 28 gives the CNN lesson its 28 → 26 → 13 → 11 → 5 (notes, §4.2).
public struct ImageResampler: Equatable, Sendable {
    /// The height and width of an image, in pixels.
    public struct Size: Equatable, Sendable {
        /// Rows of pixels.
        public var height: Int
        /// Pixels per row.
        public var width: Int
        /// A `height × width` size; both at least 1.
        public init(height: Int, width: Int) {
            precondition(height >= 1 && width >= 1, "an image has at least one pixel")
            self.height = height
            self.width = width
        }
        /// `height × width`.
        public var pixels: Int { height * width }
    }

    /// The size of the images read.
    public let source: Size
    /// The size of the images made.
    public let target: Size
    private let rowTaps: [Tap]
    private let columnTaps: [Tap]

    /// The two source pixels a target pixel reads along one axis, and the weight of the second.
    struct Tap: Equatable, Sendable {
        var first: Int
        var second: Int
        var weight: Double
    }

    /// A resampler from `source` images to `target` images.
    public init(from source: Size, to target: Size) {
        self.source = source
        self.target = target
        rowTaps = Self.taps(from: source.height, to: target.height)
        columnTaps = Self.taps(from: source.width, to: target.width)
    }

    /// One image, `source.pixels` values row by row, resampled to `target.pixels` values.
    public func resample<Pixels: RandomAccessCollection>(_ image: Pixels) -> [Double]
    where Pixels.Element == Double, Pixels.Index == Int {
        precondition(image.count == source.pixels, "an image of \(image.count) pixels is not \(source.height)×\(source.width)")
        var out = [Double]()
        out.reserveCapacity(target.pixels)
        appendResampled(image, to: &out)
        return out
    }

    /// Every row of `images`, seen as a `source` image, resampled: `[n × source.pixels]` becomes
    /// `[n × target.pixels]`.
    public func resample(rows images: Matrix) -> Matrix {
        precondition(images.columns == source.pixels, "rows of \(images.columns) values are not \(source.height)×\(source.width) images")
        var out = [Double]()
        out.reserveCapacity(images.rows * target.pixels)
        for row in 0..<images.rows {
            appendResampled(images.elements[(row * images.columns)..<((row + 1) * images.columns)], to: &out)
        }
        return Matrix(rows: images.rows, columns: target.pixels, elements: out)
    }

    /// The taps along one axis of `n` source pixels and `m` target pixels: the formula of the
    /// type's documentation.
    static func taps(from n: Int, to m: Int) -> [Tap] {
        let scale = Double(n) / Double(m)
        return (0..<m).map { o in
            let s = min(max((Double(o) + 0.5) * scale - 0.5, 0), Double(n - 1))
            let i = min(Int(s.rounded(.down)), n - 1)
            return i + 1 < n ? Tap(first: i, second: i + 1, weight: s - Double(i)) : Tap(first: i, second: i, weight: 0)
        }
    }

    /// `a + t·(b − a)`: `(1 − t)·a + t·b`, written so that `a == b` gives exactly `a`.
    private static func lerp(_ a: Double, _ b: Double, _ t: Double) -> Double {
        a + t * (b - a)
    }

    private func appendResampled<Pixels: RandomAccessCollection>(_ image: Pixels, to out: inout [Double])
    where Pixels.Element == Double, Pixels.Index == Int {
        let base = image.startIndex, width = source.width
        for r in rowTaps {
            let top = base + r.first * width, bottom = base + r.second * width
            for c in columnTaps {
                let upper = Self.lerp(image[top + c.first], image[top + c.second], c.weight)
                let lower = Self.lerp(image[bottom + c.first], image[bottom + c.second], c.weight)
                out.append(Self.lerp(upper, lower, r.weight))
            }
        }
    }
}
