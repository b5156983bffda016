import Trace

/// The losses besides the notes' squared error, the loss's gradient, the simplified delta of
/// §3.2 and the perceptron's rule of §1.1.
extension LaTeXFormula {
    /// `\text{loss} = \frac{1}{N} \sum_{i,j} \lvert y_{ij} - A_{L,ij} \rvert`.
    func meanAbsoluteError(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        let (y, a) = elements(inputs)
        return scalar(event, "\\frac{1}{\(count(event))} \\sum_{i,j} \\bigl\\lvert \(y) - \(a) \\bigr\\rvert")
    }

    /// `\text{loss} = -\frac{1}{N} \sum_{i,j} \bigl[y_{ij} \ln A_{L,ij} + (1 - y_{ij}) \ln(1 - A_{L,ij})\bigr]`.
    func binaryCrossEntropy(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        let (y, a) = elements(inputs)
        return scalar(event, "-\\frac{1}{\(count(event))} \\sum_{i,j} \\bigl[\(y) \\ln \(a) + (1 - \(y)) \\ln(1 - \(a))\\bigr]")
    }

    /// `\text{loss} = -\frac{1}{|B|} \sum_i \sum_j y_{ij} \ln A_{L,ij}`, substituted with the
    /// probability each example gives its right class: `-\frac{1}{4}(\ln 0.7 + …)`, the notes'
    /// `-\ln(\hat{y}_4)` for every example (§3.2).
    func crossEntropy(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        let (y, a) = elements(inputs)
        let rows = event.inputShapes.first?.rows ?? 0
        var equation = scalar(event, "-\\frac{1}{\(rows)} \\sum_{i=1}^{\(rows)} \\sum_{j} \(y) \\ln \(a)")
        if let targets = inputs[0].value, let prediction = inputs[1].value, targets.hasSameShape(as: prediction) {
            let labels = (0..<targets.rows).map { Classes.label(targets.rowValues($0)) }
            if labels.allSatisfy({ $0 != nil }), !labels.isEmpty {
                let terms = elided(labels.indices.map { "\\ln " + matrix.number.format(prediction[$0, labels[$0]!]) })
                equation.substituted = "-\\frac{1}{\(rows)} \\bigl(" + terms.joined(separator: " + ") + "\\bigr)"
            }
        }
        return equation
    }

    /// `\mathrm{d}A_L = \frac{\partial\,\text{loss}}{\partial A_L}`.
    func lossGradient(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        return equation(event, "\\frac{\\partial\\,\\text{loss}}{\\partial \(symbol(inputs[1].name))}", nil)
    }

    /// `\delta_L = A_L - y`, noting that it is `\frac{\partial L}{\partial Z_L} = \hat{y} - y` (§3.2).
    func simplifiedDelta(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        var equation = equation(event, "\(symbol(inputs[0].name)) - \(symbol(inputs[1].name))",
                                values(inputs).map { "\($0[0]) - \($0[1])" })
        if let layer = LaTeXNotation.layer(of: inputs[0].name) {
            equation.note = "\\frac{\\partial L}{\\partial Z_{\(layer)}} = \\hat{y} - y"
        }
        return equation
    }

    /// `\delta_1 = \text{error}`, noting the perceptron rule `w \leftarrow w + \eta \cdot \text{error} \cdot x`.
    func perceptronDelta(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 1 else { return value(event) }
        var equation = equation(event, symbol(inputs[0].name), nil)
        equation.note = "w \\leftarrow w + \\eta \\cdot \\text{error} \\cdot x"
        return equation
    }

    /// `y_{ij}` and the prediction's `A_{L,ij}`.
    private func elements(_ inputs: [Operand]) -> (String, String) {
        (LaTeXNotation.element(of: inputs[0].name, index: "ij"), LaTeXNotation.element(of: inputs[1].name, index: "ij"))
    }

    /// The number of elements of the prediction.
    private func count(_ event: TraceEvent) -> Int { event.inputShapes.last?.count ?? 0 }

    /// An equation whose result is a single number.
    func scalar(_ event: TraceEvent, _ symbolic: String) -> LaTeXEquation {
        let result = event.values.flatMap { $0.elements.count == 1 ? matrix.number.format($0.elements[0]) : render($0) }
        return LaTeXEquation(lhs: symbol(event.name), symbolic: symbolic, substituted: nil, result: result)
    }
}
