import XCTest
@testable import nnstep

/// The byte sequences below are written out from the xterm control-sequence tables and the
/// UTF-8 encoding rules, not taken from the decoder's output.
final class KeyDecoderTests: XCTestCase {
    private let escape: UInt8 = 0x1B

    /// Feeds `bytes` one at a time to a fresh decoder and collects every key.
    private func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return bytes.flatMap { decoder.feed($0) }
    }

    /// `ESC [` followed by the ASCII text `tail`.
    private func csi(_ tail: String) -> [UInt8] {
        [escape, 0x5B] + Array(tail.utf8)
    }

    /// `ESC O` followed by the ASCII text `tail`.
    private func ss3(_ tail: String) -> [UInt8] {
        [escape, 0x4F] + Array(tail.utf8)
    }

    func testPrintableASCII() {
        XCTAssertEqual(decode([0x61, 0x51, 0x20, 0x7E, 0x31]),
                       [.character("a"), .character("Q"), .character(" "), .character("~"), .character("1")])
    }

    func testControlKeys() {
        XCTAssertEqual(decode([0x0D]), [.enter])
        XCTAssertEqual(decode([0x0A]), [.enter])
        XCTAssertEqual(decode([0x7F]), [.backspace])
        XCTAssertEqual(decode([0x08]), [.backspace])
        XCTAssertEqual(decode([0x09]), [.tab])
        XCTAssertEqual(decode([0x03]), [.interrupt])
        XCTAssertEqual(decode([0x04]), [.endOfFile])
    }

    func testOtherControlBytesAreIgnored() {
        // NUL, Ctrl-A, Ctrl-S, Ctrl-Z, FS.
        XCTAssertEqual(decode([0x00, 0x01, 0x13, 0x1A, 0x1C]), [])
    }

    func testCSICursorKeys() {
        XCTAssertEqual(decode(csi("A")), [.up])
        XCTAssertEqual(decode(csi("B")), [.down])
        XCTAssertEqual(decode(csi("C")), [.right])
        XCTAssertEqual(decode(csi("D")), [.left])
        XCTAssertEqual(decode(csi("H")), [.home])
        XCTAssertEqual(decode(csi("F")), [.end])
    }

    func testCSITildeKeys() {
        XCTAssertEqual(decode(csi("1~")), [.home])
        XCTAssertEqual(decode(csi("3~")), [.delete])
        XCTAssertEqual(decode(csi("4~")), [.end])
        XCTAssertEqual(decode(csi("5~")), [.pageUp])
        XCTAssertEqual(decode(csi("6~")), [.pageDown])
        XCTAssertEqual(decode(csi("7~")), [.home])
        XCTAssertEqual(decode(csi("8~")), [.end])
    }

    func testUnknownTildeKeysAreIgnored() {
        // Insert (2~), F5 (15~), bracketed-paste start (200~), empty parameter.
        XCTAssertEqual(decode(csi("2~") + csi("15~") + csi("200~") + csi("~")), [])
    }

    func testModifiersAreDropped() {
        XCTAssertEqual(decode(csi("1;5C")), [.right])   // Ctrl-Right
        XCTAssertEqual(decode(csi("1;2A")), [.up])      // Shift-Up
        XCTAssertEqual(decode(csi("1;3D")), [.left])    // Alt-Left
        XCTAssertEqual(decode(csi("1;5H")), [.home])
        XCTAssertEqual(decode(csi("3;5~")), [.delete])  // Ctrl-Delete
        XCTAssertEqual(decode(csi("5;3~")), [.pageUp])
    }

    func testSS3Keys() {
        XCTAssertEqual(decode(ss3("A")), [.up])
        XCTAssertEqual(decode(ss3("B")), [.down])
        XCTAssertEqual(decode(ss3("C")), [.right])
        XCTAssertEqual(decode(ss3("D")), [.left])
        XCTAssertEqual(decode(ss3("H")), [.home])
        XCTAssertEqual(decode(ss3("F")), [.end])
        XCTAssertEqual(decode(ss3("M")), [.enter])
        XCTAssertEqual(decode(ss3("5C")), [.right])
        XCTAssertEqual(decode(ss3("P")), [])            // F1
    }

    func testSequenceFedByteByByteCompletesOnlyAtTheLastByte() {
        var decoder = KeyDecoder()
        let bytes = csi("1;5D")
        for byte in bytes.dropLast() {
            XCTAssertEqual(decoder.feed(byte), [])
            XCTAssertTrue(decoder.isAwaitingMoreBytes)
        }
        XCTAssertEqual(decoder.feed(bytes.last!), [.left])
        XCTAssertFalse(decoder.isAwaitingMoreBytes)
    }

    func testSequencesSplitAcrossReadsContinue() {
        // One read ends inside a sequence; the next read finishes it.
        var decoder = KeyDecoder()
        let first: [UInt8] = [0x78, escape, 0x5B, 0x35]       // x ESC [ 5
        let second: [UInt8] = [0x7E, 0x79]                     // ~ y
        XCTAssertEqual(first.flatMap { decoder.feed($0) }, [.character("x")])
        XCTAssertEqual(second.flatMap { decoder.feed($0) }, [.pageUp, .character("y")])
    }

    func testSeveralKeysInOneRead() {
        let bytes = [0x61] + csi("A") + ss3("B") + [0xC3, 0xB1] + csi("3~") + [0x0D]
        XCTAssertEqual(decode(bytes), [.character("a"), .up, .down, .character("ñ"), .delete, .enter])
    }

    func testUTF8Characters() {
        XCTAssertEqual(decode([0xC3, 0xB1]), [.character("\u{F1}")])           // ñ
        XCTAssertEqual(decode([0xC3, 0xA9]), [.character("\u{E9}")])           // é
        XCTAssertEqual(decode([0xC2, 0xBF]), [.character("\u{BF}")])           // ¿
        XCTAssertEqual(decode([0xE2, 0x82, 0xAC]), [.character("\u{20AC}")])   // €
        XCTAssertEqual(decode([0xF0, 0x9F, 0x98, 0x80]), [.character("\u{1F600}")])
    }

    func testUTF8CharacterCompletesOnlyAtItsLastByte() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed(0xE2), [])
        XCTAssertEqual(decoder.feed(0x82), [])
        XCTAssertTrue(decoder.isAwaitingMoreBytes)
        XCTAssertEqual(decoder.feed(0xAC), [.character("€")])
    }

    func testSpanishWord() {
        // "¿Qué?" in UTF-8: C2 BF, 51, 75, C3 A9, 3F.
        XCTAssertEqual(decode([0xC2, 0xBF, 0x51, 0x75, 0xC3, 0xA9, 0x3F]),
                       ["¿", "Q", "u", "é", "?"].map { Key.character($0) })
    }

    func testInvalidUTF8IsIgnored() {
        XCTAssertEqual(decode([0x80, 0xBF]), [])                  // stray continuation bytes
        XCTAssertEqual(decode([0xC0, 0x80, 0xC1, 0xBF]), [])      // never-valid lead bytes
        XCTAssertEqual(decode([0xE0, 0x80, 0x80]), [])            // overlong NUL
        XCTAssertEqual(decode([0xED, 0xA0, 0x80]), [])            // UTF-16 surrogate D800
        XCTAssertEqual(decode([0xF4, 0x90, 0x80, 0x80]), [])      // past U+10FFFF
        XCTAssertEqual(decode([0xF5, 0xFE, 0xFF]), [])
    }

    func testTruncatedUTF8GivesWayToTheNextKey() {
        XCTAssertEqual(decode([0xC3, 0x61]), [.character("a")])
        XCTAssertEqual(decode([0xE2, 0x82] + csi("A")), [.up])
        // A lead byte where a continuation byte should be starts a new character.
        XCTAssertEqual(decode([0xC3, 0xC3, 0xB1]), [.character("ñ")])
    }

    func testLoneEscapeIsReportedOnFlush() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed(escape), [])
        XCTAssertTrue(decoder.isAwaitingMoreBytes)
        XCTAssertEqual(decoder.flushPendingEscape(), [.escape])
        XCTAssertFalse(decoder.isAwaitingMoreBytes)
        XCTAssertEqual(decoder.flushPendingEscape(), [])
        XCTAssertEqual(decoder.feed(0x71), [.character("q")])
    }

    func testFlushWithNothingPendingIsEmpty() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.flushPendingEscape(), [])
        _ = decoder.feed(0x61)
        XCTAssertEqual(decoder.flushPendingEscape(), [])
    }

    func testDoubleEscapeIsOneEscape() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed(escape), [])
        XCTAssertEqual(decoder.feed(escape), [])
        XCTAssertEqual(decoder.flushPendingEscape(), [.escape])
    }

    func testAltKeyIsTheKeyAlone() {
        XCTAssertEqual(decode([escape, 0x78]), [.character("x")])
        XCTAssertEqual(decode([escape, 0x0D]), [.enter])
        XCTAssertEqual(decode([escape, escape] + csi("A")), [.up])   // Alt-Up in some terminals
    }

    func testFlushDropsAnIncompleteSequence() {
        var decoder = KeyDecoder()
        for byte in csi("1;") {
            _ = decoder.feed(byte)
        }
        XCTAssertEqual(decoder.flushPendingEscape(), [])
        XCTAssertFalse(decoder.isAwaitingMoreBytes)
        // The final byte arriving late is then an ordinary character.
        XCTAssertEqual(decoder.feed(0x41), [.character("A")])
    }

    func testFlushDropsAnIncompleteCharacter() {
        var decoder = KeyDecoder()
        _ = decoder.feed(0xC3)
        XCTAssertEqual(decoder.flushPendingEscape(), [])
        XCTAssertEqual(decoder.feed(0x62), [.character("b")])
    }

    func testUnknownSequencesAreDroppedWhole() {
        XCTAssertEqual(decode(csi("?1;2c") + [0x61]), [.character("a")])    // device attributes report
        XCTAssertEqual(decode(csi("<0;10;5M") + [0x62]), [.character("b")]) // SGR mouse report
        XCTAssertEqual(decode(csi("Z") + [0x63]), [.character("c")])        // Shift-Tab
        XCTAssertEqual(decode(csi("1 q") + [0x64]), [.character("d")])      // intermediate byte
        XCTAssertEqual(decode(csi("[A") + [0x65]), [.character("e")])       // Linux console F1
    }

    func testOverlongParametersAreDropped() {
        let parameters = String(repeating: "1;", count: 50)
        XCTAssertEqual(decode(csi(parameters + "A") + [0x7A]), [.character("z")])
    }

    func testControlByteInsideASequenceAbandonsIt() {
        XCTAssertEqual(decode(csi("1") + [0x03]), [.interrupt])
        XCTAssertEqual(decode(csi("1;") + csi("B")), [.down])
        XCTAssertEqual(decode(ss3("") + [0x0D]), [.enter])
        XCTAssertEqual(decode(csi("5") + [0xC3, 0xB1]), [.character("ñ")])
    }

    func testDecoderRecoversFromRandomGarbage() {
        // A fixed xorshift stream, so the test is the same on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var decoder = KeyDecoder()
        for _ in 0..<20_000 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            _ = decoder.feed(UInt8(truncatingIfNeeded: state))
        }
        _ = decoder.flushPendingEscape()
        XCTAssertEqual(csi("A").flatMap { decoder.feed($0) }, [.up])
        XCTAssertFalse(decoder.isAwaitingMoreBytes)
    }
}
