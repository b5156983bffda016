import Trace

/// Values that have channels — a batch of images `[batch × C × H × W]`, the filters `C × k × k`
/// of a convolution — drawn as maps: one `H × W` grid per channel.
///
/// In a step, ``overview(title:name:shape:matrix:missing:width:)`` shows the first example's
/// first channels, as many as fit across the width: small maps (up to 8×8) with their numbers,
/// larger ones as pictures in five shades (`·░▒▓█`, two characters a cell, binned to at most
/// 14×14 cells), so that a digit or a feature map is seen at a glance. A line says what is shown
/// and another which debugger commands show the rest in full; the shape in the title is the whole
/// value's (`A₁ [64×32×26×26]`).
///
/// ``fullMaps(count:rows:columns:titles:width:value:)`` draws maps in full, with every number,
/// for the debugger's `channel`, `filter` and `example`.
public struct TensorBlock: Sendable {
    /// The language of the lines that say what is shown.
    public let language: Language
    /// Decimals per number.
    public var digits = 4
    /// Maps at most this many rows and columns show their numbers; larger ones, shades.
    public var numericSide = 8
    /// The most cells across or down a map in shades (larger maps are binned).
    public var shadeSide = 14
    /// Spaces between maps placed side by side.
    public var gap = 3

    /// The shades, lowest first.
    public static let shades: [Character] = ["·", "░", "▒", "▓", "█"]

    /// A renderer whose notes are in `language`.
    public init(language: Language) {
        self.language = language
    }

    private var catalog: InterfaceCatalog { InterfaceCatalog.of(language) }

    /// The level (0 … 4) of `value` on a scale from `low` to `high`: the middle one when the
    /// scale is a single value.
    public static func level(_ value: Double, low: Double, high: Double) -> Int {
        guard high > low else { return shades.count / 2 }
        let fraction = (value - low) / (high - low)
        return min(shades.count - 1, max(0, Int(fraction * Double(shades.count))))
    }

    // MARK: - The overview of a step

    /// The lines of a value of `shape` `[batch × C × H × W]` in a step, titled `title` (its
    /// symbol); `name` is what the commands that show more are told to type. A value without
    /// four dimensions, or whose matrix does not hold them, is drawn by ``MatrixBlock``.
    public func overview(title: String, name: String, shape: Shape, matrix: Matrix?, missing: String,
                         width: Int) -> [String] {
        let heading = "\(title) \(shape.bracketed)"
        guard let matrix else { return [heading, missing] }
        guard let image = shape.image, image.count > 0, matrix.rows > 0, matrix.columns == image.count else {
            return MatrixBlock(digits: digits).lines(title: title, shape: shape, matrix: matrix, missing: missing, width: width)
        }
        let numeric = image.height <= numericSide && image.width <= numericSide
        let bin = numeric ? 1 : (max(image.height, image.width) + shadeSide - 1) / shadeSide
        var blocks: [[String]] = []
        var used = -gap
        var how = ""
        if numeric {
            for channel in 0..<image.channels {
                let block = [channelTitle(channel)] + MatrixBlock(maxRows: .max, maxColumns: .max, digits: digits)
                    .body(Self.map(of: matrix, example: 0, channel: channel, image: image))
                let blockWidth = Self.width(of: block)
                guard blocks.isEmpty || used + gap + blockWidth <= width else { break }
                blocks.append(block)
                used += gap + blockWidth
            }
        } else {
            let cellColumns = (image.width + bin - 1) / bin
            var count = 0
            while count < image.channels {
                let blockWidth = max(channelTitle(count).count, 2 * cellColumns)
                guard count == 0 || used + gap + blockWidth <= width else { break }
                used += gap + blockWidth
                count += 1
            }
            let means = (0..<count).map { Self.binned(matrix, channel: $0, image: image, bin: bin) }
            let finite = means.joined().joined().filter(\.isFinite)
            let low = finite.min() ?? 0, high = finite.max() ?? 0
            for (channel, cells) in means.enumerated() {
                let rows = cells.map { row in
                    row.map { value -> String in
                        guard value.isFinite else { return "!!" }
                        return String(repeating: Self.shades[Self.level(value, low: low, high: high)], count: 2)
                    }.joined()
                }
                blocks.append([channelTitle(channel)] + rows)
            }
            how = catalog.text(.tensorShades, ["scale": Self.shades.map { String(repeating: $0, count: 2) }.joined(separator: " "),
                                               "low": Matrix.fixed(low, digits: digits),
                                               "high": Matrix.fixed(high, digits: digits)])
            if bin > 1 { how += catalog.text(.tensorBinned, ["rows": "\(bin)", "columns": "\(bin)"]) }
        }
        let shown = catalog.text(.tensorShown, [
            "example": "0", "examples": "\(matrix.rows)", "channels": channelRange(0, blocks.count - 1),
            "total": "\(image.channels)", "height": "\(image.height)", "width": "\(image.width)", "how": how,
        ])
        let more = catalog.text(.tensorMore, ["name": name, "example": "0"])
        let maps = TextLayout.sideBySide(blocks, gap: gap, width: width)
        let noteWidth = min(width, max(Self.width(of: maps), 72))
        return [heading] + TextLayout.wrap(shown, width: noteWidth) + maps + TextLayout.wrap(more, width: noteWidth)
    }

