import Trace

/// Each operation's formula in LaTeX, in the notes' notation (§2.2), and the same formula with
/// the step's own matrices substituted:
///
/// - `Z_1 = X \cdot W_1 + b_1`
/// - `A_1 = \sigma(Z_1)`
/// - `\text{error} = y - A_2`
/// - `\text{loss} = \frac{1}{n} \sum_{i=1}^{n} \text{error}_{i}^2`
/// - `\delta_{out} = (y - A_2) \odot \sigma'(Z_2)`, with `\sigma'(Z_2) = A_2 \odot (1 - A_2)`
/// - `\text{Error}_{hidden} = \delta_{out} \cdot W_2^T`
/// - `\delta_{hidden} = \text{Error}_{hidden} \odot \sigma'(Z_1)`
/// - `\Delta W_2 = \eta \cdot A_1^T \cdot \delta_{out}`
/// - `\Delta b_2 = \eta \cdot \sum_{i=1}^{n} \delta_{out,i}`
/// - `W_2 \leftarrow W_2 + \Delta W_2`
///
/// The symbols come from the event's own operand names, so deeper networks read `\delta_3`,
/// `\text{Error}_2`. Transposed operands are substituted already transposed, as the notes do.
public struct LaTeXFormula: Sendable {
    /// The network the steps belong to (for each layer's activation).
    public let network: NetworkSpec
    /// The learning rate η, written into the substituted adjustments.
    public let learningRate: Double
    /// How matrices are written.
    public var matrix: LaTeXMatrix
    /// Indentation of matrix rows in the source.
    public var indent = "    "

    /// Formulas for steps of `network` trained with `learningRate`.
    public init(network: NetworkSpec, learningRate: Double, matrix: LaTeXMatrix = LaTeXMatrix()) {
        self.network = network
        self.learningRate = learningRate
        self.matrix = matrix
    }

    /// The equation of `event`; `operands` holds the values its inputs had before the step
    /// (see ``EpochRecord/values(upTo:)``). Missing values leave the substitution out.
    public func equation(for event: TraceEvent, operands: [String: Matrix]) -> LaTeXEquation {
        let inputs = event.inputs.map { (name: $0, value: operands[$0]) }
        switch event.operation {
        case .data, .parameter, .unknown: return value(event)
        case .affine: return affine(event, inputs)
        case .sigmoid: return activation(event, inputs, .sigmoid)
        case .residual: return residual(event, inputs)
        case .meanSquaredError: return meanSquaredError(event, inputs)
        case .outputDelta: return outputDelta(event, inputs, operands)
        case .backpropagate: return backpropagate(event, inputs)
        case .hiddenDelta: return hiddenDelta(event, inputs, operands)
        case .weightGradient: return weightGradient(event, inputs)
        case .biasGradient: return biasGradient(event, inputs)
        case .update: return update(event, inputs)
        }
    }

    /// An operand, as this step sees it.
    typealias Operand = (name: String, value: Matrix?)

    /// Data, parameters and operations this version does not know: `X = (…)`.
    func value(_ event: TraceEvent) -> LaTeXEquation {
        LaTeXEquation(lhs: symbol(event.name), symbolic: nil, substituted: nil, result: event.values.map(render))
    }

    /// `Z_l = A_{l-1} \cdot W_l + b_l`.
    func affine(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 3 else { return value(event) }
        return equation(event, "\(symbol(inputs[0].name)) \\cdot \(symbol(inputs[1].name)) + \(symbol(inputs[2].name))",
                        values(inputs).map { "\($0[0]) \\cdot \($0[1]) + \($0[2])" })
    }

    /// `A_l = f(Z_l)`.
    func activation(_ event: TraceEvent, _ inputs: [Operand], _ function: Activation) -> LaTeXEquation {
        guard inputs.count == 1 else { return value(event) }
        let f = LaTeXNotation.function(function)
        return equation(event, "\(f)(\(symbol(inputs[0].name)))", values(inputs).map { "\(f)\($0[0])" })
    }

