/// Turns the bytes a terminal sends into `Key`s: a pure state machine, with no I/O.
///
/// Feed it every byte read from standard input, in order; each call returns the keys that
/// byte completed (often none, while a sequence is still arriving).
///
/// Understood input:
/// - printable ASCII and multi-byte UTF-8 characters (`ñ` is `C3 B1`);
/// - Enter as CR `0x0D` or LF `0x0A`, Backspace as DEL `0x7F` or BS `0x08`, Tab `0x09`,
///   Ctrl-C `0x03`, Ctrl-D `0x04`; other control bytes are ignored;
/// - CSI sequences `ESC [ A/B/C/D/H/F` and `ESC [ n ~` (n = 1 or 7 Home, 3 Delete, 4 or 8
///   End, 5 Page Up, 6 Page Down), with or without modifier parameters (`ESC [ 1 ; 5 C`
///   is Ctrl-→, decoded as plain `.right`);
/// - SS3 sequences `ESC O A/B/C/D/H/F` (application cursor mode) and `ESC O M` (keypad Enter);
/// - `ESC` followed at once by another key (how terminals send Alt-key): that key alone.
///
/// A lone `ESC` cannot be told apart from the start of a sequence until more bytes arrive
/// or none do: the caller waits a short time while `isAwaitingMoreBytes` is true and then
/// calls `flushPendingEscape()`. Unknown or malformed sequences are dropped whole, and any
/// control byte in the middle of a sequence abandons it, so the decoder cannot get stuck.
struct KeyDecoder {
    /// Where the decoder is within a multi-byte input.
    private enum State: Equatable {
        /// Between keys.
        case ground
        /// After `ESC`.
        case escape
        /// After `ESC [`, collecting parameter and intermediate bytes until the final byte.
        case controlSequence(parameters: [UInt8])
        /// After `ESC [ [` (Linux console F1–F5): one more byte, then done.
        case linuxFunctionKey
        /// After `ESC O`, collecting parameter bytes until the final byte.
        case singleShift
        /// Inside a UTF-8 character: the bytes so far and how many it needs in all.
        case utf8(bytes: [UInt8], length: Int)
    }

    /// Parameter bytes kept for one control sequence; longer ones are dropped as garbage.
    private static let maximumParameterBytes = 16

    private var state = State.ground

    /// Whether a sequence has started but is not complete: the caller should wait briefly
    /// for more bytes, then call `flushPendingEscape()` if none come.
    var isAwaitingMoreBytes: Bool {
        state != .ground
    }

    /// Decodes one more input byte and returns the keys it completes.
    mutating func feed(_ byte: UInt8) -> [Key] {
        switch state {
        case .ground:
            return ground(byte)
        case .escape:
            return afterEscape(byte)
        case .controlSequence(let parameters):
            return inControlSequence(byte, parameters: parameters)
        case .linuxFunctionKey:
            state = .ground
            return []
        case .singleShift:
            return inSingleShift(byte)
        case .utf8(let bytes, let length):
            return inCharacter(byte, bytes: bytes, length: length)
        }
    }

    /// Ends whatever the decoder was waiting for, because no more bytes came in time.
    ///
    /// A lone `ESC` becomes `.escape`; an incomplete sequence or UTF-8 character is dropped.
    mutating func flushPendingEscape() -> [Key] {
        defer { state = .ground }
        return state == .escape ? [.escape] : []
    }

    /// A byte that starts something new.
    private mutating func ground(_ byte: UInt8) -> [Key] {
        switch byte {
        case 0x03: return [.interrupt]
        case 0x04: return [.endOfFile]
        case 0x08, 0x7F: return [.backspace]
        case 0x09: return [.tab]
        case 0x0A, 0x0D: return [.enter]
        case 0x1B:
            state = .escape
            return []
        case 0x20...0x7E:
            return [.character(Character(Unicode.Scalar(byte)))]
        case 0xC2...0xDF:
            state = .utf8(bytes: [byte], length: 2)
            return []
        case 0xE0...0xEF:
            state = .utf8(bytes: [byte], length: 3)
            return []
        case 0xF0...0xF4:
            state = .utf8(bytes: [byte], length: 4)
            return []
        default:
            // Other control bytes, stray continuation bytes, bytes never valid in UTF-8.
            return []
        }
    }

