/// Reads one decimal number from the bytes of a CSV cell, without building a string.
///
/// The syntax is `[+-] digits [. digits] [(e|E) [+-] digits]`, with at least one digit before
/// or after the point (`5`, `-0.25`, `.5`, `5.`, `1e-3`). Nothing else is a number: no spaces
/// inside, no `nan`, `inf`, hexadecimal or `,` decimal mark.
///
/// The result is the correctly rounded `Double`, as `Double(String)` gives. Most cells take
/// Clinger's fast path: a significand of at most 19 digits that is at most 2⁵³ and a power of
/// ten 10ᵏ with |k| ≤ 22 are both exact doubles, so one multiplication or division, rounded
/// once by IEEE 754, is the correctly rounded value. Any other cell falls back to
/// `Double(String)`.
enum CSVNumber {
    /// What a cell holds.
    enum Reading: Equatable {
        case number(Double)
        /// Not in the number syntax.
        case invalid
        /// In the syntax, but too large for a `Double`.
        case overflow
    }

    /// 10⁰ … 10²², all exact in a `Double`.
    private static let powersOfTen: [Double] = (0...22).map { k in
        var power = 1.0
        for _ in 0..<k { power *= 10 }
        return power
    }

    /// The number written in `bytes[start..<end]` (spaces already trimmed).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Reading {
        var index = start
        guard index < end else { return .invalid }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var significand: UInt64 = 0
        var digits = 0          // significant digits kept in `significand`
        var exponent = 0        // value = significand × 10^exponent
        var inexact = false     // a nonzero digit was dropped after the 19th
        var sawDigit = false
        while index < end, let digit = digitValue(bytes[index]) {
            sawDigit = true
            if significand == 0 && digit == 0 {
                // A leading zero.
            } else if digits < 19 {
                significand = significand * 10 + digit
                digits += 1
            } else {
                exponent += 1
                if digit != 0 { inexact = true }
            }
            index += 1
        }
        if index < end && bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < end, let digit = digitValue(bytes[index]) {
                sawDigit = true
                if digits < 19 {
                    if significand != 0 || digit != 0 {
                        significand = significand * 10 + digit
                        digits += 1
                    }
                    exponent -= 1
                } else if digit != 0 {
                    inexact = true
                }
                index += 1
            }
        }
        guard sawDigit else { return .invalid }
        if index < end && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            var exponentNegative = false
            if index < end && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var written = 0
            var sawExponentDigit = false
            while index < end, let digit = digitValue(bytes[index]) {
                sawExponentDigit = true
                if written < 100_000 { written = written * 10 + Int(digit) }
                index += 1
            }
            guard sawExponentDigit else { return .invalid }
            exponent += exponentNegative ? -written : written
        }
        guard index == end else { return .invalid }
        if significand == 0 { return .number(negative ? -0.0 : 0.0) }
        if !inexact && significand <= 1 << 53 && (-22...22).contains(exponent) {
            let magnitude = exponent >= 0
                ? Double(significand) * powersOfTen[exponent]
                : Double(significand) / powersOfTen[-exponent]
            return .number(negative ? -magnitude : magnitude)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let value = Double(text) else { return .invalid }
        return value.isFinite ? .number(value) : .overflow
    }

    private static func digitValue(_ byte: UInt8) -> UInt64? {
        byte &- UInt8(ascii: "0") < 10 ? UInt64(byte &- UInt8(ascii: "0")) : nil
    }
}
