import Trace

/// The steps of one epoch as a LaTeX article that compiles on its own with `pdflatex`, or as a
/// fragment of equations to paste into one's own notes.
///
/// For each step: its title, the formula in the notes' notation, the same formula with the
/// step's matrices substituted and its result (one `align*`, aligned on the `=`), the shapes,
/// the line of the notes' code and the annotation. Steps are grouped under their phase.
public struct ArticleDocument: Sendable {
    /// The run.
    public let header: TraceHeader
    /// The epoch shown.
    public let epoch: EpochRecord
    /// The steps shown, as indices (0-based) into the epoch's events, in order.
    public var indices: [Int]
    /// Language of every text.
    public var language: Language
    /// How matrices and numbers are written.
    public var matrix: LaTeXMatrix
    /// The loss of the epoch before, for the loss step's annotation.
    public var previousLoss: Double?

    /// Every step of `epoch` of the run `header`.
    public init(header: TraceHeader, epoch: EpochRecord, language: Language = .default,
                matrix: LaTeXMatrix = LaTeXMatrix(), previousLoss: Double? = nil) {
        self.header = header
        self.epoch = epoch
        self.indices = Array(epoch.events.indices)
        self.language = language
        self.matrix = matrix
        self.previousLoss = previousLoss
    }

    /// The whole document, from `\documentclass` to `\end{document}`.
    public func document() -> String {
        let texts = ExportTexts(language)
        let title = LaTeXEscaper.literal(header.title)
        var out = """
            % \(LaTeXEscaper.comment(header.title)): \(LaTeXEscaper.comment(texts.subtitle(epoch: epoch.epoch, of: header.epochs)))
            % nnstep export latex
            \\documentclass[11pt,a4paper]{article}
            \(LaTeXPreamble.common(matrixColumns: matrix.maxColumns))
            \\usepackage[margin=2.5cm]{geometry}
            \\allowdisplaybreaks
            \\setlength{\\parindent}{0pt}
            \\setlength{\\parskip}{0.6\\baselineskip}

            \\begin{document}

            \\begin{center}
              {\\LARGE \(title)\\par}
              \\medskip
              {\\large \(LaTeXEscaper.text(texts.subtitle(epoch: epoch.epoch, of: header.epochs)))\\par}
              \\medskip
              \\begin{tabular}{@{}ll@{}}

            """
        for row in texts.summary(header) {
            out += "    \\textbf{\(LaTeXEscaper.text(row.label))} & \(LaTeXEscaper.text(row.value)) \\\\\n"
        }
        out += "  \\end{tabular}\n\\end{center}\n"
        var phase: Phase?
        for step in steps() {
            if step.event.phase != phase {
                phase = step.event.phase
                out += "\n\\section*{\(LaTeXEscaper.text(LaTeXPreamble.capitalized(texts.labels.phase(step.event.phase))))}\n"
            }
            out += "\n" + body(of: step, texts: texts)
        }
        return out + "\n\\end{document}\n"
    }

    /// Only the equations, each `align*` after a comment naming its step: for a document that
    /// loads `amsmath`.
    public func fragment() -> String {
        let texts = ExportTexts(language)
        var out = "% \(LaTeXEscaper.comment(header.title)): "
            + LaTeXEscaper.comment(texts.subtitle(epoch: epoch.epoch, of: header.epochs)) + "\n"
            + "% nnstep export latex --fragment (\\usepackage{amsmath})\n"
        for step in steps() {
            out += "\n% " + LaTeXEscaper.comment(texts.step(step.event.step, of: header.stepsPerEpoch) + ": " + step.event.name)
                + "\n" + align(step.equation)
        }
        return out
    }

    /// The steps to show, ready.
    private func steps() -> [LaTeXStep] {
        LaTeXStep.steps(of: epoch, indices: indices, header: header, language: language,
                        formula: LaTeXFormula(network: header.network, learningRate: header.learningRate, matrix: matrix),
                        previousLoss: previousLoss)
    }

    /// One step: heading, equations, shapes, code and annotation.
    private func body(of step: LaTeXStep, texts: ExportTexts) -> String {
        var out = "\\subsection*{\(LaTeXEscaper.text(texts.step(step.event.step, of: header.stepsPerEpoch))). \(step.title)}\n"
        if step.equation.result == nil && step.equation.substituted == nil {
            out += "\\emph{\(LaTeXEscaper.text(texts.labels.notKept))}\n"
        }
        out += align(step.equation)
        out += "\\textbf{\(LaTeXEscaper.text(texts.shapes)):} \(step.shapes)"
        if let code = step.code {
            out += "\\\\\n\\textbf{\(LaTeXEscaper.text(texts.code)):} {\\small\\texttt{\(code)}}"
        }
        return out + "\n\n" + step.text + "\n"
    }

    /// The equation as an `align*` environment.
    private func align(_ equation: LaTeXEquation) -> String {
        "\\begin{align*}\n" + equation.alignedLines + "\n\\end{align*}\n"
    }
}
