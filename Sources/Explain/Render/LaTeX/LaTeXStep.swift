import Foundation
import Trace

/// One step of an epoch, ready for a LaTeX document: every piece already LaTeX, every text
/// escaped.
public struct LaTeXStep: Sendable {
    /// The step's event.
    public let event: TraceEvent
    /// "Delta de salida $\delta_{out}$", as LaTeX text.
    public let title: String
    /// The formula, symbolic and substituted.
    public let equation: LaTeXEquation
    /// The shape rule, as LaTeX text: `[4\ensuremath{\times}1] …`.
    public let shapes: String
    /// The notes' line of Python, escaped for `\texttt`, if there is one.
    public let code: String?
    /// The annotation, as LaTeX text.
    public let text: String
    /// The annotation's first sentences (about two lines), for slides.
    public let shortText: String

    /// The steps at `indices` (0-based) of `epoch`, explained in `language`.
    ///
    /// - Parameter previousLoss: the loss of the epoch before, which the loss step compares with.
    public static func steps(of epoch: EpochRecord, indices: [Int], header: TraceHeader, language: Language,
                             formula: LaTeXFormula, previousLoss: Double?) -> [LaTeXStep] {
        let annotator = Annotator(language: language)
        let symbols = LaTeXNotation.textSymbols(for: epoch.events.map(\.name) + epoch.events.flatMap(\.inputs))
        func text(_ plain: String) -> String { LaTeXEscaper.text(plain, symbols: symbols) }
        return indices.map { index in
            let event = epoch.events[index]
            let operands = index > 0 ? epoch.values(upTo: index - 1) : [:]
            let context = StepContext(header: header, epoch: epoch, index: index, previousLoss: previousLoss)
            let annotation = annotator.annotate(context)
            return LaTeXStep(event: event, title: title(annotation.title, name: event.name, text: text),
                             equation: formula.equation(for: event, operands: operands),
                             shapes: text(event.shapeRule), code: annotation.codeLine.map(LaTeXEscaper.literal),
                             text: text(annotation.text), shortText: text(Self.opening(of: annotation.text)))
        }
    }

    /// A title such as «Salidas esperadas y», with the step's symbol at its end set as math.
    static func title(_ title: String, name: String, text: (String) -> String) -> String {
        let symbol = " " + Notation.symbol(for: name)
        guard title.hasSuffix(symbol) else { return text(title) }
        return text(String(title.dropLast(symbol.count))) + " \\ensuremath{\(LaTeXNotation.symbol(for: name))}"
    }

    /// The first sentences of `text`, as many as fit in about 170 characters (at least one).
    static func opening(of text: String, limit: Int = 170) -> String {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if ".!?".contains(character), next == " " {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current.trimmingCharacters(in: .whitespaces)) }
        var opening = sentences.first ?? ""
        for sentence in sentences.dropFirst() {
            guard opening.count + 1 + sentence.count <= limit else { break }
            opening += " " + sentence
        }
        return opening
    }
}
