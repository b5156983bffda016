/// Why a CSV file could not be read as a table of numbers.
///
/// The values only hold the facts; the `Explain` library words them in Spanish and English.
/// Lines and columns count from 1, the way a text editor and a spreadsheet show them: `column` is
/// the position of the cell in its row (the third value of a line is column 3), not a character.
/// Cases without a line concern the whole file; the caller knows its path.
public enum CSVError: Error, Equatable, Sendable {
    /// There is no file at the path.
    case notFound
    /// The path is a folder, FIFO, socket or device, not a file that can be read whole.
    case notRegularFile
    /// The file exists but could not be read (`reason`: the system's message).
    case unreadable(reason: String)
    /// The file has `bytes` bytes, more than the `limit` a data file may have.
    case tooLarge(bytes: Int, limit: Int)
    /// The file has no row of numbers: it is empty, blank, or holds only a header line.
    case empty
    /// A cell that is not a number. `text` is the cell as written, without the spaces around it
    /// and cut to at most ``CSVError/quotedLength`` characters; it is empty for an empty cell
    /// (`1,,3`, or a comma at the end of the line).
    case notANumber(line: Int, column: Int, text: String)
    /// A number too large for a `Double`, such as `1e400`, which would read as infinity.
    case notFinite(line: Int, column: Int, text: String)
    /// The row at `line` has `count` cells where the first row, at `firstLine`, has `expected`.
    /// When the file has a header, the header is that first row.
    case cellCount(line: Int, count: Int, expected: Int, firstLine: Int)
    /// The cells seem to be separated by `;` (as spreadsheets set to Spanish export them, with
    /// `,` as the decimal mark): the first cell that is not a number, at `line`, contains a `;`.
    case semicolonSeparated(line: Int)

    /// The most characters of a cell an error quotes.
    public static let quotedLength = 40
}
