import Trace

/// The formulas of §4's layers and of their backward steps.
extension LaTeXFormula {
    /// `Z_1 = X \star W_1 + b_1`, noting that the convolution is the product of the patches,
    /// `\operatorname{im2col}(X) \cdot W_1`. Images are too large to substitute usefully, so
    /// only the result is written.
    func convolution(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 3 else { return value(event) }
        let (x, w, b) = (symbol(inputs[0].name), symbol(inputs[1].name), symbol(inputs[2].name))
        var equation = equation(event, "\(x) \\star \(w) + \(b)", nil)
        equation.note = "\(x) \\star \(w) = \\operatorname{im2col}(\(x)) \\cdot \(w)"
        return equation
    }

    /// `P_1 = \operatorname{maxpool}_{2 \times 2}(A_1)`, with the maximum over each block as a note.
    func maxPool(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 1 else { return value(event) }
        let size = Facts.poolSize(in: event.formula)
            ?? event.inputShapes.first?.image.flatMap { input in event.shape.image.map { input.height / max($0.height, 1) } }
            ?? 2
        let a = symbol(inputs[0].name), p = symbol(event.name)
        var equation = equation(event, "\\operatorname{maxpool}_{\(size) \\times \(size)}(\(a))", nil)
        equation.note = "\(p)[c, i, j] = \\max_{0 \\le u, v < \(size)} \(a)[c, \(size)i + u, \(size)j + v]"
        return equation
    }

    /// `F = \operatorname{flatten}(P_2)`, noting `C \times H \times W \to C \cdot H \cdot W`.
    func flatten(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 1 else { return value(event) }
        var equation = equation(event, "\\operatorname{flatten}(\(symbol(inputs[0].name)))", nil)
        if let maps = event.inputShapes.first?.image {
            equation.note = "\(maps.channels) \\times \(maps.height) \\times \(maps.width) \\to \(maps.count)"
        }
        return equation
    }

    /// `M_2 \sim \operatorname{Bernoulli}(1 - p)`: the mask drawn for this batch.
    func dropoutMask(_ event: TraceEvent) -> LaTeXEquation {
        var equation = equation(event, "\\operatorname{Bernoulli}(1 - \(rate(event)))", nil)
        equation.relation = "\\sim"
        return equation
    }

    /// `D_2 = \frac{A_2 \odot M_2}{1 - p}` going forward, and the same mask and scale for the
    /// gradient going back, `\text{Error}_2 = \frac{\text{Error}_{D_2} \odot M_2}{1 - p}`.
    func dropout(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        let p = rate(event)
        return equation(event, "\\frac{\(symbol(inputs[0].name)) \\odot \(symbol(inputs[1].name))}{1 - \(p)}",
                        values(inputs).map { "\\frac{1}{1 - \(p)} \\, \($0[0]) \\odot \($0[1])" })
    }

    /// `\text{Error}_{P_1} = \delta_2 \star \operatorname{rot}_{180}(W_2)`: the delta convolved with
    /// the filters turned round (a full convolution), back onto the input maps.
    func convBackpropagate(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 2 else { return value(event) }
        return equation(event, "\(symbol(inputs[0].name)) \\star \\operatorname{rot}_{180}(\(symbol(inputs[1].name)))", nil)
    }

    /// `\text{Error}_1 = \operatorname{unpool}(\text{Error}_{P_1})`: each gradient to its block's maximum.
    func poolBackpropagate(_ event: TraceEvent, _ inputs: [Operand]) -> LaTeXEquation {
        guard inputs.count == 1 else { return value(event) }
        return equation(event, "\\operatorname{unpool}(\(symbol(inputs[0].name)))", nil)
    }

    /// The dropout rate of a step's formula, as LaTeX: `0.2`, or `p` when the formula has none.
    private func rate(_ event: TraceEvent) -> String {
        Facts.dropoutRate(in: event.formula).map(LaTeXNumber.shortest) ?? "p"
    }
}
