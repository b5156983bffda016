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
        let context = StepContext(header: header, epoch: epoch, index: index, previousLoss: previousLoss)
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
                blocks.append(block(title: Notation.symbol(for: name), name: name, shape: shape, matrix: before[name],
                                    missing: labels.notKept, width: width - 2))
            }
        }
        blocks.append(block(title: (blocks.isEmpty ? "" : "→ ") + Notation.symbol(for: event.name), name: event.name,
                            shape: event.shape, matrix: event.values, missing: labels.notKept, width: width - 2))
        lines += TextLayout.sideBySide(blocks, width: width - 2).map { "  " + $0 }
        lines.append("")
        lines += TextLayout.wrap(annotation.text, width: width - 2).map { "  " + $0 }
        lines.append("")
        // An epoch cut short (a NaN), or only summarised, lacks steps: the diagram then draws
        // those of the run's plan.
        let complete = epoch.events.contains { $0.phase == .update }
        lines += NetworkDiagram(network: header.network)
            .lines(current: event.name, phase: event.phase, labels: labels.diagramRows,
                   steps: complete ? epoch.events.map(StepSummary.init) : NetworkDiagram.steps(of: header), width: width - 2,
                   chainLabel: InterfaceCatalog.of(language).text(.diagramNetwork))
            .map { "  " + $0 }
        return lines
    }

    /// One value: a matrix, elided to fit `width`, or a value of four dimensions
    /// `[batch × C × H × W]` as the first example's maps (``TensorBlock``).
    private func block(title: String, name: String, shape: Shape, matrix: Matrix?, missing: String, width: Int) -> [String] {
        if shape.image != nil {
            return TensorBlock(language: language).overview(title: title, name: name, shape: shape, matrix: matrix,
                                                            missing: missing, width: width)
        }
        return matrixBlock.lines(title: title, shape: shape, matrix: matrix, missing: missing, width: width)
    }
}
