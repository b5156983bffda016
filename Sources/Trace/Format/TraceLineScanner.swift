import Foundation

/// What a trace index keeps of one event line: enough to place the event in the run and to move
/// through it, without its values.
struct TraceLineSummary: Equatable {
    /// The `epoch` field.
    var epoch: Int
    /// The `step` field.
    var step: Int
    /// The `phase` field.
    var phase: Phase
    /// The `op` field, as written.
    var operation: String
    /// The `name` field.
    var name: String
    /// For a loss event (``Recording/lossOperations``), its value: the first element of `values`,
    /// or `nil` when `values` is `null`. Always `nil` for other events.
    var loss: Double?

    /// The summary of an event read in full.
    init(_ event: TraceEvent) {
        epoch = event.epoch
        step = event.step
        phase = event.phase
        operation = event.operation.rawValue
        name = event.name
        loss = Recording.lossOperations.contains(event.operation) ? event.values?.elements.first : nil
    }

    init(epoch: Int, step: Int, phase: Phase, operation: String, name: String, loss: Double?) {
        self.epoch = epoch
        self.step = step
        self.phase = phase
        self.operation = operation
        self.name = name
        self.loss = loss
    }
}

/// Reads the few fields a trace index needs from an event line without parsing all of it.
///
/// The writer puts `epoch`, `step`, `phase`, `op` and `name` at the start of every line
/// (`{"seq":6,"epoch":1,"step":7,"phase":"forward","op":"affine","name":"Z1",…`), so the scan
/// usually stops after some 80 bytes; only a loss line is read on to its `values`, a 1×1 matrix.
/// Keys are found by name, at any position, and other keys are skipped whole, so a line written
/// in another key order (or with a key added, such as `batch`) is read the same way.
///
/// The scan is strict about what it reads and gives up — returning `nil` — on anything it does
/// not expect: escapes in those strings, an epoch that is not a plain positive integer, a loss
/// that is not one number, a line that is not a JSON object. The caller then parses the line in
/// full with ``JSONParser`` and ``TraceLineDecoder``, which accept or reject it with the exact
/// message. A `nil` is never wrong, only slower.
///
/// It makes no string for the operation and the name: it says where they are in the line
/// (``Fields``), so that an index compares them with the ones it has already met.
struct TraceLineScanner {
    /// What the scan found in a line: the numbers, and where the operation and the name are.
    struct Fields {
        var epoch: Int
        var step: Int
        var phase: Phase
        /// The bytes of the `op` string (without quotes), as offsets in the line.
        var operation: Range<Int>
        /// The bytes of the `name` string.
        var name: Range<Int>
        /// The loss, for a loss event; `nil` otherwise, or when its values are `null`.
        var loss: Double?
        /// Where the scan stopped: after the last of these fields.
        var end: Int
    }

    /// The names of ``Recording/lossOperations``, as the `op` field writes them.
    private let lossOperations: [[UInt8]]
    /// The phases, by the code of their names (see ``Key``).
    private let phases: [(code: UInt64, phase: Phase)]

    init() {
        lossOperations = Recording.lossOperations.map { Array($0.rawValue.utf8) }
        phases = Phase.allCases.map { (Key.code($0.rawValue.utf8), $0) }
    }

    /// The summary of the event `line` (without its newline), or `nil` when the line needs the
    /// full parser.
    static func summary(_ line: UnsafeBufferPointer<UInt8>) -> TraceLineSummary? {
        guard let fields = TraceLineScanner().fields(line) else { return nil }
        return TraceLineSummary(epoch: fields.epoch, step: fields.step, phase: fields.phase,
                                operation: String(decoding: line[fields.operation], as: UTF8.self),
                                name: String(decoding: line[fields.name], as: UTF8.self), loss: fields.loss)
    }

    /// The fields of the event `line` (without its newline), or `nil` when the line needs the
    /// full parser.
    func fields(_ line: UnsafeBufferPointer<UInt8>) -> Fields? {
        var cursor = Cursor(bytes: line, scanner: self)
        return cursor.fields()
    }

    /// Whether `operation` (bytes of `line`) names a loss.
    private func isLoss(_ operation: Range<Int>, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        lossOperations.contains { name in
            name.count == operation.count && name.withUnsafeBufferPointer {
                memcmp($0.baseAddress!, line.baseAddress! + operation.lowerBound, name.count) == 0
            }
        }
    }

    /// The phase whose name is `text`.
    private func phase(_ text: Range<Int>, in line: UnsafeBufferPointer<UInt8>) -> Phase? {
        let code = Key.code(line[text])
        if code == 0 { return Phase(rawValue: String(decoding: line[text], as: UTF8.self)) }
        return phases.first { $0.code == code }?.phase
    }

    /// The largest epoch or step read here: 15 digits, below 2⁵³ as the decoder requires.
    private static let maximumDigits = 15

    /// Keys compared as numbers: up to 8 bytes packed into a `UInt64`, first byte highest.
    private enum Key {
        // code("epoch"), code("step"), …, written out so that no lookup is needed per line.
        static let epoch: UInt64 = 0x65_70_6f_63_68, step: UInt64 = 0x73_74_65_70, phase: UInt64 = 0x70_68_61_73_65,
                   operation: UInt64 = 0x6f_70, name: UInt64 = 0x6e_61_6d_65, values: UInt64 = 0x76_61_6c_75_65_73

