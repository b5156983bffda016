import Trace

/// The words of the exported documents (LaTeX, slides, plots), in one language, as plain text:
/// each renderer escapes them for its format.
public struct ExportTexts: Sendable {
    private let catalog: InterfaceCatalog
    /// The labels shared with the stepper (phase names, the note for values not kept).
    public let labels: Labels

    /// The texts of `language`.
    public init(_ language: Language) {
        catalog = InterfaceCatalog.of(language)
        labels = Labels(language)
    }

    /// "Paso 13 de 23".
    public func step(_ step: Int, of steps: Int) -> String {
        catalog.text(.exportStep, ["step": "\(step)", "steps": "\(steps)"])
    }

    /// "Formas".
    public var shapes: String { catalog.text(.exportShapes) }
    /// "Código".
    public var code: String { catalog.text(.exportCode) }

    /// "Época 1 de 5000, operación a operación".
    public func subtitle(epoch: Int, of epochs: Int) -> String {
        catalog.text(.exportSubtitle, ["epoch": "\(epoch)", "epochs": "\(epochs)"])
    }

    /// The three rows that describe a run, as (label, value): network, data, training.
    public func summary(_ header: TraceHeader) -> [(label: String, value: String)] {
        let network = header.network
        var activations: [String] = []
        for layer in network.layers where !activations.contains(layer.activation.symbol) {
            activations.append(layer.activation.symbol)
        }
        let inputs = Shape(rows: header.examples, columns: network.inputs)
        let targets = Shape(rows: header.examples, columns: network.units(ofLayer: network.depth))
        return [
            (catalog.text(.exportRowNetwork),
             catalog.text(.exportNetwork, ["sizes": network.summary, "activations": activations.joined(separator: ", ")])),
            (catalog.text(.exportRowData),
             catalog.text(.exportData, ["examples": "\(header.examples)", "inputs": inputs.bracketed,
                                        "targets": targets.bracketed])),
            (catalog.text(.exportRowTraining),
             catalog.text(.exportTraining, ["rate": LaTeXNumber.shortest(header.learningRate),
                                            "epochs": "\(header.epochs)", "seed": "\(header.seed)"])),
        ]
    }

    /// "La red".
    public var networkTitle: String { catalog.text(.exportNetworkTitle) }
    /// "entrada".
    public var input: String { catalog.text(.exportInput) }
    /// "capa 2".
    public func layer(_ layer: Int) -> String { catalog.text(.exportLayer, ["layer": "\(layer)"]) }
    /// "salida".
    public var output: String { catalog.text(.exportOutput) }
    /// "La curva de error".
    public var lossTitle: String { catalog.text(.exportLossTitle) }
    /// The loss axis: "error cuadrático medio (loss)".
    public var lossAxis: String { catalog.text(.exportLossAxis) }
    /// The epoch axis: "época".
    public var epochAxis: String { catalog.text(.exportEpochAxis) }
    /// The mark of the exported epoch on the loss curve: "época 1".
    public func lossMark(epoch: Int) -> String { catalog.text(.exportLossMark, ["epoch": "\(epoch)"]) }
    /// "pasos 1 a 10".
    public func groupSteps(first: Int, last: Int) -> String {
        catalog.text(.exportGroupSteps, ["first": "\(first)", "last": "\(last)"])
    }
}
