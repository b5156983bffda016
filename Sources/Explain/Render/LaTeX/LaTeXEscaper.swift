import Foundation

/// Turns any text into LaTeX that prints exactly that text, in text mode.
///
/// Whatever a lesson file or a trace says (a title `50% \input{x}`, a name with `$` or `#`) comes
/// out as those characters and nothing else: the ten special characters are replaced by the
/// commands that print them (`\%`, `\textbackslash{}`, …), so no command, group, comment or
/// `\write18` can be written through it. Control characters become spaces.
///
/// The Unicode of the annotations is mapped to what `pdflatex` with `inputenc` (UTF-8) and `T1`
/// can print: accented Latin letters, `«»`, `¿` stay as they are; Greek letters and operators
/// (`σ`, `⊙`, `×`, `−`, `→`) become math commands inside `\ensuremath`; runs of sub- and
/// superscript characters (`W₁₂`, `Wᵀ`) become `\textsubscript{12}`, `\textsuperscript{T}`;
/// a letter with a subscript such as `w'_1` becomes math, and `` `+=` `` becomes `\texttt{+=}`.
/// A character with no such mapping (CJK, emoji) is printed as `?` rather than breaking the
/// document.
public enum LaTeXEscaper {
    /// `text` as LaTeX text.
    ///
    /// - Parameter symbols: Unicode symbols of the notes (`δ_out`, `W₂ᵀ`) and the math that
    ///   typesets them (`\delta_{out}`, `W_2^T`), replaced where they stand as whole tokens so
    ///   that `δ_out` reads as in the formulas rather than with a literal underscore.
    public static func text(_ text: String, symbols: [(unicode: String, latex: String)] = []) -> String {
        render(text, symbols: symbols, smart: true)
    }

    /// `text` exactly as written, for what users type (a lesson's title, a name) and for code:
    /// only the escapes and the Unicode mapping, none of the notes' conventions (`w'_1`,
    /// `` `code` ``) that ``text(_:symbols:)`` typesets.
    public static func literal(_ text: String) -> String {
        render(text, symbols: [], smart: false)
    }

    private static func render(_ text: String, symbols: [(unicode: String, latex: String)], smart: Bool) -> String {
        let characters = Array(text.precomposedStringWithCanonicalMapping)
        let ordered = symbols.filter { !$0.unicode.isEmpty }.sorted { $0.unicode.count > $1.unicode.count }
            .map { (Array($0.unicode), $0.latex) }
        var out = ""
        var index = 0
        while index < characters.count {
            if let (unicode, latex) = ordered.first(where: { matches($0.0, in: characters, at: index) }) {
                out += "\\ensuremath{\(latex)}"
                index += unicode.count
                continue
            }
            let character = characters[index]
            if smart, character == "`", let close = characters[(index + 1)...].firstIndex(of: "`"), close > index + 1 {
                out += "\\texttt{" + literal(String(characters[(index + 1)..<close])) + "}"
                index = close + 1
                continue
            }
            if smart, let (length, latex) = subscriptedLetter(in: characters, at: index) {
                out += "\\ensuremath{\(latex)}"
                index += length
                continue
            }
            if let kind = script(character) {
                var run = ""
                while index < characters.count, let next = script(characters[index]), next.superscript == kind.superscript {
                    run.append(next.character)
                    index += 1
                }
                out += (kind.superscript ? "\\textsuperscript{" : "\\textsubscript{") + run + "}"
                continue
            }
            let previous = index > 0 ? characters[index - 1] : " "
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            out += escape(character, previous: previous, next: next, smart: smart)
            index += 1
        }
        return out
    }

