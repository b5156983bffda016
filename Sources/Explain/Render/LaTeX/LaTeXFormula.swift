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
///
/// The other activations, the layers of §4 (convolution `\star`, `\max` pooling, flattening,
/// dropout), the other losses, the simplified delta `A_L - y` and the perceptron's rule are in
/// `LaTeXFormula+Layers.swift` and `LaTeXFormula+Losses.swift`; an epoch's summary in
/// `LaTeXFormula+Summary.swift`. Adjustments follow the step's formula: `\frac{\eta}{|B|}` for a
/// mean, momentum, Adam, an L2 term, and `W - \Delta W` when the update subtracts.
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
        case .heaviside: return activation(event, inputs, .heaviside)
        case .tanh: return activation(event, inputs, .tanh)
        case .relu: return activation(event, inputs, .relu)
        case .leakyRelu: return activation(event, inputs, .leakyRelu)
        case .elu: return activation(event, inputs, .elu)
        case .gelu: return activation(event, inputs, .gelu)
        case .swish: return activation(event, inputs, .swish)
        case .softmax: return activation(event, inputs, .softmax)
        case .linear: return activation(event, inputs, .linear)
        case .conv2d: return convolution(event, inputs)
        case .maxPool: return maxPool(event, inputs)
        case .flatten: return flatten(event, inputs)
        case .dropoutMask: return dropoutMask(event)
        case .dropout, .dropoutBackpropagate: return dropout(event, inputs)
        case .residual: return residual(event, inputs)
        case .meanSquaredError: return meanSquaredError(event, inputs)
        case .meanAbsoluteError: return meanAbsoluteError(event, inputs)
        case .binaryCrossEntropy: return binaryCrossEntropy(event, inputs)
        case .crossEntropy: return crossEntropy(event, inputs)
        case .lossGradient: return lossGradient(event, inputs)
        case .outputDelta: return outputDelta(event, inputs, operands)
        case .simplifiedDelta: return simplifiedDelta(event, inputs)
        case .perceptronDelta: return perceptronDelta(event, inputs)
        case .backpropagate: return backpropagate(event, inputs)
        case .convBackpropagate: return convBackpropagate(event, inputs)
        case .poolBackpropagate: return poolBackpropagate(event, inputs)
        case .hiddenDelta: return hiddenDelta(event, inputs, operands)
        case .weightGradient: return weightGradient(event, inputs)
        case .biasGradient: return biasGradient(event, inputs)
        case .update: return update(event, inputs)
        case .epochLoss: return epochLoss(event)
        case .testLoss: return testLoss(event)
        case .accuracy: return accuracy(event)
        case .earlyStop: return earlyStop(event)
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

    /// `A_l = f(Z_l)`, with `f`'s definition as a note (`\operatorname{ReLU}(z) = \max(0, z)`).
    func activation(_ event: TraceEvent, _ inputs: [Operand], _ function: Activation) -> LaTeXEquation {
        guard inputs.count == 1 else { return value(event) }
        let f = LaTeXNotation.function(function)
        var equation = equation(event, "\(f)(\(symbol(inputs[0].name)))", values(inputs).map { "\(f)\($0[0])" })
        equation.note = LaTeXNotation.definition(function)
        return equation
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

    /// `\Delta W_l = \eta \cdot A_{l-1}^T \cdot \delta_l`, with the run's rule: `\frac{\eta}{|B|}` for
    /// a mean, `\mu \cdot \Delta W_l^{\text{prev}} + …` for momentum, Adam's
    /// `\eta \cdot \frac{\hat{m}}{\sqrt{\hat{v}} + \epsilon}`, an L2 term; a convolution's product
    /// runs over the patches, `\operatorname{im2col}(A_{l-1})^T \cdot \delta_l`. Only the plain
    /// product of a dense layer is substituted.
    func weightGradient(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        let rule = TrainingRule(formula: event.formula)
        let isConvolution = event.inputShapes.first?.dimensions.count == 4
        let input = isConvolution ? "\\operatorname{im2col}(\(symbol(inputs[0].name)))" : symbol(inputs[0].name)
        let product = "\(input)^T \\cdot \(symbol(inputs[1].name))"
        let weights = symbol(event.name.hasPrefix("dW") ? String(event.name.dropFirst()) : "W")
        var substituted: String?
        if !isConvolution, rule.isPlainProduct, let activations = inputs[0].value, let delta = inputs[1].value {
            substituted = "\(factorValue(rule, event)) \\cdot \(render(activations.transposed)) \\cdot \(render(delta))"
        }
        return adjustment(event, rule, product: product, parameter: weights, previous: symbol(event.name),
                          substituted: substituted, penalised: true)
    }

    /// `\Delta b_l = \eta \cdot \sum_i \delta_{l,i}`, with the rows of `δ` written out; the run's
    /// rule as for the weights (no L2: biases are not penalised).
    func biasGradient(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 1 else { return value(event) }
        let rule = TrainingRule(formula: event.formula)
        let rows = event.inputShapes.first?.dimensions.first ?? 0
        let isConvolution = event.inputShapes.first?.dimensions.count == 4
        let sum = isConvolution
            ? "\\sum_{i=1}^{\(rows)} \\sum_{p} \(LaTeXNotation.element(of: inputs[0].name, index: "ip"))"
            : "\\sum_{i=1}^{\(rows)} \(LaTeXNotation.element(of: inputs[0].name, index: "i"))"
        var substituted: String?
        if !isConvolution, rule.isPlainProduct, let delta = inputs[0].value {
            let factor = factorValue(rule, event)
            if delta.columns == 1 {
                substituted = "\(factor) \\cdot \\bigl(" + signedSum(delta.elements.map(matrix.number.format)) + "\\bigr)"
            } else {
                let terms = elided((0..<delta.rows).map { matrix.tuple(delta, row: $0) })
                substituted = "\(factor) \\cdot \\bigl[" + terms.joined(separator: " + ") + "\\bigr]"
            }
        }
        return adjustment(event, rule, product: sum, parameter: symbol(String(event.name.dropFirst())), previous: symbol(event.name),
                          substituted: substituted, penalised: false)
    }

    /// The symbolic side of an adjustment of `product` under `rule`.
    private func adjustment(_ event: TraceEvent, _ rule: TrainingRule, product: String, parameter: String,
                            previous: String, substituted: String?, penalised: Bool) -> LaTeXEquation {
        let factor = rule.averages ? "\\frac{\\eta}{|B|}" : "\\eta"
        let penalty = penalised && rule.penalises
            ? (event.formula.contains("− η·λ") ? " - \\eta \\lambda \(parameter)" : " + \\eta \\lambda \(parameter)") : ""
        switch rule.optimizer {
        case .gradientDescent:
            return equation(event, "\(factor) \\cdot \(product)\(penalty)", substituted)
        case .momentum:
            return equation(event, "\\mu \\cdot \(previous)^{\\text{prev}} + \(factor) \\cdot \(product)\(penalty)", nil)
        case .adam:
            var equation = equation(event, "\\eta \\cdot \\frac{\\hat{m}}{\\sqrt{\\hat{v}} + \\epsilon}", nil)
            equation.note = "g = \(product)" + (penalised && rule.penalises ? " + \\lambda \(parameter)" : "")
            return equation
        }
    }

    /// `0.5`, or `\frac{0.1}{4}` for a mean over a batch of 4.
    private func factorValue(_ rule: TrainingRule, _ event: TraceEvent) -> String {
        guard rule.averages else { return eta }
        return "\\frac{\(eta)}{\(event.inputShapes.first?.dimensions.first ?? 1)}"
    }

    /// `W_l \leftarrow W_l + \Delta W_l`, or `W_l - \Delta W_l` when the update subtracts.
    func update(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        let sign = TrainingRule(formula: event.formula).subtracts ? "-" : "+"
        var equation = equation(event, "\(symbol(inputs[0].name)) \(sign) \(symbol(inputs[1].name))",
                                values(inputs).map { "\($0[0]) \(sign) \($0[1])" })
        equation.relation = "\\leftarrow"
        return equation
    }

    /// A delta: `residual \odot f'(Z_l)`, the slope's definition as a note for the sigmoid, and
    /// the slope's values computed from `A_l` (and `Z_l`) in the substitution.
    private func delta(_ event: TraceEvent, _ first: String, _ inputs: [Operand], layer: Int,
                       _ operands: [String: Matrix]) -> LaTeXEquation {
        let function = layer <= network.depth && layer >= 1 ? network.weightLayers[layer - 1].activation : .sigmoid
        let f = LaTeXNotation.function(function)
        let z = symbol(Notation.sumName(layer)), a = symbol(inputs[1].name)
        let slope = "\(f)'(\(z))"
        var substituted: String?
        if function.isElementwise, function != .heaviside, let error = inputs[0].value, let activations = inputs[1].value {
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
    func equation(_ event: TraceEvent, _ symbolic: String, _ substituted: String?) -> LaTeXEquation {
        LaTeXEquation(lhs: symbol(event.name), symbolic: symbolic, substituted: substituted, result: event.values.map(render))
    }

    /// Every operand rendered, or `nil` if one of them was not kept.
    func values(_ inputs: [Operand]) -> [String]? {
        let values = inputs.compactMap(\.value)
        return values.count == inputs.count ? values.map(render) : nil
    }

    func render(_ value: Matrix) -> String { matrix.render(value, indent: indent) }

    func symbol(_ name: String) -> String { LaTeXNotation.symbol(for: name) }

    var eta: String { LaTeXNumber.shortest(learningRate) }

    /// `terms`, or past the matrix row limit the first `limit − 2`, `\cdots` and the last.
    func elided(_ terms: [String]) -> [String] {
        LaTeXMatrix.kept(terms.count, limit: matrix.maxRows).map { $0.map { terms[$0] } ?? "\\cdots" }
    }

    /// `a - b + c`: numbers added, a negative one written as a subtraction.
    func signedSum(_ numbers: [String]) -> String {
        elided(numbers).enumerated().map { index, term in
            guard index > 0 else { return term }
            return term.hasPrefix("-") ? "- " + term.dropFirst() : "+ " + term
        }.joined(separator: " ")
    }
}
