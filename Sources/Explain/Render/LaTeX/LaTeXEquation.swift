/// One step's formula in LaTeX, in parts, so that each document lays it out its own way: the
/// article and fragments align the parts on the `=`, the slides put them on fewer lines.
///
/// ```latex
/// \delta_{out} &= (y - A_2) \odot \sigma'(Z_2), \qquad \sigma'(Z_2) = A_2 \odot (1 - A_2) \\
///              &= \begin{pmatrix} … \end{pmatrix} \odot \begin{pmatrix} … \end{pmatrix} \\
///              &= \begin{pmatrix} … \end{pmatrix}
/// ```
public struct LaTeXEquation: Sendable, Equatable {
    /// What is computed: `\delta_{out}`.
    public var lhs: String
    /// `=`, or `\leftarrow` for an update.
    public var relation: String
    /// The formula in the notes' symbols, if the step has one (data and parameters do not).
    public var symbolic: String?
    /// A side definition, such as `\sigma'(Z_2) = A_2 \odot (1 - A_2)`.
    public var note: String?
    /// The formula with the step's operands written out as matrices, if they were kept.
    public var substituted: String?
    /// The result's value, if it was kept.
    public var result: String?

    /// An equation with every part given.
    public init(lhs: String, relation: String = "=", symbolic: String?, note: String? = nil,
                substituted: String?, result: String?) {
        self.lhs = lhs
        self.relation = relation
        self.symbolic = symbolic
        self.note = note
        self.substituted = substituted
        self.result = result
    }

    /// The body of an `align*`: the symbolic formula, then the substitution, then the result,
    /// each on its own line and aligned on the relation.
    public var alignedLines: String {
        var lines: [String] = []
        var relation = self.relation
        if let symbolic {
            lines.append("\(lhs) &\(relation) \(symbolic)" + (note.map { ", \\qquad \($0)" } ?? ""))
            relation = "="
        }
        for part in [substituted, result].compactMap({ $0 }) {
            lines.append((lines.isEmpty ? lhs + " " : "") + "&\(relation) \(part)")
            relation = "="
        }
        return lines.isEmpty ? lhs : lines.joined(separator: " \\\\\n")
    }

    /// The symbolic formula on one line (`lhs = symbolic`, with its note), if the step has one.
    public var symbolicLine: String? {
        symbolic.map { "\(lhs) \(relation) \($0)" + (note.map { ", \\qquad \($0)" } ?? "") }
    }

    /// The substitution and the result on two lines of an `aligned` block, for when one line
    /// is too wide; one line when there is only one of them.
    public var valuesLines: String? {
        guard let substituted, let result else { return valuesLine }
        return "\\begin{aligned}\n\(lhs) &\(relation) \(substituted) \\\\\n&= \(result)\n\\end{aligned}"
    }

    /// The substitution and the result on one line: `lhs = … = result`, or `lhs = result`.
    public var valuesLine: String? {
        let parts = [substituted, result].compactMap { $0 }
        guard !parts.isEmpty else { return nil }
        return "\(lhs) \(relation) " + parts.joined(separator: " = ")
    }
}