    /// `\text{error} = y - A_L`.
    func residual(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        return equation(event, "\(symbol(inputs[0].name)) - \(symbol(inputs[1].name))",
                        values(inputs).map { "\($0[0]) - \($0[1])" })
    }

    /// `\text{loss} = \frac{1}{n} \sum_i \text{error}_i^2`, with every square written out.
    func meanSquaredError(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 1, let shape = event.inputShapes.first, shape.dimensions.count == 2 else { return value(event) }
        let name = inputs[0].name
        let (rows, columns) = (shape.dimensions[0], shape.dimensions[1])
        let symbolic = columns == 1
            ? "\\frac{1}{n} \\sum_{i=1}^{n} \(LaTeXNotation.element(of: name, index: "i"))^2"
            : "\\frac{1}{n\\,k} \\sum_{i=1}^{n} \\sum_{j=1}^{k} \(LaTeXNotation.element(of: name, index: "ij"))^2"
        let substituted = inputs[0].value.map { error -> String in
            let terms = elided(error.elements.map { x -> String in
                let text = matrix.number.format(x)
                return (text.hasPrefix("-") || text.contains(" ") ? "(\(text))" : text) + "^2"
            })
            return "\\frac{1}{\(rows * columns)} \\bigl(" + terms.joined(separator: " + ") + "\\bigr)"
        }
        let result = event.values.flatMap { $0.elements.count == 1 ? matrix.number.format($0.elements[0]) : render($0) }
        return LaTeXEquation(lhs: symbol(event.name), symbolic: symbolic, substituted: substituted, result: result)
    }

    /// `\delta_L = (y - A_L) \odot f'(Z_L)`: the error's first operand is the residual `y − A_L`.
    func outputDelta(_ event: TraceEvent, _ inputs: [Operand], _ operands: [String: Matrix]) -> LaTeXEquation {
        guard inputs.count == 2, let layer = LaTeXNotation.layer(of: inputs[1].name) else { return value(event) }
        let residual = inputs[0].name == "error" ? "(y - \(symbol(inputs[1].name)))" : symbol(inputs[0].name)
        return delta(event, residual, inputs, layer: layer, operands)
    }

    /// `\text{Error}_l = \delta_{l+1} \cdot W_{l+1}^T`.
    func backpropagate(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        var substituted: String?
        if let delta = inputs[0].value, let weights = inputs[1].value {
            substituted = "\(render(delta)) \\cdot \(render(weights.transposed))"
        }
        return equation(event, "\(symbol(inputs[0].name)) \\cdot \(symbol(inputs[1].name))^T", substituted)
    }

    /// `\delta_l = \text{Error}_l \odot f'(Z_l)`.
    func hiddenDelta(_ event: TraceEvent, _ inputs: [Operand], _ operands: [String: Matrix]) -> LaTeXEquation {
        guard inputs.count == 2, let layer = LaTeXNotation.layer(of: inputs[1].name) else { return value(event) }
        return delta(event, symbol(inputs[0].name), inputs, layer: layer, operands)
    }

    /// `\Delta W_l = \eta \cdot A_{l-1}^T \cdot \delta_l`.
    func weightGradient(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        var substituted: String?
        if let activations = inputs[0].value, let delta = inputs[1].value {
            substituted = "\(eta) \\cdot \(render(activations.transposed)) \\cdot \(render(delta))"
        }
        return equation(event, "\\eta \\cdot \(symbol(inputs[0].name))^T \\cdot \(symbol(inputs[1].name))", substituted)
    }

