import XCTest
@testable import nnstep

final class VisibleTextTests: XCTestCase {
    private let red = "\u{1B}[31m"
    private let reset = "\u{1B}[0m"

    private func fit(_ line: String, _ columns: Int) -> VisibleText.Fitted {
        VisibleText.fit(line, columns: columns)
    }

    func testShortLineIsUnchanged() {
        XCTAssertEqual(fit("hola", 10), .init(text: "hola", width: 4, isStyled: false))
    }

    func testLongLineIsCut() {
        XCTAssertEqual(fit("backprop", 4), .init(text: "back", width: 4, isStyled: false))
        XCTAssertEqual(fit("abc", 0), .init(text: "", width: 0, isStyled: false))
    }

    func testColourSequencesTakeNoColumns() {
        // "red" + " text": 8 visible characters; 5 columns keep "red t".
        let line = red + "red" + reset + " text"
        XCTAssertEqual(fit(line, 5), .init(text: red + "red" + reset + " t", width: 5, isStyled: true))
        XCTAssertEqual(fit(line, 80).width, 8)
    }

    func testSequencesAfterTheCutAreKept() {
        let line = red + "abcdef" + reset
        XCTAssertEqual(fit(line, 3), .init(text: red + "abc" + reset, width: 3, isStyled: true))
    }

    func testSequenceAtTheCutIsNeverSplit() {
        let orange = "\u{1B}[38;5;208m"
        XCTAssertEqual(fit("ab" + orange + "cd", 2), .init(text: "ab" + orange, width: 2, isStyled: true))
    }

    func testCharactersNotBytesAreCounted() {
        // ñ, á, ú are two bytes each in UTF-8 but one column.
        XCTAssertEqual(fit("ñandú", 3).text, "ñan")
        XCTAssertEqual(fit("∂L/∂w", 80).width, 5)
        // e + COMBINING ACUTE ACCENT is one character.
        XCTAssertEqual(fit("e\u{301}xyz", 2), .init(text: "e\u{301}x", width: 2, isStyled: false))
    }

    func testTabsAdvanceToTheNextStop() {
        XCTAssertEqual(fit("a\tb", 20), .init(text: "a       b", width: 9, isStyled: false))
        XCTAssertEqual(fit("abcdef\tz", 7), .init(text: "abcdef ", width: 7, isStyled: false))
    }

    func testControlsAndNonColourSequencesAreDropped() {
        XCTAssertEqual(fit("a\u{07}b", 10).text, "ab")
        XCTAssertEqual(fit("a\u{1B}[2Jb\u{1B}[5;1H", 10), .init(text: "ab", width: 2, isStyled: false))
        XCTAssertEqual(fit("a\u{1B}xb", 10).text, "axb")
        XCTAssertEqual(fit("ab\u{1B}[3", 10).text, "ab")
    }
}
