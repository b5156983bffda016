import XCTest
import Trace

/// The strict JSON parser: values, strings, exact numbers, and errors with line and column.
final class JSONParserTests: XCTestCase {
    private func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONValue? {
        do {
            return try JSONParser.parse(text)
        } catch {
            XCTFail("\(text.prefix(60)): \(error)", file: file, line: line)
            return nil
        }
    }

    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONSyntaxError? {
        do {
            let value = try JSONParser.parse(text)
            XCTFail("\(text.prefix(60)) parsed as \(value)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    /// Asserts `text` fails at `line`:`column` expecting `expected` and finding `found`.
    private func assertFails(_ text: String, line: Int = 1, column: Int, _ expected: JSONSyntaxError.Expectation,
                             found: String, file: StaticString = #filePath, sourceLine: UInt = #line) {
        guard let error = failure(text, file: file, line: sourceLine) else { return }
        XCTAssertEqual(error.line, line, "line of \(text.debugDescription)", file: file, line: sourceLine)
        XCTAssertEqual(error.column, column, "column of \(text.debugDescription)", file: file, line: sourceLine)
        XCTAssertEqual(error.expected, expected, "expectation of \(text.debugDescription)", file: file, line: sourceLine)
        XCTAssertEqual(error.found, found, "found of \(text.debugDescription)", file: file, line: sourceLine)
    }

    private func number(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Double? {
        guard case .number(let value)? = parse(text, file: file, line: line) else {
            XCTFail("\(text) is not a number", file: file, line: line)
            return nil
        }
        return value
    }

    // MARK: Values

    func testEveryKindOfValue() {
        let value = parse(#"{"a": [1, true, false, null, "s", {"b": -2.5e3}], "c": {}}"#)
        XCTAssertEqual(value, .object([
            (key: "a", value: .array([.number(1), .bool(true), .bool(false), .null, .string("s"),
                                      .object([(key: "b", value: .number(-2500))])])),
            (key: "c", value: .object([])),
        ]))
        XCTAssertEqual(value?["c"], .object([]))
        XCTAssertNil(value?["missing"])
        XCTAssertEqual(value?.kind, .object)
        XCTAssertNil(JSONValue.array([])["a"], "only objects have keys")
    }

    func testObjectsKeepTheirKeysInFileOrderDuplicatesIncluded() {
        guard case .object(let members)? = parse(#"{"z": 1, "a": 2, "z": 3}"#) else { return XCTFail("not an object") }
        XCTAssertEqual(members.map(\.key), ["z", "a", "z"])
        XCTAssertEqual(JSONValue.object(members)["z"], .number(1), "the first of duplicate keys wins")
    }

    func testWhitespaceAroundAndInside() {
        XCTAssertEqual(parse(" \t\r\n[ ]\n"), .array([]))
        XCTAssertEqual(parse("[ 1 ,\n\t2 ]"), .array([.number(1), .number(2)]))
        XCTAssertEqual(parse("\"\""), .string(""))
    }

    // MARK: Strings

    func testSimpleEscapes() {
        XCTAssertEqual(parse(#""\"\\\/\b\f\n\r\t""#), .string("\"\\/\u{08}\u{0C}\n\r\t"))
    }

    func testUnicodeEscapesAndSurrogatePairs() {
        XCTAssertEqual(parse(#""\u00e9\u00E9""#), .string("éé"))
        XCTAssertEqual(parse(#""\u0000""#), .string("\u{0}"))
        // U+1F600 = D83D DE00: 0x10000 + (0x3D << 10) + 0x200 = 0x10000 + 0xF400 + 0x200 = 0x1F600.
        XCTAssertEqual(parse(#""\ud83d\ude00""#), .string("😀"))
        // U+1D11E (𝄞) = D834 DD1E.
        XCTAssertEqual(parse(#""\uD834\uDD1E!""#), .string("𝄞!"))
        XCTAssertEqual(parse(#""na\u00efve 😀""#), .string("naïve 😀"), "raw UTF-8 passes through")
    }

    func testLoneSurrogatesBecomeReplacementCharacters() {
        XCTAssertEqual(parse(#""\ud800""#), .string("\u{FFFD}"))
        XCTAssertEqual(parse(#""\ude00x""#), .string("\u{FFFD}x"))
        // A high surrogate followed by an escape that is not a low one: both are kept apart.
        XCTAssertEqual(parse(#""\ud83d\u0041""#), .string("\u{FFFD}A"))
    }

    func testInvalidUTF8IsRepairedNotACrash() throws {
        XCTAssertEqual(try JSONParser.parse(bytes: [0x22, 0xFF, 0x22]), .string("\u{FFFD}"))
    }

    func testBadEscapes() {
        // "\x": col 1 quote, col 2 backslash, col 3 x.
        assertFails(#""\x""#, column: 3, .escape, found: "x")
        // "\u12G4": G is column 6.
        assertFails(#""\u12G4""#, column: 6, .escape, found: "G")
        assertFails(#""\ud83d\uZZZZ""#, column: 10, .escape, found: "Z")
    }

    func testControlCharactersInStringsAreRejected() {
        // A raw tab at column 3 of "a<TAB>b".
        assertFails("\"a\tb\"", column: 3, .stringEnd, found: "\t")
        // A raw newline ends the string on its line: the error is at the newline itself, line 1.
        assertFails("\"ab\ncd\"", column: 4, .stringEnd, found: "\n")
        assertFails("\"\u{1F}\"", column: 2, .stringEnd, found: "\u{1F}")
        XCTAssertEqual(parse("\"\u{7F}\""), .string("\u{7F}"), "DEL is not a control character in JSON")
    }

    func testUnterminatedString() {
        assertFails(#""abc"#, column: 5, .stringEnd, found: "")
    }

    // MARK: Numbers

    func testNumbersReadExactly() {
        XCTAssertEqual(number("0.1"), 0.1)
        XCTAssertEqual(number("0.30000000000000004"), 0.1 + 0.2)
        XCTAssertEqual(number("5e-324"), Double.leastNonzeroMagnitude)
        XCTAssertEqual(number("1.7976931348623157e308"), Double.greatestFiniteMagnitude)
        XCTAssertEqual(number("-1.7976931348623157e308"), -Double.greatestFiniteMagnitude)
        XCTAssertEqual(number("2.2250738585072014e-308"), Double.leastNormalMagnitude)
        // Between the largest subnormal (…009e-308) and the smallest normal (…014e-308):
        // …011 is nearer the subnormal 0x0.fffffffffffffp-1022, …012 the normal (checked with
        // Python's correctly rounded float()).
        XCTAssertEqual(number("2.2250738585072011e-308"), Double(bitPattern: 0x000F_FFFF_FFFF_FFFF))
        XCTAssertEqual(number("2.2250738585072012e-308"), Double.leastNormalMagnitude)
        // 2⁵³ + 1 is halfway between 2⁵³ and 2⁵³ + 2: ties to even gives 2⁵³.
        XCTAssertEqual(number("9007199254740993"), 9_007_199_254_740_992)
        XCTAssertEqual(number("1E2"), 100)
        XCTAssertEqual(number("1e+2"), 100)
        XCTAssertEqual(number("25e-2"), 0.25)
        XCTAssertEqual(number("-12.5"), -12.5)
        XCTAssertEqual(number("0e0"), 0)
    }

    func testMinusZeroKeepsItsSign() {
        XCTAssertEqual(number("-0")?.sign, .minus)
        XCTAssertEqual(number("-0.0")?.sign, .minus)
        XCTAssertEqual(number("0")?.sign, .plus)
    }

    func testNumberGrammarIsStrict() {
        assertFails("01", column: 2, .endOfText, found: "1")
        assertFails("1.", column: 3, .digit, found: "")
        assertFails("1.e5", column: 3, .digit, found: "e")
        assertFails(".5", column: 1, .value, found: ".")
        assertFails("+1", column: 1, .value, found: "+")
        assertFails("-", column: 2, .digit, found: "")
        assertFails("-a", column: 2, .digit, found: "a")
        assertFails("1e", column: 3, .digit, found: "")
        assertFails("1e+", column: 4, .digit, found: "")
        assertFails("NaN", column: 1, .value, found: "N")
        assertFails("Infinity", column: 1, .value, found: "I")
    }

    // MARK: Errors and their positions

    func testErrorOnLineThreeOfAMultiLineDocument() {
        // Line 3 is `  "b": [1, 2,, 3]`: the second comma of ",," is column 14.
        let text = "{\n  \"a\": 1,\n  \"b\": [1, 2,, 3]\n}"
        assertFails(text, line: 3, column: 14, .value, found: ",")
    }

    func testMissingColonAfterATabCountsTheTabAsOneColumn() {
        // Line 3 is `<TAB>"y" false`: tab 1, quote 2, y 3, quote 4, space 5, f 6.
        assertFails("{\n\t\"x\": true,\n\t\"y\" false\n}", line: 3, column: 6, .colon, found: "f")
    }

    func testColumnsCountCharactersNotBytes() {
        // {"é": x}  — é is two UTF-8 bytes but one column: { 1, " 2, é 3, " 4, : 5, space 6, x 7.
        assertFails(#"{"é": x}"#, column: 7, .value, found: "x")
        // ["😀", nul]: 😀 is four bytes, one column; the "l" is missing at column 10.
        assertFails(#"["😀", nul]"#, column: 10, .literal, found: "]")
    }

    func testCarriageReturnLineFeedCountsOneLine() {
        assertFails("[\r\n1,\r\n x]", line: 3, column: 2, .value, found: "x")
    }

    func testStructuralErrors() {
        assertFails(#"{"a" 1}"#, column: 6, .colon, found: "1")
        assertFails("{1:2}", column: 2, .objectKey, found: "1")
        assertFails(#"{"a":1 "b":2}"#, column: 8, .commaOrEndOfObject, found: "\"")
        assertFails("[1 2]", column: 4, .commaOrEndOfArray, found: "2")
        assertFails("[1,]", column: 4, .value, found: "]")
        assertFails(#"{"a":1,}"#, column: 8, .objectKey, found: "}")
        assertFails("[1, 2", column: 6, .commaOrEndOfArray, found: "")
    }

    func testLiterals() {
        assertFails("tru", column: 4, .literal, found: "")
        assertFails("True", column: 1, .value, found: "T")
        assertFails("nul", column: 4, .literal, found: "")
        assertFails("fals3", column: 5, .literal, found: "3")
    }

    func testEmptyAndBlankDocuments() {
        assertFails("", column: 1, .value, found: "")
        // Two spaces, a newline, two spaces: the end of text is line 2, column 3.
        assertFails("  \n  ", line: 2, column: 3, .value, found: "")
    }

    func testTrailingGarbage() {
        assertFails("[1] x", column: 5, .endOfText, found: "x")
        assertFails("{} {}", column: 4, .endOfText, found: "{")
        assertFails("1 2", column: 3, .endOfText, found: "2")
        assertFails("truex", column: 5, .endOfText, found: "x")
        assertFails("\"a\"\"b\"", column: 4, .endOfText, found: "\"")
    }

    // MARK: Nesting

    func testNestingUpToTheLimitParses() {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        XCTAssertNotNil(parse(text))
    }

    func testOneLevelPastTheLimitFailsAtThatBracket() {
        // Values at depth 0 … 511 are accepted; the value at depth 512 is the 513th "[".
        let depth = JSONParser.maximumDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        assertFails(text, column: JSONParser.maximumDepth + 1, .shallowerNesting, found: "[")
    }

    func testAHundredThousandOpeningBracketsFailCleanly() {
        assertFails(String(repeating: "[", count: 100_000), column: 513, .shallowerNesting, found: "[")
    }

    func testDeepObjectsFailCleanlyToo() {
        // Each `{"a":` is 5 characters: the value at depth 512 starts at index 5·512 = 2560, column 2561.
        assertFails(String(repeating: #"{"a":"#, count: 100_000), column: 2561, .shallowerNesting, found: "{")
    }
}
