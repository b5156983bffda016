/// Small text-layout helpers for the plain-text renderings: wrapping and side-by-side blocks.
///
/// Widths are counted in characters (`Character`), which matches the terminal for the text
/// nnstep writes: Latin letters, Greek symbols, subscripts and box-drawing characters.
public enum TextLayout {
    /// `text` broken into lines of at most `width` characters, at spaces where possible.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 10)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                while word.count > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    lines.append(String(word.prefix(width)))
                    word = String(word.dropFirst(width))
                }
                if line.isEmpty {
                    line = word
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = word
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// `line` padded with spaces to `width` characters (longer lines are left as they are).
    public static func pad(_ line: String, to width: Int) -> String {
        line.count >= width ? line : line + String(repeating: " ", count: width - line.count)
    }

    /// Blocks of lines placed next to each other, separated by `gap` spaces, top-aligned.
    ///
    /// Blocks that do not fit in `width` start a new band below the previous one.
    public static func sideBySide(_ blocks: [[String]], gap: Int = 3, width: Int) -> [String] {
        var output: [String] = []
        var band: [[String]] = []
        var bandWidth = 0
        func flush() {
            guard !band.isEmpty else { return }
            let height = band.map(\.count).max() ?? 0
            let widths = band.map { $0.map(\.count).max() ?? 0 }
            for row in 0..<height {
                let cells = band.indices.map { index -> String in
                    let cell = row < band[index].count ? band[index][row] : ""
                    return index == band.count - 1 ? cell : pad(cell, to: widths[index])
                }
                output.append(cells.joined(separator: String(repeating: " ", count: gap)))
            }
            band = []
            bandWidth = 0
        }
        for block in blocks {
            let blockWidth = block.map(\.count).max() ?? 0
            if !band.isEmpty && bandWidth + gap + blockWidth > width {
                flush()
                output.append("")
            }
            bandWidth += (band.isEmpty ? 0 : gap) + blockWidth
            band.append(block)
        }
        flush()
        return output
    }
}
