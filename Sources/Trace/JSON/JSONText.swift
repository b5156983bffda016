/// Hand-written JSON fragments with a fixed layout, for files that must be byte-for-byte
/// reproducible (the trace) and fast to write.
public enum JSONText {
    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped.
    public static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `value` as a JSON number that reads back as exactly the same `Double`.
    ///
    /// Swift's `description` is the shortest text that round-trips (`0.1`, `1e-05`, `1.0`), and
    /// every such text is a valid JSON number. JSON has no NaN or infinities: they are written as
    /// the strings `"NaN"`, `"Infinity"` and `"-Infinity"`, which ``number(from:)`` reads back.
    public static func number(_ value: Double) -> String {
        if value.isFinite { return value.description }
        if value.isNaN { return "\"NaN\"" }
        return value > 0 ? "\"Infinity\"" : "\"-Infinity\""
    }

    /// The `Double` a JSON value written by ``number(_:)`` stands for, or `nil` for anything else.
    public static func number(from value: JSONValue) -> Double? {
        switch value {
        case .number(let number): return number
        case .string("NaN"): return .nan
        case .string("Infinity"): return .infinity
        case .string("-Infinity"): return -.infinity
        default: return nil
        }
    }

    /// A matrix as nested rows: `[[0.5,-0.3],[0.8,0.2]]`.
    public static func matrix(_ matrix: Matrix) -> String {
        var bytes: [UInt8] = []
        appendMatrix(matrix, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``matrix(_:)``'s text to `bytes` as UTF-8, without building a string.
    public static func appendMatrix(_ matrix: Matrix, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for r in 0..<matrix.rows {
            if r > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "["))
            for c in 0..<matrix.columns {
                if c > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: number(matrix.elements[r * matrix.columns + c]).utf8)
            }
            bytes.append(UInt8(ascii: "]"))
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Names as a JSON array of strings.
    public static func strings(_ names: [String]) -> String {
        "[" + names.map(string).joined(separator: ",") + "]"
    }

    /// A shape as a JSON array of integers: `[4,2]`.
    public static func shape(_ shape: Shape) -> String {
        "[" + shape.dimensions.map(String.init).joined(separator: ",") + "]"
    }
}
