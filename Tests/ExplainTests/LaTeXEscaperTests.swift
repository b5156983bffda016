import XCTest
@testable import Explain

/// Text into LaTeX: whatever a lesson or trace says prints as itself and can run nothing.
final class LaTeXEscaperTests: XCTestCase {
    func testATitleThatLooksLikeLaTeXStaysText() {
        XCTAssertEqual(LaTeXEscaper.literal("50% \\input{x}"), "50\\% \\textbackslash{}input\\{x\\}")
        XCTAssertEqual(LaTeXEscaper.literal("\\write18{rm -rf /}"), "\\textbackslash{}write18\\{rm -rf /\\}")
        XCTAssertEqual(LaTeXEscaper.literal("^^5cinput"), "\\textasciicircum{}\\textasciicircum{}5cinput",
                       "TeX's ^^ notation cannot spell a backslash")
    }

    func testEverySpecialCharacter() {
        XCTAssertEqual(LaTeXEscaper.literal("# $ % & _ { } ~ ^ \\"),
                       "\\# \\$ \\% \\& \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}")
        XCTAssertEqual(LaTeXEscaper.literal("a < b > c | \"d\""), "a \\textless{} b \\textgreater{} c \\textbar{} \\textquotedbl{}d\\textquotedbl{}")
        XCTAssertEqual(LaTeXEscaper.literal("a--b"), "a-{}-b", "no en dash made from two hyphens")
    }

    /// Random text never leaves a special character unescaped: once the commands the escaper
    /// writes are removed, none of `\ { } $ & # % ^ _ ~` is left, and the result is one line.
    func testNoRandomTextCanEscape() {
        let alphabet = Array("\\{}$&#%^_~ab1 -\n\t'<>|\"σ₁ᵀ𝔸中é")
        let commands = [
            #"\\(textbackslash|textasciitilde|textasciicircum|textless|textgreater|textbar|textquotedbl)\{\}"#,
            #"\\ensuremath\{(\\sigma|-|'|[a-z]'?_\{[a-z0-9]+\})\}"#,
            #"\\text(sub|super)script\{[0-9T]+\}"#,
            #"\\[{}$&#%_]"#, #"-\{\}"#,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1000 {
            let text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            for escaped in [LaTeXEscaper.literal(text), LaTeXEscaper.text(text)] {
                var rest = escaped
                for command in commands {
                    rest = rest.replacingOccurrences(of: command, with: "", options: .regularExpression)
                }
                XCTAssertNil(rest.rangeOfCharacter(from: CharacterSet(charactersIn: "\\{}$&#%^_~")), "\(text) → \(escaped)")
                XCTAssertFalse(escaped.contains("\n"), "one line: \(escaped)")
            }
        }
    }

    func testUnicodeOfTheNotesIsPrintable() {
        XCTAssertEqual(LaTeXEscaper.text("σ'(Z₂) = A₂ ⊙ (1 − A₂)"),
                       "\\ensuremath{\\sigma}\\ensuremath{'}(Z\\textsubscript{2}) = A\\textsubscript{2} \\ensuremath{\\odot} (1 \\ensuremath{-} A\\textsubscript{2})")
        XCTAssertEqual(LaTeXEscaper.text("W₁₂ᵀ"), "W\\textsubscript{12}\\textsuperscript{T}")
        XCTAssertEqual(LaTeXEscaper.text("¿Época «añadida»?"), "¿Época «añadida»?", "Latin-1 stays as it is")
        XCTAssertEqual(LaTeXEscaper.text("a…b"), "a\\ldots{}b")
        XCTAssertEqual(LaTeXEscaper.literal("中文 🙂"), "?? ?", "what pdflatex cannot print becomes ?")
        XCTAssertEqual(LaTeXEscaper.literal("ŁőĦſ"), "Łő??", "Latin Extended-A, but the letters T1 lacks")
        XCTAssertEqual(LaTeXEscaper.literal("a\nb\r\nc"), "a b c")
    }

    func testNumbersAndSubtractionsGetARealMinus() {
        XCTAssertEqual(LaTeXEscaper.text("error -0.5845 y 0.1 - 0.2"),
                       "error \\ensuremath{-}0.5845 y 0.1 \\ensuremath{-} 0.2")
        XCTAssertEqual(LaTeXEscaper.text("x-1 sigmoid-like"), "x-1 sigmoid-like", "hyphens in words stay hyphens")
    }

    func testSymbolsOfTheNotesBecomeTheirMath() {
        let symbols = LaTeXNotation.textSymbols(for: ["delta_out", "W2", "Error_hidden", "X", "y", "error"])
        XCTAssertEqual(LaTeXEscaper.text("δ_out = error ⊙ σ'", symbols: symbols),
                       "\\ensuremath{\\delta_{out}} = error \\ensuremath{\\odot} \\ensuremath{\\sigma}\\ensuremath{'}")
        XCTAssertEqual(LaTeXEscaper.text("W₂ᵀ y W₂, Error_hidden", symbols: symbols),
                       "\\ensuremath{W_2^T} y \\ensuremath{W_2}, \\ensuremath{\\text{Error}_{hidden}}")
        XCTAssertEqual(LaTeXEscaper.text("XOR y X", symbols: symbols), "XOR y \\ensuremath{X}",
                       "symbols only as whole tokens; the word «y» stays text")
    }

    func testTheNotesConventionsOnlyInOurOwnTexts() {
        XCTAssertEqual(LaTeXEscaper.text("w'_1 = 0.7 y `+=`"), "\\ensuremath{w'_{1}} = 0.7 y \\texttt{+=}")
        XCTAssertEqual(LaTeXEscaper.text("d_predicted_output"), "d\\_predicted\\_output")
        XCTAssertEqual(LaTeXEscaper.literal("w'_1 `x` -1"), "w'\\_1 `x` -1")
    }

    func testCommentsStayOnOneLine() {
        XCTAssertEqual(LaTeXEscaper.comment("a\n\\input{x}\rb"), "a \\input{x} b")
    }
}
