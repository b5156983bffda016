import XCTest
import Trace

/// `JSONText`: numbers that read back bit for bit, non-finite values as strings, escaped strings.
final class JSONTextTests: XCTestCase {
    /// Writes `value`, parses the text, and returns what came back.
    private func roundTrip(_ value: Double, file: StaticString = #filePath, line: UInt = #line) -> Double? {
        let text = JSONText.number(value)
        do {
            let parsed = try JSONParser.parse(text)
            guard let back = JSONText.number(from: parsed) else {
                XCTFail("\(text) read back as \(parsed)", file: file, line: line)
                return nil
            }
            return back
        } catch {
            XCTFail("\(text) is not JSON: \(error)", file: file, line: line)
            return nil
        }
    }

    func testTrickyDoublesRoundTripBitForBit() {
        let values: [Double] = [
            0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 1e-5, 0.1, -0.0, 0, 1, -1,
            Double.leastNonzeroMagnitude,                 // 5e-324, the smallest subnormal
            Double(bitPattern: 0x000F_FFFF_FFFF_FFFF),    // the largest subnormal
            Double.leastNormalMagnitude,
            Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude,
            9_007_199_254_740_993.0, 1e16, 1e21, 123_456_789.012_345_68, 0.000_1, 1e-7,
            Double.pi, -Double.ulpOfOne, 1 + Double.ulpOfOne,
            0.52497918747894, -0.5330698878920042,         // values of the XOR golden file
        ]
        for value in values {
            let back = roundTrip(value)
            XCTAssertEqual(back?.bitPattern, value.bitPattern, "\(value) → \(JSONText.number(value)) → \(back.map { "\($0)" } ?? "nil")")
        }
    }

    func testRandomDoublesRoundTripBitForBit() {
        var generator = SplitMix64(seed: 2718)
        for _ in 0..<2000 {
            // Any bit pattern that is a finite double: all exponents, all mantissas.
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            XCTAssertEqual(roundTrip(value)?.bitPattern, value.bitPattern, "\(value)")
        }
    }

    func testShortestFormsOfKnownValues() {
        // 0.1 + 0.2 is the double just above 0.3: its shortest round-trip text has 17 digits.
        XCTAssertEqual(JSONText.number(0.1 + 0.2), "0.30000000000000004")
        XCTAssertEqual(JSONText.number(0.1), "0.1")
        XCTAssertEqual(JSONText.number(0.5), "0.5")
        XCTAssertEqual(JSONText.number(1.0 / 3.0), "0.3333333333333333")
    }

    func testMinusZeroIsWrittenWithItsSign() {
        XCTAssertTrue(JSONText.number(-0.0).hasPrefix("-"))
        XCTAssertEqual(roundTrip(-0.0)?.sign, .minus)
    }

    func testNonFiniteValuesAreStrings() {
        XCTAssertEqual(JSONText.number(.nan), "\"NaN\"")
        XCTAssertEqual(JSONText.number(.infinity), "\"Infinity\"")
        XCTAssertEqual(JSONText.number(-.infinity), "\"-Infinity\"")
        XCTAssertEqual(roundTrip(.nan)?.isNaN, true)
        XCTAssertEqual(roundTrip(.infinity), .infinity)
        XCTAssertEqual(roundTrip(-.infinity), -.infinity)
    }

    func testNumberFromAcceptsOnlyNumbersAndTheThreeStrings() {
        XCTAssertEqual(JSONText.number(from: .number(2.5)), 2.5)
        XCTAssertNil(JSONText.number(from: .string("nan")))
        XCTAssertNil(JSONText.number(from: .string("inf")))
        XCTAssertNil(JSONText.number(from: .string("1.5")))
        XCTAssertNil(JSONText.number(from: .null))
        XCTAssertNil(JSONText.number(from: .bool(true)))
    }

    func testMatrixShapeAndNames() {
        XCTAssertEqual(JSONText.matrix(Matrix([[0.5, -0.3], [0.8, 0.2]])), "[[0.5,-0.3],[0.8,0.2]]")
        XCTAssertEqual(JSONText.matrix(Matrix([[.nan, -.infinity]])), #"[["NaN","-Infinity"]]"#)
        XCTAssertEqual(JSONText.matrix(Matrix(rows: 0, columns: 0)), "[]")
        XCTAssertEqual(JSONText.shape(Shape(rows: 4, columns: 2)), "[4,2]")
        XCTAssertEqual(JSONText.strings(["X", "W\"1"]), #"["X","W\"1"]"#)
    }

    func testStringsEscapeWhatJSONRequires() {
        XCTAssertEqual(JSONText.string("plain"), "\"plain\"")
        XCTAssertEqual(JSONText.string("a\"b\\c"), #""a\"b\\c""#)
        XCTAssertEqual(JSONText.string("\n\r\t"), #""\n\r\t""#)
        XCTAssertEqual(JSONText.string("\u{0}\u{1}\u{1F}"), #""\u0000\u0001\u001f""#)
        XCTAssertEqual(JSONText.string("σ(Z₁) ⊙ 😀"), "\"σ(Z₁) ⊙ 😀\"", "non-ASCII is written as is")
    }

    func testStringsRoundTripThroughTheParser() throws {
        var every = ""
        for code in 0..<0x80 { every.unicodeScalars.append(Unicode.Scalar(UInt8(code))) }
        for text in [every, "Z₁ = X·W₁ + b₁", "δ_out ⊙ σ'(Z₂)", "😀\u{2028}\u{FEFF}", ""] {
            XCTAssertEqual(try JSONParser.parse(JSONText.string(text)), .string(text), text.debugDescription)
        }
    }
}
