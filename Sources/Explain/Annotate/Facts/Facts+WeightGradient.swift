import Trace

extension Facts {
    /// `ΔW_l = η·A_{l−1}ᵀ·δ_l`: why the shape matches `W_l`, that it sums (not averages) over
    /// the examples, and, from the input's actual values, which examples reach which row: an
    /// example whose input is 0 adds nothing to the weights leaving that input.
    ///
    /// The run's rules come from the step's formula (``TrainingRule``): a mean over the batch
    /// (`η/|B|`), momentum, Adam, an L2 penalty, and for losses other than the squared error
    /// the gradient's sign (the update subtracts). A convolution's product runs over the patches.
    static func weightGradient(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let event = context.event
        var facts = Facts(title: .weightGradientTitle, context: context, phrases: phrases)
        let inputShape = event.inputShapes.first ?? Shape([])
        let rule = context.rule
        let examples = inputShape.dimensions.first ?? 0
        facts.set([
            "input": facts.symbol(0), "delta": facts.symbol(1),
            "weights": Notation.symbol(for: Notation.weightName(context.layer)),
            "inputShape": inputShape.bracketed, "transposedShape": Shape(inputShape.dimensions.reversed()).bracketed,
            "examples": String(examples),
            "factor": Numbers.short(context.learningRate / Double(max(examples, 1)), digits: 6),
        ])
        let isConvolution = inputShape.dimensions.count == 4
        if isConvolution {
            let deltaShape = event.inputShapes.count > 1 ? event.inputShapes[1] : Shape([])
            let positions = deltaShape.image.map { $0.height * $0.width } ?? 0
            facts.say(.weightGradientConvolution, [
                "positions": String(positions), "patchRows": String(examples * positions),
                "patchSize": String(event.shape.rows), "filters": String(event.shape.columns),
            ])
        } else {
            facts.say(rule.averages || !rule.isPlainProduct ? .weightGradientProduct : .weightGradientMeaning)
        }
        facts.sayReduction(rule, sum: isConvolution ? .weightGradientConvolutionSum : .weightGradientSum, mean: .weightGradientMean, adam: .weightGradientAdam)
        if rule.penalises { facts.say(.weightGradientL2) }
        if !context.values.isEmpty, context.values["error"] == nil, context.values["y"] != nil {
            facts.say(.weightGradientGradientSign)
        }
        guard let change = facts.sampledValues(), !isConvolution, rule.isPlainProduct,
              let input = facts.operand(0), let deltas = facts.operand(1),
              input.rows == deltas.rows, input.columns == change.rows, deltas.columns == change.columns
        else { return facts }
        let product = WeightProduct(input: input, inputName: event.inputs[0], deltas: deltas, change: change,
                                    scale: Self.scale(context, rule, examples: examples))
        let rowsWithSilentExamples = (0..<input.columns).filter { product.active($0).count < input.rows }
        for row in rowsWithSilentExamples {
            facts.sayInputRow(row, of: product)
        }
        facts.sayZeros(of: product)
        if let silent = product.examples.first(where: { k in input.rowValues(k).allSatisfy { $0 == 0 } }) {
            facts.say(.weightGradientSilentExample, ["example": facts.example(silent)])
        }
        if rowsWithSilentExamples.isEmpty {
            facts.say(.weightGradientAllActive)
            if product.isNarrow, let top = change.largestMagnitude {
                let terms = product.examples.map { k in
                    Numbers.product(product.inputText(k, top.row), Numbers.fixed(deltas[k, top.column]))
                }
                facts.say(.weightGradientLargest, [
                    "position": phrases.position(top),
                    "expansion": "\(product.scale)·(\(terms.joined(separator: " + "))) = "
                        + Numbers.fixed(top.value),
                ])
            }
        }
        return facts
    }

    /// Says how the product becomes the adjustment: summed (the notes' code) or averaged over
    /// the batch, then momentum or Adam.
    mutating func sayReduction(_ rule: TrainingRule, sum: CatalogKey, mean: CatalogKey, adam: CatalogKey) {
        if rule.optimizer == .adam {
            say(adam)
            return
        }
        say(rule.averages ? mean : sum)
        if rule.optimizer == .momentum { say(.weightGradientMomentum) }
    }