    /// `\Delta b_l = \eta \cdot \sum_i \delta_{l,i}`, with the rows of `δ` written out.
    func biasGradient(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 1 else { return value(event) }
        let rows = event.inputShapes.first?.dimensions.first ?? 0
        let symbolic = "\\eta \\cdot \\sum_{i=1}^{\(rows)} \(LaTeXNotation.element(of: inputs[0].name, index: "i"))"
        let substituted = inputs[0].value.map { delta -> String in
            if delta.columns == 1 {
                return "\(eta) \\cdot \\bigl(" + signedSum(delta.elements.map(matrix.number.format)) + "\\bigr)"
            }
            let terms = elided((0..<delta.rows).map { matrix.tuple(delta, row: $0) })
            return "\(eta) \\cdot \\bigl[" + terms.joined(separator: " + ") + "\\bigr]"
        }
        return LaTeXEquation(lhs: symbol(event.name), symbolic: symbolic, substituted: substituted,
                             result: event.values.map(render))
    }

    /// `W_l \leftarrow W_l + \Delta W_l`.
    func update(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        var equation = equation(event, "\(symbol(inputs[0].name)) + \(symbol(inputs[1].name))",
                                values(inputs).map { "\($0[0]) + \($0[1])" })
        equation.relation = "\\leftarrow"
        return equation
    }

    /// A delta: `residual \odot f'(Z_l)`, the slope's definition as a note for the sigmoid, and
    /// the slope's values computed from `A_l` (and `Z_l`) in the substitution.
    private func delta(_ event: TraceEvent, _ first: String, _ inputs: [Operand], layer: Int,
                       _ operands: [String: Matrix]) -> LaTeXEquation {
        let function = layer <= network.depth && layer >= 1 ? network.layers[layer - 1].activation : .sigmoid
        let f = LaTeXNotation.function(function)
        let z = symbol(Notation.sumName(layer)), a = symbol(inputs[1].name)
        let slope = "\(f)'(\(z))"
        var substituted: String?
        if let error = inputs[0].value, let activations = inputs[1].value {
            let sums = operands[Notation.sumName(layer)].flatMap { $0.shape == activations.shape ? $0 : nil }
            let slopes = Matrix(rows: activations.rows, columns: activations.columns,
                                elements: activations.elements.indices.map {
                                    function.derivative(z: sums?.elements[$0] ?? .nan, a: activations.elements[$0])
                                })
            substituted = "\(render(error)) \\odot \(render(slopes))"
        }
        let note = function == .sigmoid ? "\(slope) = \(a) \\odot (1 - \(a))" : nil
        return LaTeXEquation(lhs: symbol(event.name), symbolic: "\(first) \\odot \(slope)", note: note,
                             substituted: substituted, result: event.values.map(render))
    }

    /// An equation whose result is the event's value.
    private func equation(_ event: TraceEvent, _ symbolic: String, _ substituted: String?) -> LaTeXEquation {
        LaTeXEquation(lhs: symbol(event.name), symbolic: symbolic, substituted: substituted, result: event.values.map(render))
    }

    /// Every operand rendered, or `nil` if one of them was not kept.
    private func values(_ inputs: [Operand]) -> [String]? {
        let values = inputs.compactMap(\.value)
        return values.count == inputs.count ? values.map(render) : nil
    }

    private func render(_ value: Matrix) -> String { matrix.render(value, indent: indent) }

    private func symbol(_ name: String) -> String { LaTeXNotation.symbol(for: name) }

    private var eta: String { LaTeXNumber.shortest(learningRate) }

    /// `terms`, or past the matrix row limit the first `limit − 2`, `\cdots` and the last.
    private func elided(_ terms: [String]) -> [String] {
        LaTeXMatrix.kept(terms.count, limit: matrix.maxRows).map { $0.map { terms[$0] } ?? "\\cdots" }
    }

    /// `a - b + c`: numbers added, a negative one written as a subtraction.
    private func signedSum(_ numbers: [String]) -> String {
        elided(numbers).enumerated().map { index, term in
            guard index > 0 else { return term }
            return term.hasPrefix("-") ? "- " + term.dropFirst() : "+ " + term
        }.joined(separator: " ")
    }
}
