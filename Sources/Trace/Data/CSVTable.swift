import Foundation

/// A CSV file of numbers: one example per line, one number per cell.
///
/// The format is the plain one spreadsheets and `numpy.savetxt(…, delimiter=",")` write:
///
/// - cells are separated by commas; spaces and tabs around a cell are ignored;
/// - each cell is a decimal number (`3`, `-0.25`, `1e-3`; see ``CSVTable/parse(_:header:)``);
/// - lines end in `\n`, `\r\n` or `\r`; blank lines (only spaces) are skipped, wherever they are;
/// - a UTF-8 byte order mark at the start (Excel writes one) is skipped;
/// - the first line may be a header of column names (see ``Header``);
/// - every row has as many cells as the first.
///
/// Quoted cells are not supported: a comma always separates cells. Values are stored row after
/// row in one array, so a 1797 × 65 file is one allocation of 116 805 doubles.
public struct CSVTable: Equatable, Sendable {
    /// The column names of the header line, or `nil` when the file has none.
    public let header: [String]?
    /// Number of rows of numbers (the header not counted).
    public let rowCount: Int
    /// Number of cells in every row.
    public let columnCount: Int
    /// The numbers, row after row: row `r`, column `c` (both from 0) is at `r * columnCount + c`.
    public let values: [Double]
    /// The line of the file each row comes from, from 1 (blank lines and the header make it differ
    /// from the row index), so that later messages can point into the file.
    public let lines: [Int]

    /// Whether the first line is a header of column names.
    public enum Header: Equatable, Sendable {
        /// A header when any of its cells is not a number (`x1,x2,label`); otherwise data.
        case detect
        /// The first line is a header whatever it holds (`0,1,2,…,target`, as pandas writes).
        case present
        /// There is no header: a first line that is not numbers is an error.
        case absent
    }

    /// The largest data file read by ``init(contentsOfFile:header:maximumBytes:)`` (128 MB),
    /// about a million numbers of a few digits, which take some 8 bytes each once read.
    public static let maximumFileBytes = 128 << 20

    /// A table from its parts; `values.count` must be `lines.count × columnCount`.
    public init(header: [String]?, columnCount: Int, values: [Double], lines: [Int]) {
        precondition(values.count == lines.count * columnCount, "\(values.count) values do not fill \(lines.count) rows")
        precondition(header == nil || header?.count == columnCount, "the header must have one name per column")
        self.header = header
        self.rowCount = lines.count
        self.columnCount = columnCount
        self.values = values
        self.lines = lines
    }

    /// Parses the bytes of a CSV file.
    ///
    /// - Throws: ``CSVError/empty``, ``CSVError/notANumber(line:column:text:)``,
    ///   ``CSVError/notFinite(line:column:text:)``, ``CSVError/cellCount(line:count:expected:firstLine:)``
    ///   or ``CSVError/semicolonSeparated(line:)``: the first problem found, reading from the top.
    public static func parse(_ bytes: [UInt8], header: Header = .detect) throws(CSVError) -> CSVTable {
        try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
            var parser = CSVParser(bytes: buffer, header: header)
            return try parser.table()
        }
    }

    /// Parses CSV text; see ``parse(_:header:)``.
    public static func parse(_ text: String, header: Header = .detect) throws(CSVError) -> CSVTable {
        try parse(Array(text.utf8), header: header)
    }

    /// Reads and parses the CSV file at `path`.
    ///
    /// - Throws: ``CSVError/notFound``, ``CSVError/notRegularFile``, ``CSVError/unreadable(reason:)``,
    ///   ``CSVError/tooLarge(bytes:limit:)`` (checked before reading; `nil` reads any size), or a
    ///   parse error of ``parse(_:header:)``.
    public static func read(contentsOfFile path: String, header: Header = .detect,
                            maximumBytes: Int? = maximumFileBytes) throws(CSVError) -> CSVTable {
        if RegularFile.isSpecial(path) { throw .notRegularFile }
        if !FileManager.default.fileExists(atPath: path) { throw .notFound }
        if let maximumBytes, let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > maximumBytes {
            throw .tooLarge(bytes: size.intValue, limit: maximumBytes)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(reason: (error as NSError).localizedDescription)
        }
        return try parse([UInt8](data), header: header)
    }

    /// The number at row `row` and column `column`, both counted from 0.
    public subscript(row: Int, column: Int) -> Double {
        values[row * columnCount + column]
    }

    /// The numbers of row `row` (from 0).
    public func row(_ row: Int) -> ArraySlice<Double> {
        values[(row * columnCount)..<((row + 1) * columnCount)]
    }

    /// The whole table as a `rowCount × columnCount` matrix.
    public var matrix: Matrix {
        Matrix(rows: rowCount, columns: columnCount, elements: values)
    }
}
