import Trace

/// One element of a matrix with its position, counted from 0.
struct Entry {
    var row: Int
    var column: Int
    var value: Double
}

extension Matrix {
    /// Every element with its position, row after row.
    var entries: [Entry] {
        elements.enumerated().map { Entry(row: $0.offset / columns, column: $0.offset % columns, value: $0.element) }
    }

    /// The first element of largest absolute value; `nil` for an empty matrix.
    var largestMagnitude: Entry? { entries.max { abs($0.value) < abs($1.value) } }

    /// The first largest element.
    var largest: Entry? { entries.max { $0.value < $1.value } }

    /// The first smallest element.
    var smallest: Entry? { entries.min { $0.value < $1.value } }

    /// The elements of row `row`.
    func rowValues(_ row: Int) -> [Double] { (0..<columns).map { self[row, $0] } }

    /// The elements of column `column`.
    func columnValues(_ column: Int) -> [Double] { (0..<rows).map { self[$0, column] } }
}