    /// The byte after `ESC`.
    private mutating func afterEscape(_ byte: UInt8) -> [Key] {
        switch byte {
        case UInt8(ascii: "["):
            state = .controlSequence(parameters: [])
            return []
        case UInt8(ascii: "O"):
            state = .singleShift
            return []
        case 0x1B:
            // Alt-Escape, or Escape pressed twice quickly: still one pending Escape.
            return []
        default:
            // Alt-key: the key without its modifier.
            state = .ground
            return ground(byte)
        }
    }

    /// A byte inside `ESC [ …`.
    private mutating func inControlSequence(_ byte: UInt8, parameters: [UInt8]) -> [Key] {
        switch byte {
        case 0x20...0x3F:
            // Keeps at most one byte past the limit: enough to know the sequence is too long.
            var parameters = parameters
            if parameters.count <= Self.maximumParameterBytes { parameters.append(byte) }
            state = .controlSequence(parameters: parameters)
            return []
        case UInt8(ascii: "[") where parameters.isEmpty:
            state = .linuxFunctionKey
            return []
        case 0x40...0x7E:
            state = .ground
            guard parameters.count <= Self.maximumParameterBytes else { return [] }
            return Self.controlSequenceKey(final: byte, parameters: parameters).map { [$0] } ?? []
        default:
            return abandonSequence(at: byte)
        }
    }

    /// A byte inside `ESC O …`.
    private mutating func inSingleShift(_ byte: UInt8) -> [Key] {
        switch byte {
        case 0x30...0x3F:
            // Old xterms put a modifier digit here (`ESC O 5 C`); it is ignored.
            return []
        case 0x40...0x7E:
            state = .ground
            if byte == UInt8(ascii: "M") { return [.enter] }
            return Self.cursorKey(final: byte).map { [$0] } ?? []
        default:
            return abandonSequence(at: byte)
        }
    }

    /// A byte inside a multi-byte UTF-8 character.
    private mutating func inCharacter(_ byte: UInt8, bytes: [UInt8], length: Int) -> [Key] {
        guard byte & 0xC0 == 0x80 else {
            // Not a continuation byte: the character was cut short. Start again with this byte.
            state = .ground
            return ground(byte)
        }
        let bytes = bytes + [byte]
        guard bytes.count == length else {
            state = .utf8(bytes: bytes, length: length)
            return []
        }
        state = .ground
        // Rejects overlong forms, surrogates and code points past U+10FFFF.
        guard let text = String(validating: bytes, as: UTF8.self), let character = text.first else {
            return []
        }
        return [.character(character)]
    }

    /// Drops a sequence interrupted by `byte` (a control or non-ASCII byte, which cannot
    /// belong to it) and decodes `byte` afresh.
    private mutating func abandonSequence(at byte: UInt8) -> [Key] {
        state = .ground
        return ground(byte)
    }

    /// The key for a complete `ESC [ parameters final` sequence, if it is one we know.
    private static func controlSequenceKey(final: UInt8, parameters: [UInt8]) -> Key? {
        // Only digits and separators: a private marker (`?`, `<`, …) or an intermediate
        // byte means a report or a sequence from some other protocol.
        let isPlain = parameters.allSatisfy {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":")
        }
        guard isPlain else { return nil }
        if final != UInt8(ascii: "~") {
            return cursorKey(final: final)
        }
        let firstParameter = parameters.prefix { $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: ":") }
        switch Int(String(decoding: firstParameter, as: UTF8.self)) {
        case 1, 7: return .home
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        default: return nil
        }
    }

    /// The arrow, Home or End key named by the final byte of a CSI or SS3 sequence.
    private static func cursorKey(final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        default: return nil
        }
    }
}
