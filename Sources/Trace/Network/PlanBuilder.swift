/// Lists the steps of one batch for any network, with the computation behind each one.
///
/// The rules, in order:
/// 1. data `X`, `y`; then `W_l`, `b_l` of every weight layer;
/// 2. forward, layer by layer: `Z_l` and `A_l` (dense or convolution), `P_l` (max-pool),
///    `F` (flatten), `M_l` and `D_l` (dropout);
/// 3. error: the notes' `error = y − A_L` and `loss = mean(error²)` for the squared error;
///    otherwise the loss alone;
/// 4. backward, from the output down: the output delta (`error ⊙ f'(Z_L)`, the perceptron's
///    `error`, the simplified `A_L − y`, or `dA_L ⊙ f'(Z_L)` after the loss's gradient `dA_L`),
///    then for every layer below the gradient arriving at its output (`Error_l`, `Error_P1`,
///    `Error_F`…) and its delta;
/// 5. update: `ΔW_l`, `Δb_l` from the last layer down, then the new `W_l`, `b_l`.
///
/// Every value of the batch lives in a numbered slot of the trainer's buffers; ``slotShapes``
/// gives each slot's shape.
struct PlanBuilder {
    let spec: NetworkSpec
    let settings: TrainingSettings
    let rows: Int
    let layout: NetworkLayout
    private(set) var steps: [StepSpec] = []
    private(set) var actions: [PlanAction] = []
    private(set) var slotShapes: [Shape] = []
    private(set) var lossIndex = 0

    init(spec: NetworkSpec, settings: TrainingSettings, rows: Int) {
        self.spec = spec
        self.settings = settings
        self.rows = rows
        self.layout = spec.layout
    }

    /// Whether the notes' sign convention holds: `error = y − A`, deltas are minus the
    /// gradient and updates add (`W ← W + ΔW`). Other losses use the gradient's sign and
    /// subtract, as the notes' cross-entropy code (`W2 -= …`, §3).
    var addsChanges: Bool { settings.loss == .squaredError }

    private var depth: Int { spec.depth }
    private var outputActivation: Activation { layout.weightStages.last?.layer.activation ?? .linear }