    /// The factor of a plain adjustment as sums write it: `η`, or `(η/|B|)` for a mean.
    static func scale(_ context: StepContext, _ rule: TrainingRule, examples: Int) -> String {
        let eta = Numbers.compact(context.learningRate)
        return rule.averages ? "(\(eta)/\(examples))" : eta
    }

    /// Row `row` of ΔW, fed only by the examples whose input `row` is not 0, with the sum
    /// written out when it is short.
    private mutating func sayInputRow(_ row: Int, of product: WeightProduct) {
        let active = product.active(row)
        let source = phrases.source(row, of: product.inputName)
        guard !active.isEmpty else {
            say(.weightGradientZeroRow, ["row": String(row + 1), "source": source])
            return
        }
        var values = [
            "row": String(row + 1), "source": source, "active": phrases.examples(active), "eta": product.scale,
            "silent": phrases.examples(product.examples.filter { !active.contains($0) }),
        ]
        guard product.isNarrow else {
            say(.weightGradientInputRowBrief, values)
            return
        }
        values["terms"] = active.map { k in
            let deltas = Numbers.tuple(product.deltas.rowValues(k))
            return product.input[k, row] == 1 ? deltas : Numbers.product(product.inputText(k, row), deltas)
        }.joined(separator: " + ")
        values["rowValues"] = Numbers.tuple(product.change.rowValues(row))
        say(.weightGradientInputRow, values)
    }

    /// Why entries are exactly 0 (no delta where the input is on, or contributions that cancel),
    /// and entries that print as 0.0000 without being 0.
    private mutating func sayZeros(of product: WeightProduct) {
        for entry in product.change.entries where entry.value == 0 && !product.active(entry.row).isEmpty {
            let silentDeltas = product.active(entry.row).allSatisfy { product.deltas[$0, entry.column] == 0 }
            say(silentDeltas ? .weightGradientZeroDelta : .weightGradientZeroCancel, [
                "position": phrases.position(entry), "source": phrases.source(entry.row, of: product.inputName),
                "neuron": phrases.neuron(entry.column),
            ])
        }
        for entry in product.change.entries where entry.value != 0 && Numbers.fixed(entry.value) == Numbers.fixed(0) {
            let terms = product.contributions(to: entry)
            guard terms.contains(where: { $0 > 0 }), terms.contains(where: { $0 < 0 }) else { continue }
            say(.weightGradientNearCancel, [
                "position": phrases.position(entry), "exact": Matrix.fixed(entry.value, digits: 8),
            ])
        }
    }
}

/// The operands and result of `ΔW = η·Aᵀ·δ`, and what the facts ask about them.
private struct WeightProduct {
    /// `A` (or `X`): one row per example, one column per input of the layer.
    let input: Matrix
    /// Its canonical name.
    let inputName: String
    /// `δ`: one row per example, one column per neuron.
    let deltas: Matrix
    /// `ΔW`.
    let change: Matrix
    /// The factor in front of the product as sums write it: `0.5`, or `(0.1/4)` for a mean.
    let scale: String

    /// The examples, from 0.
    var examples: [Int] { Array(0..<input.rows) }

    /// Whether sums over the examples are short enough to write out.
    var isNarrow: Bool { deltas.columns <= 4 && input.rows <= 8 }

    /// The examples whose input `column` is not 0: the only ones that reach that row of ΔW.
    func active(_ column: Int) -> [Int] { examples.filter { input[$0, column] != 0 } }

    /// What each example adds to `entry` before η: `input[k, i]·δ[k, j]`.
    func contributions(to entry: Entry) -> [Double] {
        examples.map { input[$0, entry.row] * deltas[$0, entry.column] }
    }

    /// Input `column` of example `row`, as written in sums.
    func inputText(_ row: Int, _ column: Int) -> String {
        Numbers.element(input[row, column], of: inputName)
    }
}
