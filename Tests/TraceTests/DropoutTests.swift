import XCTest
import Trace

/// Inverted dropout: the mask is fixed by the seed, keeps about `1 − p`, and the backward rule
/// matches central finite differences (`h = 1e-6`, relative error `|a − n| / max(|a|, |n|, 1e-3)`
/// below 1e-6) with dropped entries getting exactly zero gradient.
final class DropoutTests: XCTestCase {
    func testMaskIsDeterministicForASeed() {
        var first = SplitMix64(seed: 91), second = SplitMix64(seed: 91), other = SplitMix64(seed: 92)
        let a = DropoutOp.mask(rows: 8, columns: 16, rate: 0.5, generator: &first)
        XCTAssertEqual(a, DropoutOp.mask(rows: 8, columns: 16, rate: 0.5, generator: &second))
        XCTAssertNotEqual(a, DropoutOp.mask(rows: 8, columns: 16, rate: 0.5, generator: &other))
        XCTAssertTrue(a.elements.allSatisfy { $0 == 0 || $0 == 1 })
    }

    /// One uniform per element, row-major: element i is kept when the i-th draw is ≥ p.
    func testMaskDrawsOneUniformPerElementInRowMajorOrder() {
        var generator = SplitMix64(seed: 93), reference = SplitMix64(seed: 93)
        let mask = DropoutOp.mask(rows: 3, columns: 5, rate: 0.3, generator: &generator)
        XCTAssertEqual(mask.elements, (0..<15).map { _ in reference.nextUnit() >= 0.3 ? 1 : 0 })
        XCTAssertEqual(generator.next(), reference.next(), "the mask used exactly 15 draws")
    }

    func testFractionKeptIsAboutOneMinusTheRate() {
        for rate in [0.25, 0.5, 0.8] {
            var generator = SplitMix64(seed: 94)
            let mask = DropoutOp.mask(rows: 200, columns: 500, rate: rate, generator: &generator)
            let kept = mask.elements.reduce(0, +) / Double(mask.elements.count)
            // 100 000 draws: the standard deviation of the fraction is below 0.0016.
            XCTAssertEqual(kept, 1 - rate, accuracy: 0.01, "rate \(rate)")
        }
        var generator = SplitMix64(seed: 95)
        XCTAssertTrue(DropoutOp.mask(rows: 10, columns: 10, rate: 0, generator: &generator).elements.allSatisfy { $0 == 1 })
    }

    func testForwardByHand() {
        // p = 0.5: kept numbers are doubled, dropped ones are 0.
        let a = Matrix([[1, 2], [3, 4]]), m = Matrix([[1, 0], [0, 1]])
        XCTAssertEqual(DropoutOp.forward(a, mask: m, rate: 0.5), Matrix([[2, 0], [0, 8]]))
        XCTAssertEqual(DropoutOp.backward(Matrix([[1, 1], [1, 1]]), mask: m, rate: 0.5), Matrix([[2, 0], [0, 2]]))
    }

    func testBackwardMatchesFiniteDifferencesAndDroppedEntriesGetZero() {
        var random = SplitMix64(seed: 96)
        let rate = 0.4
        let a = NumericalGradient.randomMatrix(4, 6, &random)
        let g = NumericalGradient.randomMatrix(4, 6, &random)
        let m = DropoutOp.mask(rows: 4, columns: 6, rate: rate, generator: &random)
        XCTAssertTrue(m.elements.contains(0) && m.elements.contains(1), "the seed drops some and keeps some")
        let analytic = DropoutOp.backward(g, mask: m, rate: rate)
        let numeric = NumericalGradient.gradient(of: {
            NumericalGradient.frobenius(g, DropoutOp.forward($0, mask: m, rate: rate))
        }, at: a)
        assertGradient(analytic, numeric, "∂E/∂A")
        for i in m.elements.indices where m.elements[i] == 0 {
            XCTAssertEqual(analytic.elements[i], 0)
        }
        var into = Matrix(rows: 4, columns: 6, repeating: .nan)
        DropoutOp.backward(g, mask: m, rate: rate, into: &into)
        XCTAssertEqual(into, analytic)
        DropoutOp.forward(a, mask: m, rate: rate, into: &into)
        XCTAssertEqual(into, DropoutOp.forward(a, mask: m, rate: rate))
    }
}