    mutating func build() {
        let x = slot(for: layout.stages.first?.input ?? ExampleShape(width: spec.inputs, image: spec.inputImage))
        let outputShape = layout.output
        let y = slot(for: ExampleShape(width: outputShape.width, image: nil))
        add(.forward, .data, "X", [], slotShapes[x], "X", .inputs(result: x))
        add(.forward, .data, "y", [], slotShapes[y], "y", .targets(result: y))
        for l in 1...depth {
            let w = Notation.weightName(l), b = Notation.biasName(l)
            add(.forward, .parameter, w, [], spec.weightShape(ofLayer: l), sym(w), .weights(layer: l))
            add(.forward, .parameter, b, [], spec.biasShape(ofLayer: l), sym(b), .bias(layer: l))
        }

        // Forward: the slot holding each stage's output, and for weight layers their Z.
        var outputs: [Int] = []
        var sums: [Int: Int] = [:]
        var masks: [Int: Int] = [:]
        var current = x
        for (index, stage) in layout.stages.enumerated() {
            let inputName = stage.inputName, l = stage.weightLayer
            switch stage.layer.kind {
            case .dense, .conv2d:
                let z = slot(for: stage.output), a = slot(for: stage.output)
                let zName = Notation.sumName(l), aName = Notation.activationName(l)
                let w = Notation.weightName(l), b = Notation.biasName(l)
                let operands = [(inputName, slotShapes[current]), (w, spec.weightShape(ofLayer: l)),
                                (b, spec.biasShape(ofLayer: l))]
                if case .conv2d = stage.layer.kind {
                    add(.forward, .conv2d, zName, operands, slotShapes[z],
                        "\(sym(zName)) = \(sym(inputName)) ⋆ \(sym(w)) + \(sym(b))",
                        .convolution(layer: l, stage: index, input: current, result: z))
                } else {
                    add(.forward, .affine, zName, operands, slotShapes[z],
                        "\(sym(zName)) = \(sym(inputName))·\(sym(w)) + \(sym(b))",
                        .dense(layer: l, input: current, result: z))
                }
                let f = stage.layer.activation
                add(.forward, f.operation, aName, [(zName, slotShapes[z])], slotShapes[a],
                    "\(sym(aName)) = \(f.symbol)(\(sym(zName)))", .activation(layer: l, sum: z, result: a))
                sums[index] = z
                current = a
            case .maxPool(let size):
                let p = slot(for: stage.output)
                add(.forward, .maxPool, stage.outputName, [(inputName, slotShapes[current])], slotShapes[p],
                    "\(sym(stage.outputName)) = maxpool\(size)×\(size)(\(sym(inputName)))",
                    .pool(stage: index, input: current, result: p))
                current = p
            case .flatten:
                let f = slot(for: stage.output)
                add(.forward, .flatten, stage.outputName, [(inputName, slotShapes[current])], slotShapes[f],
                    "F = flatten(\(sym(inputName)))", .flatten(input: current, result: f))
                current = f
            case .dropout(let rate):
                let m = slot(for: stage.output), d = slot(for: stage.output)
                let mName = "M\(l)"
                add(.forward, .dropoutMask, mName, [], slotShapes[m],
                    "\(sym(mName)) ~ Bernoulli(1 − \(JSONText.number(rate)))", .mask(stage: index, result: m))
                add(.forward, .dropout, stage.outputName, [(inputName, slotShapes[current]), (mName, slotShapes[m])],
                    slotShapes[d], "\(sym(stage.outputName)) = \(sym(inputName)) ⊙ \(sym(mName)) / (1 − \(JSONText.number(rate)))",
                    .dropout(stage: index, input: current, mask: m, result: d))
                masks[index] = m
                current = d
            }
            outputs.append(current)
        }

        // Error and loss.
        let prediction = current
        let predictionName = layout.stages.last?.outputName ?? "X"
        let outShape = slotShapes[prediction]
        var upstream: Int
        let lastLayer = depth
        let deltaL = Notation.deltaName(lastLayer, depth: depth)
        guard let lastStage = layout.stages.indices.last, let zSlot = sums[lastStage] else { return }
        if addsChanges {
            let error = slot(for: ExampleShape(width: outShape.columns, image: nil))
            add(.error, .residual, "error", [("y", outShape), (predictionName, outShape)], outShape,
                "error = y − \(sym(predictionName))", .residual(targets: y, prediction: prediction, result: error))
            lossIndex = steps.count
            add(.error, .meanSquaredError, "loss", [("error", outShape)], Shape(rows: 1, columns: 1),
                "loss = mean(error²)", .loss(targets: y, prediction: prediction, error: error))
            let delta = slot(for: ExampleShape(width: outShape.columns, image: nil))
            if outputActivation == .heaviside {
                add(.backward, .perceptronDelta, deltaL, [("error", outShape)], outShape,
                    "\(sym(deltaL)) = error", .perceptronDelta(error: error, result: delta))
            } else {
                add(.backward, .outputDelta, deltaL, [("error", outShape), (predictionName, outShape)], outShape,
                    "\(sym(deltaL)) = error ⊙ \(derivative(lastLayer))",
                    .delta(layer: lastLayer, upstream: error, sum: zSlot, activation: prediction, result: delta))
            }
            upstream = delta
        } else {
            lossIndex = steps.count
            add(.error, settings.loss.operation, "loss", [("y", outShape), (predictionName, outShape)],
                Shape(rows: 1, columns: 1), "loss = \(settings.loss.formula(prediction: sym(predictionName)))",
                .loss(targets: y, prediction: prediction, error: nil))
            let delta = slot(for: ExampleShape(width: outShape.columns, image: nil))
            if LossOp.hasSimplifiedDelta(settings.loss, output: outputActivation) {
                add(.backward, .simplifiedDelta, deltaL, [(predictionName, outShape), ("y", outShape)], outShape,
                    "\(sym(deltaL)) = \(sym(predictionName)) − y",
                    .simplifiedDelta(targets: y, prediction: prediction, result: delta))
            } else {
                let gradient = slot(for: ExampleShape(width: outShape.columns, image: nil))
                let gName = "dA\(lastLayer)"
                add(.backward, .lossGradient, gName, [("y", outShape), (predictionName, outShape)], outShape,
                    "\(sym(gName)) = ∂loss/∂\(sym(predictionName))",
                    .lossGradient(targets: y, prediction: prediction, result: gradient))
                add(.backward, .outputDelta, deltaL, [(gName, outShape), (predictionName, outShape)], outShape,
                    "\(sym(deltaL)) = \(sym(gName)) ⊙ \(derivative(lastLayer))",
                    .delta(layer: lastLayer, upstream: gradient, sum: zSlot, activation: prediction, result: delta))
            }
            upstream = delta
        }

        // Backward: `upstream` is the delta of the stage being left (for weight layers) or the
        // gradient arriving at a stage's output (for the others).
        var deltas: [Int: Int] = [lastLayer: upstream]
        var inputsOfLayer: [Int: (slot: Int, name: String, stage: Int)] = [:]
        for (index, stage) in layout.stages.enumerated() where stage.layer.hasWeights {
            inputsOfLayer[stage.weightLayer] = (index == 0 ? x : outputs[index - 1], stage.inputName, index)
        }
        var gradientName = deltaL
        for index in stride(from: layout.stages.count - 1, through: 0, by: -1) {
            let stage = layout.stages[index]
            let inputSlot = index == 0 ? x : outputs[index - 1]
            let inputShape = slotShapes[inputSlot]
            switch stage.layer.kind {
            case .dense, .conv2d:
                let l = stage.weightLayer
                if l != lastLayer {
                    // `upstream` is the gradient at A_l: turn it into δ_l.
                    let delta = slot(for: stage.output)
                    let name = Notation.deltaName(l, depth: depth)
                    add(.backward, .hiddenDelta, name, [(gradientName, slotShapes[upstream]),
                                                         (Notation.activationName(l), slotShapes[outputs[index]])],
                        slotShapes[delta], "\(sym(name)) = \(sym(gradientName)) ⊙ \(derivative(l))",
                        .delta(layer: l, upstream: upstream, sum: sums[index]!, activation: outputs[index], result: delta))
                    deltas[l] = delta
                    upstream = delta
                    gradientName = name
                }
                guard index > 0 else { continue }
                let back = slot(for: stage.input)
                let name = errorName(at: stage.inputName)
                let w = Notation.weightName(l)
                if case .conv2d = stage.layer.kind {
                    add(.backward, .convBackpropagate, name, [(gradientName, slotShapes[upstream]),
                                                              (w, spec.weightShape(ofLayer: l))], inputShape,
                        "\(sym(name)) = \(sym(gradientName)) ⋆ rot180(\(sym(w)))",
                        .backConvolution(layer: l, stage: index, delta: upstream, result: back))
                } else {
                    add(.backward, .backpropagate, name, [(gradientName, slotShapes[upstream]),
                                                          (w, spec.weightShape(ofLayer: l))], inputShape,
                        "\(sym(name)) = \(sym(gradientName))·\(sym(w))ᵀ",
                        .backDense(layer: l, delta: upstream, result: back))
                }
                upstream = back
                gradientName = name
            case .maxPool:
                let back = slot(for: stage.input)
                let name = errorName(at: stage.inputName)
                add(.backward, .poolBackpropagate, name, [(gradientName, slotShapes[upstream])], inputShape,
                    "\(sym(name)) = unpool(\(sym(gradientName)))",
                    .backPool(stage: index, upstream: upstream, result: back))
                upstream = back
                gradientName = name
            case .flatten:
                // The same numbers seen as maps again: no step, the slot is shared.
                continue
            case .dropout(let rate):
                let back = slot(for: stage.input)
                let name = errorName(at: stage.inputName)
                let m = masks[index]!, mName = "M\(stage.weightLayer)"
                add(.backward, .dropoutBackpropagate, name, [(gradientName, slotShapes[upstream]), (mName, slotShapes[m])],
                    inputShape, "\(sym(name)) = \(sym(gradientName)) ⊙ \(sym(mName)) / (1 − \(JSONText.number(rate)))",
                    .backDropout(stage: index, upstream: upstream, mask: m, result: back))
                upstream = back
                gradientName = name
            }
        }

        // Update.
        for l in stride(from: depth, through: 1, by: -1) {
            guard let delta = deltas[l], let input = inputsOfLayer[l] else { continue }
            let deltaName = Notation.deltaName(l, depth: depth)
            let dw = Notation.weightGradientName(l), db = Notation.biasGradientName(l)
            add(.update, .weightGradient, dw, [(input.name, slotShapes[input.slot]), (deltaName, slotShapes[delta])],
                spec.weightShape(ofLayer: l), weightChangeFormula(l, input: input.name, delta: deltaName),
                .weightChange(layer: l, stage: input.stage, input: input.slot, delta: delta))
            add(.update, .biasGradient, db, [(deltaName, slotShapes[delta])], spec.biasShape(ofLayer: l),
                biasChangeFormula(l, delta: deltaName), .biasChange(layer: l, stage: input.stage, delta: delta))
        }
        let sign = addsChanges ? "+" : "−"
        for l in stride(from: depth, through: 1, by: -1) {
            for (parameter, change, shape, action) in [
                (Notation.weightName(l), Notation.weightGradientName(l), spec.weightShape(ofLayer: l),
                 PlanAction.updateWeights(layer: l)),
                (Notation.biasName(l), Notation.biasGradientName(l), spec.biasShape(ofLayer: l), PlanAction.updateBias(layer: l)),
            ] {
                add(.update, .update, parameter, [(parameter, shape), (change, shape)], shape,
                    "\(sym(parameter)) ← \(sym(parameter)) \(sign) \(sym(change))", action)
            }
        }
    }

