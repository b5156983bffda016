import Trace

/// How annotations write numbers: with a decimal point and never an exponent, in Spanish too,
/// so that the text matches the matrices beside it.
enum Numbers {
    /// Four decimals: `0.1069`, `-0.6000`.
    static func fixed(_ x: Double) -> String { Matrix.fixed(x, digits: 4) }

    /// Four decimals without trailing zeros, for given data and settings: `0.5`, `1`, `0`.
    static func compact(_ x: Double) -> String {
        var text = fixed(x)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// An element of the matrix named `name`: compact for the lesson's given data `X` and `y`
    /// (whose entries are usually 0 and 1), four decimals for anything computed.
    static func element(_ x: Double, of name: String) -> String {
        name == "X" || name == "y" ? compact(x) : fixed(x)
    }

    /// Four decimals with an explicit sign for a change: `+0.0007`, `-0.0185`, `0.0000`.
    static func signed(_ x: Double) -> String {
        let text = fixed(x)
        return x > 0 && text != fixed(0) ? "+" + text : text
    }

    /// A factor inside a product: negative numbers in parentheses, `(-0.6000)`.
    static func factor(_ text: String) -> String {
        text.hasPrefix("-") ? "(\(text))" : text
    }

    /// `a·b`, each factor in parentheses when negative: `0.4502·(-0.6000)`.
    static func product(_ a: String, _ b: String) -> String { factor(a) + "·" + factor(b) }

    /// Terms written as one sum: `-0.0232 + 0.0157 - 0.0158`.
    static func sum(_ terms: [Double]) -> String {
        var text = ""
        for (index, term) in terms.enumerated() {
            if index == 0 {
                text = fixed(term)
            } else {
                text += (term < 0 && fixed(term) != fixed(0) ? " - " : " + ") + fixed(abs(term))
            }
        }
        return text
    }

    /// A share as a percentage with one decimal: `0.2031` → `20.3`.
    static func percent(_ share: Double) -> String { Matrix.fixed(share * 100, digits: 1) }

    /// A number with as many decimals as it needs, up to `digits`: `0.2`, `1600`, `0.0016`.
    static func short(_ x: Double, digits: Int = 4) -> String {
        var text = Matrix.fixed(x, digits: digits)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A row of numbers: `(0.0171, -0.0154)`; one number is written alone.
    static func tuple(_ xs: [Double], _ format: (Double) -> String = fixed) -> String {
        xs.count == 1 ? format(xs[0]) : "(" + xs.map(format).joined(separator: ", ") + ")"
    }
}