    // MARK: - Maps in full

    /// `count` maps of `rows × columns` with every number, `value(map, row, column)`, each under
    /// its title in `titles` (no title line when `titles` is `nil`): side by side while they fit
    /// in `width`; a map wider than `width` is cut into bands of columns, each under a line that
    /// says which columns it holds.
    public func fullMaps(count: Int, rows: Int, columns: Int, titles: [String]?, width: Int,
                         value: (Int, Int, Int) -> Double) -> [String] {
        let blocks = (0..<count).map { map -> [String] in
            let cells = (0..<rows).map { r in (0..<columns).map { c in Matrix.fixed(value(map, r, c), digits: digits) } }
            let title = titles.map { $0.indices.contains(map) ? [$0[map]] : [""] } ?? []
            return title + grid(cells, width: width)
        }
        return TextLayout.sideBySide(blocks, gap: gap, width: width)
    }

    /// `cells` as bracketed rows, their columns aligned; cut into bands of columns under
    /// «columnas 0–9 de 26» when wider than `width`.
    func grid(_ cells: [[String]], width: Int) -> [String] {
        let columns = cells.first?.count ?? 0
        let widths = (0..<columns).map { c in cells.map { $0[c].count }.max() ?? 0 }
        func lines(_ range: Range<Int>) -> [String] {
            cells.map { row in
                "[ " + range.map { c in String(repeating: " ", count: widths[c] - row[c].count) + row[c] }
                    .joined(separator: "  ") + " ]"
            }
        }
        var bands: [Range<Int>] = []
        var start = 0
        while start < columns {
            var end = start + 1, used = 4 + widths[start]
            while end < columns, used + 2 + widths[end] <= width {
                used += 2 + widths[end]
                end += 1
            }
            bands.append(start..<end)
            start = end
        }
        guard bands.count > 1 else { return lines(0..<columns) }
        return bands.enumerated().flatMap { index, band -> [String] in
            let heading = catalog.text(.tensorColumns, ["first": "\(band.lowerBound)", "last": "\(band.upperBound - 1)",
                                                        "count": "\(columns)"])
            return (index == 0 ? [] : [""]) + [heading] + lines(band)
        }
    }

    // MARK: - Pieces

    /// «canal 7».
    public func channelTitle(_ channel: Int) -> String {
        catalog.text(.tensorChannel, ["index": "\(channel)"])
    }

    /// «canal 0» or «canales 0–3».
    func channelRange(_ first: Int, _ last: Int) -> String {
        first == last ? channelTitle(first)
            : catalog.text(.tensorChannels, ["first": "\(first)", "last": "\(last)"])
    }

    /// Channel `channel` of example `example` as an `H × W` matrix (rows channel-major, as
    /// ``TensorShape`` describes).
    public static func map(of matrix: Matrix, example: Int, channel: Int, image: TensorShape) -> Matrix {
        let start = example * matrix.columns + channel * image.mapSize
        return Matrix(rows: image.height, columns: image.width,
                      elements: Array(matrix.elements[start..<(start + image.mapSize)]))
    }

    /// The means of `bin × bin` blocks of example 0's channel `channel` (smaller at the edges).
    private static func binned(_ matrix: Matrix, channel: Int, image: TensorShape, bin: Int) -> [[Double]] {
        let base = channel * image.mapSize
        return stride(from: 0, to: image.height, by: bin).map { top in
            stride(from: 0, to: image.width, by: bin).map { left in
                var sum = 0.0, count = 0
                for r in top..<min(top + bin, image.height) {
                    for c in left..<min(left + bin, image.width) {
                        sum += matrix.elements[base + r * image.width + c]
                        count += 1
                    }
                }
                return sum / Double(count)
            }
        }
    }

    /// The widest line of `lines`.
    static func width(of lines: [String]) -> Int {
        lines.map(\.count).max() ?? 0
    }
}
