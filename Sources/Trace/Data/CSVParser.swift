/// The byte-level reader behind ``CSVTable/parse(_:header:)``.
///
/// One pass over the bytes: each line is cut at its end, each cell at its commas, and each cell
/// read by ``CSVNumber`` straight from the buffer, so no string is made for a number.
struct CSVParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let header: CSVTable.Header
    private var index = 0
    private var line = 0

    init(bytes: UnsafeBufferPointer<UInt8>, header: CSVTable.Header) {
        self.bytes = bytes
        self.header = header
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
    }

    /// The table, or the first problem from the top of the file.
    mutating func table() throws(CSVError) -> CSVTable {
        var values: [Double] = []
        var lines: [Int] = []
        var names: [String]?
        var expected = 0
        var firstLine = 0
        while let (start, end) = nextLine() {
            guard start < end else { continue }
            if firstLine == 0 {
                firstLine = line
                let isHeader: Bool
                switch header {
                case .present: isHeader = true
                case .absent: isHeader = false
                case .detect: isHeader = try !isNumeric(start, end)
                }
                if isHeader {
                    names = cells(start, end).map { headerName(of: $0) }
                    expected = names!.count
                    continue
                }
                expected = try appendRow(start, end, to: &values, expected: nil, firstLine: firstLine)
                lines.append(line)
                let estimatedRows = bytes.count / max(1, end - start + 1) + 1
                values.reserveCapacity(min(estimatedRows, 1 << 24) * expected)
                lines.reserveCapacity(min(estimatedRows, 1 << 24))
                continue
            }
            _ = try appendRow(start, end, to: &values, expected: expected, firstLine: firstLine)
            lines.append(line)
        }
        guard !lines.isEmpty else { throw .empty }
        return CSVTable(header: names, columnCount: expected, values: values, lines: lines)
    }

    /// The next line without its end and without spaces at either end, or `nil` at the end of
    /// the bytes. Advances ``line``.
    private mutating func nextLine() -> (Int, Int)? {
        guard index < bytes.count else { return nil }
        line += 1
        let start = index
        while index < bytes.count && bytes[index] != UInt8(ascii: "\n") && bytes[index] != UInt8(ascii: "\r") {
            index += 1
        }
        let end = index
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") {
                index += 2
            } else {
                index += 1
            }
        }
        return trimmed(start, end)
    }

    /// Reads the cells of `start..<end` into `values` and returns how many there were.
    ///
    /// With `expected` set, a row with another number of cells is reported as such, even when a
    /// cell past the expected ones is not a number (`1,2,3,` with 3 columns has a comma too many,
    /// not an empty fourth number).
    private func appendRow(_ start: Int, _ end: Int, to values: inout [Double], expected: Int?,
                           firstLine: Int) throws(CSVError) -> Int {
        var column = 0
        var cellStart = start
        while true {
            var cellEnd = cellStart
            while cellEnd < end && bytes[cellEnd] != UInt8(ascii: ",") { cellEnd += 1 }
            column += 1
            if let expected, column > expected {
                throw .cellCount(line: line, count: cells(start, end).count, expected: expected, firstLine: firstLine)
            }
            let (s, e) = trimmed(cellStart, cellEnd)
            switch CSVNumber.read(bytes, from: s, to: e) {
            case .number(let value):
                values.append(value)
            case .invalid:
                if let expected, cells(start, end).count != expected {
                    throw .cellCount(line: line, count: cells(start, end).count, expected: expected, firstLine: firstLine)
                }
                if bytes[s..<e].contains(UInt8(ascii: ";")) { throw .semicolonSeparated(line: line) }
                throw .notANumber(line: line, column: column, text: quote(s, e))
            case .overflow:
                throw .notFinite(line: line, column: column, text: quote(s, e))
            }
            if cellEnd == end { break }
            cellStart = cellEnd + 1
        }
        if let expected, column != expected {
            throw .cellCount(line: line, count: column, expected: expected, firstLine: firstLine)
        }
        return column
    }

    /// Whether the line is data: every cell is in the number syntax (too large ones included) or
    /// empty. An empty cell makes `1,,3` a row with a missing number, not a header; a header has a
    /// name somewhere (`,x,y`, as pandas writes an unnamed index, is a header).
    ///
    /// - Throws: ``CSVError/semicolonSeparated(line:)`` when a cell that is not a number holds a
    ///   `;`: such a first line is data in another separator, not a header.
    private func isNumeric(_ start: Int, _ end: Int) throws(CSVError) -> Bool {
        var numeric = true
        for (s, e) in cells(start, end) where s < e && CSVNumber.read(bytes, from: s, to: e) == .invalid {
            if bytes[s..<e].contains(UInt8(ascii: ";")) { throw .semicolonSeparated(line: line) }
            numeric = false
        }
        return numeric
    }

    /// The bounds of each cell of `start..<end`, spaces trimmed.
    private func cells(_ start: Int, _ end: Int) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var cellStart = start
        for position in start...end where position == end || bytes[position] == UInt8(ascii: ",") {
            result.append(trimmed(cellStart, position))
            cellStart = position + 1
        }
        return result
    }

    /// `start..<end` without spaces and tabs at either end.
    private func trimmed(_ start: Int, _ end: Int) -> (Int, Int) {
        var s = start, e = end
        while s < e && (bytes[s] == UInt8(ascii: " ") || bytes[s] == UInt8(ascii: "\t")) { s += 1 }
        while e > s && (bytes[e - 1] == UInt8(ascii: " ") || bytes[e - 1] == UInt8(ascii: "\t")) { e -= 1 }
        return (s, e)
    }

    /// A header cell as text, without one pair of surrounding double quotes.
    private func headerName(of cell: (Int, Int)) -> String {
        var (s, e) = cell
        if e - s >= 2 && bytes[s] == UInt8(ascii: "\"") && bytes[e - 1] == UInt8(ascii: "\"") {
            s += 1
            e -= 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
    }

    /// A cell as text for a message, cut to ``CSVError/quotedLength`` characters.
    private func quote(_ start: Int, _ end: Int) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return text.count > CSVError.quotedLength ? String(text.prefix(CSVError.quotedLength - 1)) + "…" : text
    }
}
