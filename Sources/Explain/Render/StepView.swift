import Trace

/// One step as plain text: formula, shapes, the notes' code line, the matrices involved, the
/// annotation and the network diagram. The stepper and `--print` both show steps this way.
public struct StepView: Sendable {
    /// The run the step belongs to.
    public let header: TraceHeader
    /// Language of labels and annotation.
    public let language: Language
    /// How matrices are drawn.
    public var matrixBlock = MatrixBlock()

    /// A view for steps of the run described by `header`, in `language`.
    public init(header: TraceHeader, language: Language) {
        self.header = header
        self.language = language
    }

    /// The lines showing step `index` (0-based) of `epoch`, at most `width` characters wide
    /// (matrices wider than that wrap onto further bands).
    ///
    /// - Parameter previousLoss: the loss of the previous kept epoch, for the loss annotation.
    public func lines(epoch: EpochRecord, index: Int, width: Int, previousLoss: Double? = nil) -> [String] {
        let event = epoch.events[index]
        let labels = Labels(language)
        let before = index > 0 ? epoch.values(upTo: index - 1) : [:]
        let context = StepContext(event: event, learningRate: header.learningRate, layerCount: header.network.depth,
                                  values: epoch.values(upTo: index), previousLoss: previousLoss)
        let annotation = Annotator(language: language).annotate(context)

        var lines = [annotation.title, ""]
        lines.append("  " + event.formula)
        lines.append("  " + labels.shapes + ": " + event.shapeRule)
        if let code = annotation.codeLine {
            lines.append("  " + labels.code + ": " + code)
        }
        lines.append("")

        var blocks: [[String]] = []
        if event.operation != .data && event.operation != .parameter {
            for (name, shape) in zip(event.inputs, event.inputShapes) {
                blocks.append(matrixBlock.lines(title: Notation.symbol(for: name), shape: shape,
                                                matrix: before[name], missing: labels.notKept))
            }
        }
        blocks.append(matrixBlock.lines(title: (blocks.isEmpty ? "" : "→ ") + Notation.symbol(for: event.name),
                                        shape: event.shape, matrix: event.values, missing: labels.notKept))
        lines += TextLayout.sideBySide(blocks, width: width - 2).map { "  " + $0 }
        lines.append("")
        lines += TextLayout.wrap(annotation.text, width: width - 2).map { "  " + $0 }
        lines.append("")
        lines += NetworkDiagram(network: header.network)
            .lines(current: event.name, phase: event.phase, labels: labels.diagramRows)
            .map { "  " + $0 }
        return lines
    }
}
