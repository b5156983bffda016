import Trace

/// Seeded mutations of a valid document, to make the broken inputs a student (or a crash, or a
/// full disk) can hand nnstep: cut files, flipped bytes, absurd numbers, values of the wrong
/// type, deep nesting, stray Unicode and shuffled lines.
///
/// Deterministic: the same seed gives the same mutations on every machine, because every choice
/// comes from ``SplitMix64`` through ``below(_:)`` (no standard-library randomness, whose
/// algorithms may change between Swift versions).
struct FuzzMutator {
    /// The kinds of mutation, one of which ``mutate(_:)`` applies (sometimes several in a row).
    enum Kind: CaseIterable {
        case truncate, flipBits, hugeNumber, wrongType, deepNesting, unicode, deleteSlice, duplicateSlice,
             swapLines, garbageLine, renameKey

        /// The mutations that usually leave valid JSON, so that the decoder, not the parser,
        /// has to find what is wrong.
        static let keepingJSON: [Kind] = [.hugeNumber, .wrongType, .renameKey]
    }

    private var generator: SplitMix64

    /// A mutator whose choices are fixed by `seed`.
    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// A number in `0..<bound` (`bound` > 0).
    mutating func below(_ bound: Int) -> Int {
        Int(generator.next() % UInt64(bound))
    }

    /// One element of `items`.
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// `bytes` after one to three mutations: half of the time only those that keep the JSON
    /// valid (``Kind/keepingJSON``), otherwise any.
    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        let kinds = below(2) == 0 ? Kind.keepingJSON : Kind.allCases
        var result = bytes
        for _ in 0...below(3) {
            result = apply(pick(kinds), to: result)
        }
        return result
    }

    /// `bytes` after the mutation `kind`.
    mutating func apply(_ kind: Kind, to bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return Array("{".utf8) }
        var bytes = bytes
        switch kind {
        case .truncate:
            return Array(bytes.prefix(below(bytes.count)))
        case .flipBits:
            for _ in 0...below(8) {
                bytes[below(bytes.count)] ^= UInt8(1) << UInt8(below(8))
            }
            return bytes
        case .hugeNumber:
            return replaceToken(in: bytes, isStart: Self.isNumberStart, with: pick(Self.numbers))
        case .wrongType:
            return replaceToken(in: bytes, isStart: { $0 == UInt8(ascii: "[") || Self.isNumberStart($0) || $0 == 0x22 },
                                with: pick(Self.wrongValues))
        case .deepNesting:
            let depth = pick([10, 511, 512, 513, 5_000, 100_000])
            let open = pick(["[", "{\"a\":", "[{\"b\":"])
            let at = below(bytes.count + 1)
            return Array(bytes[..<at]) + Array(String(repeating: open, count: depth).utf8) + Array(bytes[at...])
        case .unicode:
            let at = below(bytes.count + 1)
            return Array(bytes[..<at]) + unicodeNoise() + Array(bytes[at...])
        case .deleteSlice:
            let start = below(bytes.count), end = min(bytes.count, start + 1 + below(64))
            bytes.removeSubrange(start..<end)
            return bytes
        case .duplicateSlice:
            let start = below(bytes.count), end = min(bytes.count, start + 1 + below(256))
            bytes.insert(contentsOf: bytes[start..<end], at: below(bytes.count + 1))
            return bytes
        case .swapLines:
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            guard lines.count > 1 else { return bytes }
            lines.swapAt(below(lines.count), below(lines.count))
            return Array(lines.joined(separator: [0x0A]))
        case .renameKey:
            return replaceToken(in: bytes, isStart: { $0 == 0x22 }, with: pick(Self.keys))
        case .garbageLine:
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            lines.insert(pick(Self.garbage), at: below(lines.count + 1))
            return Array(lines.joined(separator: [0x0A]))
        }
    }

    /// `bytes` with the token starting at a random byte where `isStart` holds (a number, a
    /// value) replaced by `replacement`; unchanged when there is no such byte.
    private mutating func replaceToken(in bytes: [UInt8], isStart: (UInt8) -> Bool, with replacement: String) -> [UInt8] {
        let starts = bytes.indices.filter { isStart(bytes[$0]) }
        guard !starts.isEmpty else { return bytes }
        let start = pick(starts)
        var end = start + 1
        while end < bytes.count, !Self.tokenEnds.contains(bytes[end]) { end += 1 }
        return Array(bytes[..<start]) + Array(replacement.utf8) + Array(bytes[end...])
    }

    /// A few random Unicode scalars, raw or as `\u` escapes (lone surrogates included), with
    /// control characters, combining marks, right-to-left text and emoji among them.
    private mutating func unicodeNoise() -> [UInt8] {
        var out: [UInt8] = []
        for _ in 0...below(6) {
            switch below(4) {
            case 0:
                let value = pick([0x00, 0x07, 0x1B, 0x7F, 0x300, 0x5D0, 0x200F, 0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF])
                out += Array(String(Character(Unicode.Scalar(UInt32(value))!)).utf8)
            case 1:
                let hex = String(pick([0xD800, 0xDBFF, 0xDC00, 0x0000, 0x001F, 0x00E9]), radix: 16, uppercase: true)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            case 2:
                out += [pick([0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xF0, 0xF8, 0xFF])]
            default:
                out += Array(pick(["é", "ñ", "δ", "∞", "—", "\u{0301}", "🙂", "\"", "\\", "\n"]).utf8)
            }
        }
        return out
    }

    private static func isNumberStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static let tokenEnds: Set<UInt8> = Set(",]}\n ".utf8)

    /// Numbers at the edges: too large, too small, negative, fractional, not numbers at all.
    private static let numbers = [
        "1e400", "-1e400", "1e308", "-1e308", "4.9e-324", "0", "-0", "0.5", "-1", "2.5", "9007199254740993",
        "1e16", "100001", "10000001", "18446744073709551616", "1" + String(repeating: "0", count: 400),
        "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "NaN", "1.", ".5", "01", "1e", "-",
    ]

    /// Values of every JSON type, to put where another is expected.
    private static let wrongValues = [
        "null", "true", "false", "\"texto\"", "\"\"", "[]", "[[]]", "{}", "{\"units\":2}", "[1,\"2\"]", "[[1,2],[3]]",
        "-1", "0",
    ]

    /// Keys and near-misses of keys, quoted (they replace a string, key or value).
    private static let keys = [
        "\"learningrate\"", "\"epoch\"", "\"Epochs\"", "\"unit\"", "\"activation\"", "\"relu\"", "\"W9\"",
        "\"b0\"", "\"x\"", "\"Y\"", "\"init\"", "\"sampling\"", "\"every\"", "\"values\"", "\"shape\"",
        "\"phase\"", "\"backward\"", "\"op\"", "\"nnstep-trace\"", "\"inputs\"", "\"layers\"", "\"seq\"",
    ]

    /// Lines that are not events.
    private static let garbage: [[UInt8]] = [
        Array("garbage".utf8), Array("{}".utf8), Array("[]".utf8), Array("null".utf8), Array("{\"seq\":0}".utf8),
        Array(repeating: 0x7B, count: 600), [0xFF, 0xFE, 0x00], Array("\u{FEFF}{\"format\":\"nnstep-trace\",\"version\":1}".utf8),
    ]
}
