import Foundation

/// The benchmark table: one row per workload, printed as Markdown.
struct Table {
    /// One workload's result.
    struct Row {
        let workload: String
        let nnstep: String
        let reference: String
        let ratio: String
        let target: String
        let met: Bool?
    }

    private(set) var rows: [Row] = []

    mutating func add(_ row: Row) { rows.append(row) }

    /// The table in Markdown, ready for the README.
    var markdown: String {
        var lines = ["| workload | nnstep | numpy | ratio | target | met |", "|---|---|---|---|---|---|"]
        for row in rows {
            let met = row.met.map { $0 ? "yes" : "**no**" } ?? "—"
            lines.append("| \(row.workload) | \(row.nnstep) | \(row.reference) | \(row.ratio) | \(row.target) | \(met) |")
        }
        return lines.joined(separator: "\n")
    }

    /// `0.0123 s` or `12.3 ms` or `456 µs`.
    static func seconds(_ value: Double) -> String {
        if value >= 1 { return String(format: "%.2f s", value) }
        if value >= 1e-3 { return String(format: "%.1f ms", value * 1e3) }
        return String(format: "%.0f µs", value * 1e6)
    }

    /// `12.3 MB`.
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
}
