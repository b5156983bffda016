import Foundation

/// Durations as messages write them: `850 µs`, `12.3 ms`, `1.25 s`, `95 s`.
enum Seconds {
    /// `seconds` in µs, ms or s, with three significant digits at most.
    static func text(_ seconds: Double) -> String {
        let (value, unit) = seconds < 1e-3 ? (seconds * 1e6, "µs") : seconds < 1 ? (seconds * 1e3, "ms") : (seconds, "s")
        let decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2
        return String(format: "%.*f", decimals, value) + " " + unit
    }
}
