import XCTest
@testable import Explain

/// Numbers as the LaTeX exports write them: fixed decimals, a real minus, never `1e-05`.
final class LaTeXNumberTests: XCTestCase {
    private let four = LaTeXNumber(digits: 4)

    func testFixedPrecisionAndNegatives() {
        XCTAssertEqual(four.format(0.52497918747894), "0.5250")
        XCTAssertEqual(four.format(-0.13268449742277422), "-0.1327")
        XCTAssertEqual(four.format(1.4000000000000001), "1.4000")
        XCTAssertEqual(LaTeXNumber(digits: 2).format(0.125), "0.12", "round half to even, as printf")
        XCTAssertEqual(LaTeXNumber(digits: 0).format(2.5), "2")
    }

    func testZeroAndNegativeZeroHaveNoSign() {
        XCTAssertEqual(four.format(0), "0.0000")
        XCTAssertEqual(four.format(-0.0), "0.0000")
    }

    func testValuesTooSmallForThePrecisionUsePowersOfTen() {
        XCTAssertEqual(four.format(1e-5), "1.0000 \\times 10^{-5}")
        XCTAssertEqual(four.format(-0.00004150), "-4.1500 \\times 10^{-5}")
        XCTAssertEqual(four.format(9.99996e-6), "1.0000 \\times 10^{-5}", "a mantissa that rounds to 10 moves the exponent")
        XCTAssertEqual(four.format(0.00005), "0.0001", "what shows at this precision stays fixed")
        XCTAssertEqual(LaTeXNumber(digits: 2).format(1e-300), "1.00 \\times 10^{-300}")
    }

    func testLargeValuesUsePowersOfTen() {
        XCTAssertEqual(four.format(1234567.891), "1.2346 \\times 10^{6}")
        XCTAssertEqual(four.format(-100000), "-1.0000 \\times 10^{5}")
        XCTAssertEqual(four.format(99999.5), "99999.5000")
    }

    func testNoExponentEverAppears() {
        for x in [1e-5, 1e-12, 3.2e-7, 1e20, -7.5e15, 0.1, 123.456, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude] {
            for digits in 0...6 {
                let text = LaTeXNumber(digits: digits).format(x)
                XCTAssertNil(text.range(of: #"[0-9]e[-+0-9]"#, options: .regularExpression), text)
            }
        }
    }

    func testNonFiniteValues() {
        XCTAssertEqual(four.format(.nan), "\\text{NaN}")
        XCTAssertEqual(four.format(.infinity), "\\infty")
        XCTAssertEqual(four.format(-.infinity), "-\\infty")
    }

    func testShortestGivesSettingsBackExactly() {
        XCTAssertEqual(LaTeXNumber.shortest(0.5), "0.5")
        XCTAssertEqual(LaTeXNumber.shortest(10), "10")
        XCTAssertEqual(LaTeXNumber.shortest(0.001), "0.001")
        XCTAssertEqual(LaTeXNumber.shortest(1e-5), "0.00001")
        XCTAssertEqual(LaTeXNumber.shortest(0), "0")
    }
}
