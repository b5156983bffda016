import XCTest
@testable import nnstep

final class FrameTests: XCTestCase {
    private let home = "\u{1B}[H"
    private let eraseLine = "\u{1B}[K"
    private let eraseBelow = "\u{1B}[J"

    func testShortScreenErasesEachLineAndBelow() {
        let frame = Frame.render("a\nbb", size: TerminalSize(columns: 10, rows: 4))
        XCTAssertEqual(frame, home + "a" + eraseLine + "\r\n" + "bb" + eraseLine + "\r\n" + eraseBelow)
    }

    func testOnlyAsManyLinesAsRowsAndNoScrollAfterTheLast() {
        let frame = Frame.render("1\n2\n3\n4", size: TerminalSize(columns: 10, rows: 2))
        XCTAssertEqual(frame, home + "1" + eraseLine + "\r\n" + "2" + eraseLine)
    }

    func testFullWidthLineIsNotErased() {
        let frame = Frame.render("abcdef\nxy", size: TerminalSize(columns: 3, rows: 2))
        XCTAssertEqual(frame, home + "abc" + "\r\n" + "xy" + eraseLine)
    }

    func testStyledLineIsReset() {
        let frame = Frame.render("\u{1B}[1mδ\u{1B}[22m = 0.5", size: TerminalSize(columns: 20, rows: 1))
        XCTAssertEqual(frame, home + "\u{1B}[1mδ\u{1B}[22m = 0.5" + "\u{1B}[0m" + eraseLine)
    }

    func testFinalLineBreakAndCRLF() {
        let size = TerminalSize(columns: 5, rows: 3)
        let expected = home + "a" + eraseLine + "\r\n" + "b" + eraseLine + "\r\n" + eraseBelow
        XCTAssertEqual(Frame.render("a\nb\n", size: size), expected)
        XCTAssertEqual(Frame.render("a\r\nb", size: size), expected)
    }

    func testEmptyScreenClearsEverything() {
        XCTAssertEqual(Frame.render("", size: TerminalSize(columns: 5, rows: 3)),
                       home + eraseLine + "\r\n" + eraseBelow)
    }
}
