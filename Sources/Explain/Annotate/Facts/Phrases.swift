import Trace

/// The small pieces of wording that facts put inside sentences (an example, a neuron, a list),
/// taken from the catalog so that they follow the language.
///
/// Examples, neurons, rows and columns are counted from 1, as the notes write `a₁₁`.
struct Phrases: Sendable {
    /// The catalog of the annotation's language.
    let catalog: Catalog

    /// `ejemplo 3`, or `ejemplo 3 (1, 0)` when the inputs `X` are known and narrow enough to list.
    func example(_ row: Int, inputs: Matrix?) -> String {
        let name = catalog.render(.wordExample, ["index": String(row + 1)])
        guard let inputs, row < inputs.rows, inputs.columns <= 4 else { return name }
        return name + " (" + inputs.rowValues(row).map(Numbers.compact).joined(separator: ", ") + ")"
    }

    /// `ejemplo 3`, `ejemplos 3 y 4`, or `ninguno` for no examples.
    func examples(_ rows: [Int]) -> String {
        switch rows.count {
        case 0: return catalog.render(.wordNone)
        case 1: return example(rows[0], inputs: nil)
        default: return catalog.render(.wordExamples, ["list": list(rows.map { String($0 + 1) })])
        }
    }

    /// `neurona 2`.
    func neuron(_ column: Int) -> String {
        catalog.render(.wordNeuron, ["index": String(column + 1)])
    }

    /// `clase 3`: class `index`, counted from 0 like the digits.
    func classLabel(_ index: Int) -> String {
        catalog.render(.wordClass, ["index": String(index)])
    }

    /// `mapa 2`: channel `index` (from 0) of an image, counted from 1.
    func map(_ index: Int) -> String {
        catalog.render(.wordMap, ["index": String(index + 1)])
    }

    /// `fila 2, columna 1`.
    func position(_ entry: Entry) -> String {
        catalog.render(.wordPosition, ["row": String(entry.row + 1), "column": String(entry.column + 1)])
    }

    /// `1, 2 y 3`: items joined by commas and the language's "and".
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? catalog.render(.wordNone) }
        return items.dropLast().joined(separator: ", ") + " " + catalog.render(.wordAnd) + " " + items.last!
    }

    /// `la capa oculta (capa 1 de 2)` or `la capa de salida (capa 2 de 2)`.
    func layer(_ layer: Int, of layers: Int) -> String {
        let values = ["layer": String(layer), "layers": String(layers)]
        return catalog.render(layer == layers ? .wordOutputLayer : .wordHiddenLayer, values)
    }

    /// What column `column` of a layer's input is: `x₁` for the data `X`, otherwise
    /// `la columna 1 de A₁`.
    func source(_ column: Int, of input: String) -> String {
        if input == "X" { return "x" + Notation.subscriptDigits(column + 1) }
        return catalog.render(.wordSourceColumn, ["index": String(column + 1), "input": Notation.symbol(for: input)])
    }
}
