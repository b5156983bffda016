import Foundation
import Trace

/// How the comparison and the diagnoses write numbers: never with an exponent such as `1e-05`.
enum DiagnosisNumbers {
    /// A loss, a norm, an output: four decimals from 0.001 up; below, three significant digits
    /// (`0.000731`); below 10⁻⁴, a power of ten (`5.17·10⁻⁵`), never `5.17e-05`.
    static func value(_ x: Double) -> String {
        guard x.isFinite else { return Matrix.fixed(x) }
        let size = abs(x)
        if x == 0 { return "0" }
        if size >= 0.001 { return Matrix.fixed(x, digits: 4) }
        let exponent = Int(floor(log10(size)))
        if exponent >= -4 { return Matrix.fixed(x, digits: 2 - exponent) }
        let mantissa = x / pow(10, Double(exponent))
        return Matrix.fixed(mantissa, digits: 2) + "·10" + superscript(exponent)
    }

    /// A number a student types or reads as a setting: as short as it is exact to four
    /// decimals (`0.5`, `20`, `0.001`).
    static func compact(_ x: Double) -> String {
        if x != 0 && abs(x) < 0.0001 { return value(x) }
        var text = Matrix.fixed(x, digits: 4)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// How many times larger one norm is than another: `155`, `12.3`, `0.26`.
    static func ratio(_ x: Double) -> String {
        guard x.isFinite else { return Matrix.fixed(x) }
        if x >= 100 { return Matrix.fixed(x, digits: 0) }
        if x >= 10 { return Matrix.fixed(x, digits: 1) }
        return Matrix.fixed(x, digits: 2)
    }

    /// A point of the input space: `(0,1)`, `(0.5,1)`.
    static func point(_ values: [Double]) -> String {
        "(" + values.map(compact).joined(separator: ",") + ")"
    }

    private static func superscript(_ number: Int) -> String {
        let digits: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶",
                                              "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"]
        return String(String(number).map { digits[$0] ?? $0 })
    }
}
