import Trace

/// One epoch of training as a Beamer deck in the course's style (Madrid theme), ready for
/// `pdflatex`:
///
/// 1. a title frame: the lesson, and its network, data and hyperparameters;
/// 2. the network, neuron by neuron (TikZ);
/// 3. one frame per step: the data path with the step marked, the formula in the notes'
///    notation, the same formula with the step's matrices, shapes, code and the opening of the
///    annotation — or, grouped, one frame (broken over several when long) per phase;
/// 4. the loss curve of the whole run (pgfplots), with the epoch shown marked.
public struct BeamerDocument: Sendable {
    /// The run.
    public let header: TraceHeader
    /// The epoch walked through.
    public let epoch: EpochRecord
    /// The loss of every epoch of the run, for the last frame.
    public var losses: LossSeries
    /// The steps shown, as indices (0-based) into the epoch's events, in order.
    public var indices: [Int]
    /// One frame per phase instead of one per step.
    public var grouped = false
    /// Language of every text.
    public var language: Language
    /// How matrices and numbers are written.
    public var matrix: LaTeXMatrix
    /// The loss of the epoch before, for the loss step's annotation.
    public var previousLoss: Double?

    /// The deck of `epoch` of `recording`, every step on its own frame.
    public init(recording: Recording, epoch: EpochRecord, language: Language = .default,
                matrix: LaTeXMatrix = LaTeXMatrix()) {
        self.header = recording.header
        self.epoch = epoch
        self.losses = LossSeries(recording: recording)
        self.indices = Array(epoch.events.indices)
        self.language = language
        self.matrix = matrix
        self.previousLoss = recording.loss(atOrBefore: epoch.epoch - 1)
    }

    /// The whole `.tex` file.
    public func document() -> String {
        let texts = ExportTexts(language)
        let title = LaTeXEscaper.literal(header.title)
        let shortTitle = LaTeXEscaper.literal(header.title.count <= 40 ? header.title : header.lesson)
        let subtitle = texts.subtitle(epoch: epoch.epoch, of: header.epochs)
        var out = """
            % \(LaTeXEscaper.comment(header.title)): \(LaTeXEscaper.comment(subtitle))
            % nnstep export slides
            \\documentclass{beamer}
            \\usetheme{Madrid}
            \(LaTeXPreamble.common(matrixColumns: matrix.maxColumns))
            \\usepackage{tikz}
            \\usetikzlibrary{arrows.meta}
            \\usepackage{pgfplots}
            \\pgfplotsset{compat=1.16}
            \\setbeamertemplate{navigation symbols}{}
            % \\nnstepfit{H}{…}: its content at natural size, or shrunk to the line's width and H high.
            \\newsavebox{\\nnstepbox}
            \\newcommand{\\nnstepfit}[2]{\\sbox{\\nnstepbox}{#2}%
              \\pgfmathsetmacro{\\nnstepscale}{min(1, \\linewidth/(\\wd\\nnstepbox + 0.01pt), #1/(\\ht\\nnstepbox + \\dp\\nnstepbox + 0.01pt))}%
              \\scalebox{\\nnstepscale}{\\usebox{\\nnstepbox}}}
            % \\nnstepbest{H}{one line}{two lines}{result}: whichever of the first two, fitted, is shown
            % larger; the result alone when both would be shrunk below half their size.
            \\newsavebox{\\nnstepother}
            \\newcommand{\\nnstepbest}[4]{\\sbox{\\nnstepbox}{#2}\\sbox{\\nnstepother}{#3}%
              \\pgfmathsetmacro{\\nnstepscale}{min(1, \\linewidth/(\\wd\\nnstepbox + 0.01pt), #1/(\\ht\\nnstepbox + \\dp\\nnstepbox + 0.01pt))}%
              \\pgfmathsetmacro{\\nnstepotherscale}{min(1, \\linewidth/(\\wd\\nnstepother + 0.01pt), #1/(\\ht\\nnstepother + \\dp\\nnstepother + 0.01pt))}%
              \\ifdim\\nnstepscale pt<\\nnstepotherscale pt\\sbox{\\nnstepbox}{\\usebox{\\nnstepother}}\\let\\nnstepscale\\nnstepotherscale\\fi
              \\ifdim\\nnstepscale pt<0.5pt\\nnstepfit{#1}{#4}\\else\\scalebox{\\nnstepscale}{\\usebox{\\nnstepbox}}\\fi}

            \\title[\(shortTitle)]{\(title)}
            \\subtitle{\(LaTeXEscaper.text(subtitle))}
            \\author{nnstep}
            \\date{}

            \\begin{document}

            \\begin{frame}
              \\titlepage
              \\vspace{-1.5em}
              \\centering\\small
              \\begin{tabular}{@{}ll@{}}

            """
        for row in texts.summary(header) {
            out += "    \\textbf{\(LaTeXEscaper.text(row.label))} & \(LaTeXEscaper.text(row.value)) \\\\\n"
        }
        out += """
              \\end{tabular}
            \\end{frame}

            \\begin{frame}{\(LaTeXEscaper.text(texts.networkTitle))}
              \\centering
              \\nnstepfit{0.55\\textheight}{\(TikZNetworkDiagram(network: header.network, texts: texts).render())}\\par
            \(dataLine)\\end{frame}


            """
        let steps = LaTeXStep.steps(of: epoch, indices: indices, header: header, language: language,
                                    formula: LaTeXFormula(network: header.network, learningRate: header.learningRate,
                                                          matrix: matrix),
                                    previousLoss: previousLoss)
        let flow = TikZFlowDiagram(network: header.network, rowTitles: texts.labels.diagramRows)
        if grouped {
            for phase in Phase.allCases {
                let group = steps.filter { $0.event.phase == phase }
                if !group.isEmpty { out += groupFrame(group, phase: phase, flow: flow, texts: texts) }
            }
        } else {
            var phase: Phase?
            for step in steps {
                if step.event.phase != phase {
                    phase = step.event.phase
                    out += "\\section{\(LaTeXEscaper.text(LaTeXPreamble.capitalized(texts.labels.phase(step.event.phase))))}\n\n"
                }
                out += frame(step, flow: flow, texts: texts)
            }
        }
        var curve = PGFPlotsLossCurve(series: [losses], xLabel: texts.epochAxis, yLabel: texts.lossAxis)
        curve.mark = (epoch.epoch, texts.lossMark(epoch: epoch.epoch))
        out += """
            \\begin{frame}{\(LaTeXEscaper.text(texts.lossTitle))}
              \\centering
            \(curve.render(height: "0.78\\textheight"))
            \\end{frame}

            \\end{document}

            """
        return out
    }

