import Foundation

/// Numbers as math-mode LaTeX, the way the notes print them: a fixed number of decimals, never
/// `1e-05`.
///
/// - `0.52497918747894` at 4 decimals is `0.5250`; `-0.1327` keeps its `-`, which math mode
///   sets as a real minus sign; `-0.00001` is not `-0.0000` but, like every value too small to
///   show at this precision, `-1.0000 \times 10^{-5}`.
/// - Values of 100 000 and more are also written `m \times 10^{k}` (`1.2346 \times 10^{6}`).
/// - Zero (and `-0`) is `0.0000`; NaN and the infinities are `\text{NaN}`, `\infty`, `-\infty`.
public struct LaTeXNumber: Sendable, Equatable {
    /// Decimals of every number (of the mantissa, in the `\times 10^{k}` form).
    public var digits: Int

    /// Values at or above this size are written with `\times 10^{k}`.
    public static let largeThreshold = 1e5

    /// A formatter with `digits` decimals (0 to 12).
    public init(digits: Int = 4) {
        self.digits = min(max(digits, 0), 12)
    }

    /// `x` in math mode.
    public func format(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "\\text{NaN}" : (x > 0 ? "\\infty" : "-\\infty") }
        if x == 0 { return Self.fixed(0, digits: digits) }
        let fixed = Self.fixed(x, digits: digits)
        let showsZero = fixed.allSatisfy { $0 == "0" || $0 == "." || $0 == "-" }
        guard showsZero || abs(x) >= Self.largeThreshold else { return fixed }
        var exponent = Int(floor(log10(abs(x))))
        var mantissa = Self.fixed(x / pow(10, Double(exponent)), digits: digits)
        if mantissa.hasPrefix("10") || mantissa.hasPrefix("-10") {
            exponent += 1
            mantissa = Self.fixed(x / pow(10, Double(exponent)), digits: digits)
        }
        return "\(mantissa) \\times 10^{\(exponent)}"
    }

    /// `x` written with as few decimals as give back exactly `x` (`0.5`, `0.001`, `10`), never
    /// with an exponent: for settings such as η, in math or in text.
    public static func shortest(_ x: Double) -> String {
        guard x.isFinite else { return LaTeXNumber().format(x) }
        for digits in 0...17 {
            let text = fixed(x, digits: digits)
            if Double(text) == x { return text }
        }
        return fixed(x, digits: 17)
    }

    /// `%.*f`, with `-0.000` printed as `0.000`.
    private static func fixed(_ x: Double, digits: Int) -> String {
        let text = String(format: "%.*f", digits, x)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }
}
