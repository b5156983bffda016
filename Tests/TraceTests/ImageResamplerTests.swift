import XCTest
import Trace

/// Bilinear resampling with half-pixel centres, against values worked out by hand and against a
/// direct evaluation of the four-weight formula written out here.
final class ImageResamplerTests: XCTestCase {
    private func resampler(_ h: Int, _ w: Int, _ H: Int, _ W: Int) -> ImageResampler {
        ImageResampler(from: .init(height: h, width: w), to: .init(height: H, width: W))
    }

    /// Input `[[0, 1], [2, 3]]`. Along each axis n = 2, m = 4, so s = (o + ½)·½ − ½ gives
    /// −¼ (clamped to 0), ¼, ¾ and 1¼ (clamped to 1): weights of the second pixel 0, ¼, ¾, 1.
    /// Row 0 is then 0, ¼, ¾, 1; row 3 adds 2 (the bottom row is 2 more); rows 1 and 2 lie ¼ and
    /// ¾ of the way down, adding 0.5 and 1.5. This is also what PyTorch's
    /// `interpolate(arange(4.).view(1,1,2,2), size=4, mode="bilinear", align_corners=False)` gives.
    func testTwoByTwoToFourByFour() {
        let out = resampler(2, 2, 4, 4).resample([0, 1, 2, 3])
        XCTAssertEqual(out, [0, 0.25, 0.75, 1,
                             0.5, 0.75, 1.25, 1.5,
                             1.5, 1.75, 2.25, 2.5,
                             2, 2.25, 2.75, 3])
        XCTAssertEqual([out[0], out[3], out[12], out[15]], [0, 1, 2, 3], "the corners copy the input's corners")
        XCTAssertEqual([out[5], out[6], out[9], out[10]], [0.75, 1.25, 1.75, 2.25], "the centre")
    }

    /// Shrinking 4 × 4 to 2 × 2: s = (o + ½)·2 − ½ = ½ and 2½, halfway between two pixels, so each
    /// output is the mean of a 2 × 2 block of 0…15: (0+1+4+5)/4 = 2.5, (2+3+6+7)/4 = 4.5, …
    func testFourByFourToTwoByTwo() {
        XCTAssertEqual(resampler(4, 4, 2, 2).resample((0..<16).map(Double.init)), [2.5, 4.5, 10.5, 12.5])
    }

    func testSameSizeIsTheIdentity() {
        let image = (0..<64).map { Double($0 * $0 % 17) }
        XCTAssertEqual(resampler(8, 8, 8, 8).resample(image), image)
    }

    func testConstantImageStaysConstant() {
        let out = resampler(8, 8, 28, 28).resample(Array(repeating: 0.3, count: 64))
        XCTAssertEqual(out.count, 784)
        XCTAssertTrue(out.allSatisfy { $0 == 0.3 })
    }

    /// A horizontal ramp (each pixel the number of its column, 0…7) stays a ramp: every output row
    /// is the same, goes from 0 to 7 without going down, and the columns between the clamped
    /// edges rise strictly.
    func testHorizontalRampStaysMonotone() {
        let image = (0..<64).map { Double($0 % 8) }
        let out = resampler(8, 8, 28, 28).resample(image)
        let rows = (0..<28).map { Array(out[($0 * 28)..<($0 * 28 + 28)]) }
        XCTAssertTrue(rows.allSatisfy { $0 == rows[0] })
        let row = rows[0]
        XCTAssertEqual(row.first, 0)
        XCTAssertEqual(row.last, 7)
        XCTAssertTrue(zip(row, row.dropFirst()).allSatisfy { $0 <= $1 })
        // Column o has s = (o + ½)·8/28 − ½: negative for o = 0, 1 (clamped to 0), above 7 for
        // o = 26 (7.07…) and 27, so columns 1…26 rise strictly (each is its clamped s).
        XCTAssertTrue(zip(row[1...26], row[2...26]).allSatisfy { $0 < $1 })
        XCTAssertEqual(row[2], 3.0 / 14, accuracy: 1e-15, "s = 2.5·2/7 − ½ = 3/14")
    }

    func testShapeOfResampledRows() {
        let images = Matrix(rows: 3, columns: 64, elements: (0..<192).map(Double.init))
        let out = resampler(8, 8, 28, 28).resample(rows: images)
        XCTAssertEqual(out.shape, Shape(rows: 3, columns: 784))
        XCTAssertEqual(Array(out.elements[784..<1568]), resampler(8, 8, 28, 28).resample(Array(images.elements[64..<128])))
    }

    /// A non-square case against the formula written directly: for each output pixel, its
    /// source position on both axes, the four neighbours and their four weights.
    func testAgainstTheFourWeightFormula() {
        let (h, w, H, W) = (5, 8, 13, 3)
        var generator = SplitMix64(seed: 11)
        let image = (0..<(h * w)).map { _ in generator.nextUniform(in: -1, 1) }
        let out = resampler(h, w, H, W).resample(image)
        func position(_ o: Int, _ n: Int, _ m: Int) -> (Int, Int, Double) {
            let s = min(max((Double(o) + 0.5) * Double(n) / Double(m) - 0.5, 0), Double(n - 1))
            let i = Int(s)
            return (i, min(i + 1, n - 1), s - Double(i))
        }
        for o in 0..<H {
            for q in 0..<W {
                let (i0, i1, l) = position(o, h, H), (j0, j1, u) = position(q, w, W)
                let expected = (1 - l) * (1 - u) * image[i0 * w + j0] + (1 - l) * u * image[i0 * w + j1]
                    + l * (1 - u) * image[i1 * w + j0] + l * u * image[i1 * w + j1]
                XCTAssertEqual(out[o * W + q], expected, accuracy: 1e-14, "pixel (\(o), \(q))")
            }
        }
    }
}