    /// `text` made safe for a `%` comment line: one line, no control characters.
    public static func comment(_ text: String) -> String {
        String(text.map { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) ? " " : $0 })
    }

    /// A token such as `w'_1` or `x_2` (one letter, maybe a prime, `_`, letters or digits) at
    /// `index`, as its length and math: `w'_{1}`. Longer names (`d_predicted_output`) are not.
    private static func subscriptedLetter(in characters: [Character], at index: Int) -> (Int, String)? {
        func isWordCharacter(_ character: Character) -> Bool {
            character.isASCII && (character.isLetter || character.isNumber)
        }
        guard characters[index].isASCII, characters[index].isLetter,
              index == 0 || !(isWordCharacter(characters[index - 1]) || characters[index - 1] == "_") else { return nil }
        var end = index + 1
        let prime = end < characters.count && characters[end] == "'"
        if prime { end += 1 }
        guard end < characters.count, characters[end] == "_" else { return nil }
        end += 1
        let start = end
        while end < characters.count, isWordCharacter(characters[end]) { end += 1 }
        guard end > start, end == characters.count || !(characters[end] == "_" || characters[end].isLetter) else { return nil }
        let tail = String(characters[start..<end])
        return (end - index, String(characters[index]) + (prime ? "'" : "") + "_{" + tail + "}")
    }

    /// Whether `symbol` stands at `index` as a whole token: not inside a word or a longer name.
    private static func matches(_ symbol: [Character], in characters: [Character], at index: Int) -> Bool {
        guard index + symbol.count <= characters.count,
              Array(characters[index..<(index + symbol.count)]) == symbol else { return false }
        func joins(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "_" || script(character) != nil
        }
        if index > 0, joins(characters[index - 1]) { return false }
        if index + symbol.count < characters.count, joins(characters[index + symbol.count]) { return false }
        return true
    }

    /// One character in text mode; `previous` and `next` decide `--` and, in `smart` text, the
    /// minus sign (`-0.5`, `a - b`) and the prime of `σ'`.
    private static func escape(_ character: Character, previous: Character, next: Character, smart: Bool) -> String {
        if let special = specials[character] { return special }
        if smart, character == "'", mathSymbols[previous] != nil { return "\\ensuremath{'}" }
        if character == "-" {
            if smart, next.isNumber, !(previous.isLetter || previous.isNumber) { return "\\ensuremath{-}" }
            if smart, previous == " ", next == " " { return "\\ensuremath{-}" }
            return next == "-" ? "-{}" : "-"
        }
        if let math = mathSymbols[character] { return "\\ensuremath{\(math)}" }
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
            return character.unicodeScalars.allSatisfy(isPrintable) ? String(character) : "?"
        }
        if scalar.value < 0x20 || scalar.value == 0x7F { return " " }
        return isPrintable(scalar) ? String(character) : "?"
    }

    /// Whether `pdflatex` prints `scalar` as it is with `inputenc` (UTF-8) and `fontenc` (T1):
    /// ASCII, Latin-1, Latin Extended-A but the nine letters T1 lacks (`Ħ`, `ĸ`, `ŉ`, `ſ`…), and a few
    /// punctuation marks. Each was compiled once to check.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x126, 0x127, 0x138, 0x13F, 0x140, 0x149, 0x166, 0x167, 0x17F: return false
        case 0x20...0x7E, 0xA1...0xFF, 0x100...0x17F: return true
        case 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x20AC: return true
        default: return false
        }
    }

    /// The characters LaTeX treats specially (and a few that T1 turns into ligatures).
    private static let specials: [Character: String] = [
        "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", "$": "\\$", "&": "\\&", "#": "\\#",
        "%": "\\%", "_": "\\_", "^": "\\textasciicircum{}", "~": "\\textasciitilde{}",
        "<": "\\textless{}", ">": "\\textgreater{}", "|": "\\textbar{}", "\"": "\\textquotedbl{}",
        "\u{A0}": "~", "\t": " ", "\n": " ", "\r": " ", "\r\n": " ", "…": "\\ldots{}",
        "×": "\\ensuremath{\\times}", "·": "\\ensuremath{\\cdot}", "÷": "\\ensuremath{\\div}",
        "½": "\\ensuremath{\\frac{1}{2}}",
    ]

    /// Greek letters and operators, as math.
    private static let mathSymbols: [Character: String] = [
        "α": "\\alpha", "β": "\\beta", "γ": "\\gamma", "δ": "\\delta", "ε": "\\varepsilon", "ζ": "\\zeta",
        "η": "\\eta", "θ": "\\theta", "ι": "\\iota", "κ": "\\kappa", "λ": "\\lambda", "μ": "\\mu",
        "ν": "\\nu", "ξ": "\\xi", "π": "\\pi", "ρ": "\\rho", "σ": "\\sigma", "τ": "\\tau",
        "υ": "\\upsilon", "φ": "\\varphi", "χ": "\\chi", "ψ": "\\psi", "ω": "\\omega",
        "Γ": "\\Gamma", "Δ": "\\Delta", "Θ": "\\Theta", "Λ": "\\Lambda", "Ξ": "\\Xi", "Π": "\\Pi",
        "Σ": "\\Sigma", "Φ": "\\Phi", "Ψ": "\\Psi", "Ω": "\\Omega",
        "−": "-", "⊙": "\\odot", "→": "\\rightarrow", "←": "\\leftarrow", "↑": "\\uparrow",
        "↓": "\\downarrow", "≠": "\\neq", "≤": "\\leq", "≥": "\\geq", "≈": "\\approx", "±": "\\pm",
        "∞": "\\infty", "∑": "\\sum", "∂": "\\partial", "∈": "\\in", "√": "\\surd", "ŷ": "\\hat{y}",
        "▶": "\\triangleright", "◀": "\\triangleleft", "─": "-", "═": "=", "⋯": "\\cdots", "⋮": "\\vdots",
        "⟦": "[\\![", "⟧": "]\\!]",
    ]

    /// A sub- or superscript character: which kind, and the character it raises or lowers.
    private static func script(_ character: Character) -> (superscript: Bool, character: Character)? {
        if let lowered = subscripts[character] { return (false, lowered) }
        if let raised = superscripts[character] { return (true, raised) }
        return nil
    }

    private static let subscripts: [Character: Character] = [
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "ₖ": "k", "ₙ": "n", "ᵢ": "i", "ⱼ": "j", "ₗ": "l", "ₘ": "m", "₊": "+", "₋": "-",
    ]

    private static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "ᵀ": "T", "ⁿ": "n", "⁺": "+", "⁻": "-",
    ]
}
