import Trace

/// The words a rendered step needs, in one language.
public struct Labels: Sendable {
    private let catalog: InterfaceCatalog

    /// The labels of `language`.
    public init(_ language: Language) {
        catalog = InterfaceCatalog.of(language)
    }

    /// "formas" / "shapes".
    public var shapes: String { catalog.text(.labelShapes) }
    /// "código" / "code".
    public var code: String { catalog.text(.labelCode) }
    /// What stands in place of values an epoch did not keep.
    public var notKept: String { catalog.text(.labelNotKept) }
    /// Titles of the diagram's three rows: forward, backward, update.
    public var diagramRows: [String] {
        [catalog.text(.diagramForward), catalog.text(.diagramBackward), catalog.text(.diagramUpdate)]
    }

    /// The name of a phase: "retropropagación" / "backpropagation".
    public func phase(_ phase: Phase) -> String {
        switch phase {
        case .forward: return catalog.text(.phaseForward)
        case .error: return catalog.text(.phaseError)
        case .backward: return catalog.text(.phaseBackward)
        case .update: return catalog.text(.phaseUpdate)
        case .summary: return catalog.text(.phaseSummary)
        }
    }
}
