import Foundation

/// What `print` and `display` show: a matrix, or part of it, numpy style.
///
/// `W1` (all of it), `W1[0,:]` (row 0), `W1[:,1]` (column 1), `W1[0,1]` (one entry), `W1[0]`
/// (the first axis's slice 0: a row of a matrix; a channel or filter in layers that have them).
/// Indices count from 0 as in numpy, and negative ones count from the end (`-1` is the last).
struct ValueExpression: Equatable, Sendable, CustomStringConvertible {
    /// The name as typed.
    var name: String
    /// Which part of the matrix.
    var selection: Selection

    /// The parts of a matrix an expression can select.
    enum Selection: Equatable, Sendable {
        case all
        case row(Int)
        case column(Int)
        case entry(Int, Int)
        /// `NAME[c]`: slice `c` of the first axis.
        case slice(Int)
    }

    /// The expression as it would be typed: `W1[0,:]`.
    var description: String {
        switch selection {
        case .all: return name
        case .row(let r): return "\(name)[\(r),:]"
        case .column(let c): return "\(name)[:,\(c)]"
        case .entry(let r, let c): return "\(name)[\(r),\(c)]"
        case .slice(let c): return "\(name)[\(c)]"
        }
    }

    /// Reads `text`; `nil` when it is not of a form above.
    init?(_ text: String) {
        guard let open = text.firstIndex(of: "[") else {
            guard Self.isName(text) else { return nil }
            self.init(name: text, selection: .all)
            return
        }
        let name = String(text[..<open])
        guard Self.isName(name), text.hasSuffix("]") else { return nil }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let indices = parts.map { Int($0) }
        switch (parts.count, indices.first ?? nil, indices.last ?? nil) {
        case (1, let c?, _): self.init(name: name, selection: .slice(c))
        case (1, nil, _) where parts[0] == ":": self.init(name: name, selection: .all)
        case (2, let r?, let c?): self.init(name: name, selection: .entry(r, c))
        case (2, let r?, nil) where parts[1] == ":": self.init(name: name, selection: .row(r))
        case (2, nil, let c?) where parts[0] == ":": self.init(name: name, selection: .column(c))
        case (2, nil, nil) where parts == [":", ":"]: self.init(name: name, selection: .all)
        default: return nil
        }
    }

    /// An expression with every field given.
    init(name: String, selection: Selection) {
        self.name = name
        self.selection = selection
    }

    /// The single entry this expression names, if it names one.
    var entry: Entry? {
        guard case .entry(let row, let column) = selection else { return nil }
        return Entry(name: name, row: row, column: column)
    }

    /// A name is anything without brackets, commas, spaces or comparison signs: `delta_out`,
    /// `d_hidden_layer`, `δ_hidden`, `W₁`.
    private static func isName(_ text: String) -> Bool {
        !text.isEmpty && !text.contains { "[],<>=≤≥;".contains($0) || $0.isWhitespace }
    }
}

/// One entry of a named matrix: `W1[0,1]`.
struct Entry: Equatable, Sendable, CustomStringConvertible {
    /// The name as typed.
    var name: String
    /// Row and column, from 0; negative counts from the end.
    var row: Int
    var column: Int

    var description: String { "\(name)[\(row),\(column)]" }
}