    // MARK: - Formulas

    private func sym(_ name: String) -> String { Notation.symbol(for: name) }

    /// `σ'(Z₂)`, with the notes' shortcut `σ'(Z₂) = A₂ ⊙ (1 − A₂)` for the sigmoid.
    private func derivative(_ l: Int) -> String {
        let stage = layout.weightStages[l - 1]
        let z = sym(Notation.sumName(l)), a = sym(Notation.activationName(l))
        let f = stage.layer.activation
        let base = "\(f.symbol)'(\(z))"
        return f == .sigmoid ? "\(base),  \(base) = \(a) ⊙ (1 − \(a))" : base
    }

    /// The gradient arriving at the value `name`: `Error_hidden` / `Error_l` for activations.
    private func errorName(at name: String) -> String {
        if name.hasPrefix("A"), let l = Int(name.dropFirst()) { return Notation.backErrorName(l, depth: depth) }
        return "Error_" + name
    }

    /// `η`, `(η/|B|)`: the factor in front of a summed gradient.
    private var rate: String { settings.reduction == .mean ? "(η/|B|)" : "η" }

    private func weightChangeFormula(_ l: Int, input: String, delta: String) -> String {
        let dw = sym(Notation.weightGradientName(l)), w = sym(Notation.weightName(l))
        let product = "\(sym(input))ᵀ·\(sym(delta))"
        let penalty = settings.l2 > 0 ? (addsChanges ? " − η·λ·\(w)" : " + η·λ·\(w)") : ""
        switch settings.optimizer {
        case .gradientDescent: return "\(dw) = \(rate)·\(product)\(penalty)"
        case .momentum: return "\(dw) = μ·\(dw)ₚᵣₑᵥ + \(rate)·\(product)\(penalty)"
        case .adam: return "\(dw) = η·m̂/(√v̂ + ε),  g = \(product)\(settings.l2 > 0 ? " + λ·\(w)" : "")"
        }
    }

    private func biasChangeFormula(_ l: Int, delta: String) -> String {
        let db = sym(Notation.biasGradientName(l))
        switch settings.optimizer {
        case .gradientDescent: return "\(db) = \(rate)·Σ \(sym(delta))"
        case .momentum: return "\(db) = μ·\(db)ₚᵣₑᵥ + \(rate)·Σ \(sym(delta))"
        case .adam: return "\(db) = η·m̂/(√v̂ + ε),  g = Σ \(sym(delta))"
        }
    }

    // MARK: - Building

    private mutating func slot(for example: ExampleShape) -> Int {
        slotShapes.append(example.image.map { Shape(rows: rows, image: $0) } ?? Shape(rows: rows, columns: example.width))
        return slotShapes.count - 1
    }

    private mutating func add(_ phase: Phase, _ operation: OperationKind, _ name: String, _ inputs: [(String, Shape)],
                              _ result: Shape, _ formula: String, _ action: PlanAction) {
        steps.append(StepSpec(phase: phase, operation: operation, name: name,
                              codeName: Notation.codeName(for: name, depth: spec.isDense ? depth : 0),
                              inputs: inputs.map(\.0), inputShapes: inputs.map(\.1), shape: result, formula: formula))
        actions.append(action)
    }
}