        /// The bytes of a key of 1 to 8 bytes, packed; 0 for any other.
        static func code<Bytes: Collection<UInt8>>(_ key: Bytes) -> UInt64 {
            guard !key.isEmpty, key.count <= 8 else { return 0 }
            var code: UInt64 = 0
            for byte in key { code = code << 8 | UInt64(byte) }
            return code
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        let scanner: TraceLineScanner
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>, scanner: TraceLineScanner) {
            self.bytes = bytes
            self.scanner = scanner
        }

        private static let quote = UInt8(ascii: "\"")
        private static let backslash = UInt8(ascii: "\\")

        mutating func fields() -> Fields? {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            var epoch: Int?, step: Int?, phase: Phase?, operation: Range<Int>?, name: Range<Int>?
            var isLoss = false
            var valuesRead = false
            var loss: Double?
            var lossReadable = true
            skipSpace()
            if peek == UInt8(ascii: "}") { return nil }
            while true {
                skipSpace()
                guard let key = plainString() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                let code = Key.code(bytes[key])
                if code == Key.epoch, epoch == nil {
                    guard let value = positiveInteger() else { return nil }
                    epoch = value
                } else if code == Key.step, step == nil {
                    guard let value = positiveInteger() else { return nil }
                    step = value
                } else if code == Key.phase, phase == nil {
                    guard let text = plainString(), let value = scanner.phase(text, in: bytes) else { return nil }
                    phase = value
                } else if code == Key.operation, operation == nil {
                    guard let text = plainString() else { return nil }
                    operation = text
                    isLoss = scanner.isLoss(text, in: bytes)
                } else if code == Key.name, name == nil {
                    guard let text = plainString() else { return nil }
                    name = text
                } else if code == Key.values, !valuesRead {
                    valuesRead = true
                    let start = index
                    if let value = singleValue() {
                        loss = value
                    } else {
                        lossReadable = false
                        index = start
                        guard skipValue() else { return nil }
                    }
                } else {
                    guard skipValue() else { return nil }
                }
                if let epoch, let step, let phase, let operation, let name, !isLoss || valuesRead {
                    guard !isLoss || lossReadable else { return nil }
                    return Fields(epoch: epoch, step: step, phase: phase, operation: operation, name: name,
                                  loss: isLoss ? loss : nil, end: index)
                }
                skipSpace()
                guard take(UInt8(ascii: ",")) else { return nil }
            }
        }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0D { index += 1 }
        }

        /// Where the bytes of a string with no escapes and no control characters are, without
        /// its quotes.
        mutating func plainString() -> Range<Int>? {
            guard take(Self.quote) else { return nil }
            let start = index
            while let byte = peek {
                if byte == Self.quote {
                    index += 1
                    return start..<(index - 1)
                }
                if byte == Self.backslash || byte < 0x20 { return nil }
                index += 1
            }
            return nil
        }
        /// A whole number from 1 written with digits only (no sign, no leading zero, no fraction).
        mutating func positiveInteger() -> Int? {
            guard let first = peek, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first) else { return nil }
            var value = 0
            var digits = 0
            while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                digits += 1
                guard digits <= TraceLineScanner.maximumDigits else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                index += 1
            }
            return value
        }

        /// `null` (no value: `nil` inside) or `[[x]]` with one number `x`; `nil` for anything else.
        mutating func singleValue() -> Double?? {
            if peek == UInt8(ascii: "n") {
                for byte in "null".utf8 { guard take(byte) else { return nil } }
                return .some(nil)
            }
            guard take(UInt8(ascii: "[")) else { return nil }
            skipSpace()
            guard take(UInt8(ascii: "[")) else { return nil }
            skipSpace()
            let value: Double
            if peek == Self.quote {
                guard let text = plainString() else { return nil }
                switch String(decoding: bytes[text], as: UTF8.self) {
                case "NaN": value = .nan
                case "Infinity": value = .infinity
                case "-Infinity": value = -.infinity
                default: return nil
                }
            } else {
                guard let number = number() else { return nil }
                value = number
            }
            skipSpace()
            guard take(UInt8(ascii: "]")) else { return nil }
            skipSpace()
            guard take(UInt8(ascii: "]")) else { return nil }
            return .some(value)
        }

        /// A JSON number (RFC 8259 grammar), read as ``JSONParser`` reads it.
        mutating func number() -> Double? {
            let start = index
            _ = take(UInt8(ascii: "-"))
            if !take(UInt8(ascii: "0")) { guard digits() else { return nil } }
            if take(UInt8(ascii: ".")) { guard digits() else { return nil } }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                guard digits() else { return nil }
            }
            return Double(String(decoding: bytes[start..<index], as: UTF8.self))
        }

        mutating func digits() -> Bool {
            let start = index
            while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
            return index > start
        }

        /// Moves past one value without reading it: a string, an array or object (brackets
        /// counted, strings respected), or a number or literal. Lenient: the full parser judges
        /// the line when the event is read.
        mutating func skipValue() -> Bool {
            guard let first = peek else { return false }
            if first == Self.quote { return skipString() }
            if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
                var depth = 0
                while let byte = peek {
                    switch byte {
                    case Self.quote:
                        guard skipString() else { return false }
                        continue
                    case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        depth -= 1
                        if depth == 0 {
                            index += 1
                            return true
                        }
                    default: break
                    }
                    index += 1
                }
                return false
            }
            let start = index
            while let byte = peek, byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"), byte != UInt8(ascii: "]"),
                  byte != 0x20, byte != 0x09, byte != 0x0D {
                index += 1
            }
            return index > start
        }

        mutating func skipString() -> Bool {
            index += 1
            while let byte = peek {
                index += 1
                if byte == Self.backslash {
                    index += 1
                } else if byte == Self.quote {
                    return true
                }
            }
            return false
        }
    }
}
