/// The packages and macros the exported documents share. Only what `texlive-latex-base`,
/// `texlive-latex-recommended`, `texlive-pictures` and `lmodern` provide, and no `babel`, so
/// the same file compiles, and looks the same, on every machine with those packages.
enum LaTeXPreamble {
    /// UTF-8 input, T1 fonts, Latin Modern and amsmath; `MaxMatrixCols` raised when matrices may
    /// have more than amsmath's 10 columns.
    static func common(matrixColumns: Int) -> String {
        var lines = [
            "\\usepackage[utf8]{inputenc}",
            "\\usepackage[T1]{fontenc}",
            "\\usepackage{lmodern}",
            "\\usepackage{amsmath}",
        ]
        if matrixColumns > 10 { lines.append("\\setcounter{MaxMatrixCols}{\(matrixColumns)}") }
        return lines.joined(separator: "\n")
    }

    /// `text` with its first letter in capitals: "propagación hacia delante" → "Propagación …".
    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
