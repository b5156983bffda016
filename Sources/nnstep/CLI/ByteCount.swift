/// Sizes in bytes as messages write them: `850 bytes`, `1.1 MB`, `80 GB` (decimal units,
/// one decimal below 100).
enum ByteCount {
    /// `bytes` in the largest unit that keeps it at 1 or more.
    static func text(_ bytes: Double) -> String {
        guard bytes >= 1000 else { return "\(Int(max(bytes, 0).rounded())) bytes" }
        let units = ["kB", "MB", "GB", "TB", "PB", "EB"]
        var value = bytes / 1000
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        guard value < 1e12 else { return "\(value) \(units[unit])" }
        guard value < 100 else { return "\(Int(value.rounded())) \(units[unit])" }
        let tenths = Int((value * 10).rounded())
        let whole = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
        return "\(whole) \(units[unit])"
    }
}