    /// `X = (…) \qquad y = (…)` under the network, when the epoch kept the data.
    private var dataLine: String {
        let data = epoch.events.filter { $0.operation == .data }.compactMap { event in
            event.values.map { LaTeXNotation.symbol(for: event.name) + " = " + matrix.render($0) }
        }
        guard !data.isEmpty else { return "" }
        return "  \\bigskip\n  \\nnstepfit{0.3\\textheight}{$\\displaystyle " + data.joined(separator: " \\qquad ") + "$}\n"
    }

    /// The frame of one step.
    private func frame(_ step: LaTeXStep, flow: TikZFlowDiagram, texts: ExportTexts) -> String {
        let heading = LaTeXEscaper.text(texts.step(step.event.step, of: header.stepsPerEpoch)) + ". " + step.title
        var out = """
            \\begin{frame}{\(heading)}
              \\framesubtitle{\(LaTeXEscaper.text(LaTeXPreamble.capitalized(texts.labels.phase(step.event.phase))))}
              \\centering
              \\nnstepfit{0.2\\textheight}{\(flow.render(highlighted: [step.event.name], phase: step.event.phase))}\\par
              \\medskip

            """
        if let symbolic = step.equation.symbolicLine {
            out += "  \\nnstepfit{0.12\\textheight}{$\\displaystyle \(symbolic)$}\\par\\medskip\n"
        }
        if let line = step.equation.valuesLine, let lines = step.equation.valuesLines {
            let result = step.equation.result.map { "\(step.equation.lhs) \(step.equation.relation) \($0)" } ?? line
            out += "  \\nnstepbest{0.32\\textheight}{$\\displaystyle \(line)$}{$\\displaystyle \(lines)$}"
                + "{$\\displaystyle \(result)$}\\par\\medskip\n"
        } else {
            out += "  \\emph{\(LaTeXEscaper.text(texts.labels.notKept))}\\par\\medskip\n"
        }
        out += "  \\raggedright\n  {\\footnotesize \\textbf{\(LaTeXEscaper.text(texts.shapes)):} \(step.shapes)\\par}\n"
        if let code = step.code {
            out += "  {\\footnotesize \\textbf{\(LaTeXEscaper.text(texts.code)):} \\texttt{\\scriptsize \(code)}\\par}\n"
        }
        out += "  \\smallskip\n  {\\footnotesize \(step.shortText)\\par}\n\\end{frame}\n\n"
        return out
    }

    /// The frame (broken over several if long) of every shown step of `phase`: the data path
    /// with them all marked, then each formula with its result.
    private func groupFrame(_ steps: [LaTeXStep], phase: Phase, flow: TikZFlowDiagram, texts: ExportTexts) -> String {
        let name = LaTeXEscaper.text(LaTeXPreamble.capitalized(texts.labels.phase(phase)))
        let range = LaTeXEscaper.text(texts.groupSteps(first: steps[0].event.step, last: steps[steps.count - 1].event.step))
        var out = """
            \\section{\(name)}
            \\begin{frame}[allowframebreaks]{\(name)}
              \\framesubtitle{\(range)}
              \\centering
              \\nnstepfit{0.24\\textheight}{\(flow.render(highlighted: Set(steps.map(\.event.name)), phase: phase))}\\par
              \\medskip

            """
        for step in steps {
            let equation = step.equation
            let line = [equation.symbolicLine ?? equation.lhs, equation.result].compactMap { $0 }
                .joined(separator: equation.symbolic == nil ? " \(equation.relation) " : " = ")
            out += "  {\\footnotesize\\textbf{\(LaTeXEscaper.text(texts.step(step.event.step, of: header.stepsPerEpoch))). \(step.title)}\\par}\n"
            out += "  \\nnstepfit{0.3\\textheight}{$\\displaystyle \(line)$}\\par\\medskip\n"
        }
        return out + "\\end{frame}\n\n"
    }
}
