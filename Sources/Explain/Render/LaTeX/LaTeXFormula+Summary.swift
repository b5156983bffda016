import Trace

/// The formulas of an epoch's summary: its mean loss, the test loss and accuracy, and the test
/// of early stopping.
extension LaTeXFormula {
    /// `\overline{\text{loss}} = \frac{1}{5} \sum_{b=1}^{5} \text{loss}_b`.
    func epochLoss(_ event: TraceEvent) -> LaTeXEquation {
        let batches = Facts.number(after: "(1/", in: event.formula).map(String.init) ?? "n"
        return scalar(event, "\\frac{1}{\(batches)} \\sum_{b=1}^{\(batches)} \\text{loss}_b")
    }

    /// `\text{loss}_{\text{test}} = \text{loss}(y_{\text{test}}, \hat{y}_{\text{test}})`.
    func testLoss(_ event: TraceEvent) -> LaTeXEquation {
        scalar(event, "\\text{loss}(y_{\\text{test}}, \\hat{y}_{\\text{test}})")
    }

    /// `\text{acc}_{\text{test}} = \frac{\lvert\{i : \hat{c}_i = c_i\}\rvert}{n}`: the share of test
    /// examples whose predicted class `\hat{c}_i` is the right one.
    func accuracy(_ event: TraceEvent) -> LaTeXEquation {
        let count = Facts.number(after: "/ ", in: event.formula).map(String.init) ?? "n"
        return scalar(event, "\\frac{\\lvert\\{i : \\hat{c}_i = c_i\\}\\rvert}{\(count)}")
    }

    /// `e - e^{*} = 12 - 7 = 5 \ge 5`: the epochs since the best test loss against the patience,
    /// with the best epoch and loss as a note. Its values are `[best epoch, best loss, patience]`.
    func earlyStop(_ event: TraceEvent) -> LaTeXEquation {
        guard let values = event.values, values.elements.count >= 3 else {
            return LaTeXEquation(lhs: "e - e^{*}", relation: "\\ge", symbolic: "\\text{patience}", substituted: nil,
                                 result: nil)
        }
        let best = Int(values.elements[0]), patience = Int(values.elements[2])
        return LaTeXEquation(lhs: "e - e^{*}",
                             symbolic: "\(event.epoch) - \(best) = \(event.epoch - best) \\ge \(patience)",
                             note: "e^{*} = \(best), \\quad \\text{loss}_{\\text{test}}(e^{*}) = "
                                 + matrix.number.format(values.elements[1]),
                             substituted: nil, result: nil)
    }
}
