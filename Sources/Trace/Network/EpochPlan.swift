/// The steps of one epoch of training a ``NetworkSpec`` on a batch of `rows` examples, in the
/// order the engine computes them and the stepper shows them.
///
/// For the notes' XOR network (2-2-1, 4 examples) the 23 steps are: the data `X`, `y`; the
/// parameters at the start of the epoch `W1`, `b1`, `W2`, `b2`; the forward pass `Z1`, `A1`,
/// `Z2`, `A2`; the error `error` and `loss`; the backward pass `delta_out`, `Error_hidden`,
/// `delta_hidden`; the adjustments `dW2`, `db2`, `dW1`, `db1`; and the updated `W2`, `b2`, `W1`,
/// `b1`. The notes' code (`src/multicapa.py`) applies each adjustment in the line that computes
/// it (`W2 += …`); here the four adjustments are shown first and then applied, in the same order.
/// No adjustment reads a parameter updated before it, so the numbers are the same.
public struct EpochPlan: Equatable, Sendable {
    /// The steps, step 1 first.
    public let steps: [StepSpec]

    /// Index in ``steps`` of the loss step: the one step every epoch records.
    public let lossIndex: Int

    /// The plan for `spec` with batches of `rows` examples and `targets` output columns.
    public init(spec: NetworkSpec, rows: Int) {
        let depth = spec.depth
        var steps: [StepSpec] = []
        func shape(_ columns: Int) -> Shape { Shape(rows: rows, columns: columns) }
        func add(_ phase: Phase, _ operation: OperationKind, _ name: String, _ inputs: [(String, Shape)],
                 _ result: Shape, _ formula: String) {
            steps.append(StepSpec(phase: phase, operation: operation, name: name,
                                  codeName: Notation.codeName(for: name, depth: depth),
                                  inputs: inputs.map(\.0), inputShapes: inputs.map(\.1), shape: result,
                                  formula: formula))
        }
        func sym(_ name: String) -> String { Notation.symbol(for: name) }
        let outputs = spec.units(ofLayer: depth)

        add(.forward, .data, "X", [], shape(spec.inputs), "X")
        add(.forward, .data, "y", [], shape(outputs), "y")
        for l in 1...depth {
            let w = Notation.weightName(l), b = Notation.biasName(l)
            add(.forward, .parameter, w, [], spec.weightShape(ofLayer: l), sym(w))
            add(.forward, .parameter, b, [], spec.biasShape(ofLayer: l), sym(b))
        }
        for l in 1...depth {
            let input = Notation.activationName(l - 1), z = Notation.sumName(l), a = Notation.activationName(l)
            let w = Notation.weightName(l), b = Notation.biasName(l)
            add(.forward, .affine, z, [(input, shape(spec.units(ofLayer: l - 1))), (w, spec.weightShape(ofLayer: l)),
                                       (b, spec.biasShape(ofLayer: l))], shape(spec.units(ofLayer: l)),
                "\(sym(z)) = \(sym(input))·\(sym(w)) + \(sym(b))")
            let f = spec.layers[l - 1].activation
            add(.forward, f.operation, a, [(z, shape(spec.units(ofLayer: l)))], shape(spec.units(ofLayer: l)),
                "\(sym(a)) = \(f.symbol)(\(sym(z)))")
        }
        let prediction = Notation.activationName(depth)
        add(.error, .residual, "error", [("y", shape(outputs)), (prediction, shape(outputs))], shape(outputs),
            "error = y − \(sym(prediction))")
        lossIndex = steps.count
        add(.error, .meanSquaredError, "loss", [("error", shape(outputs))], Shape(rows: 1, columns: 1),
            "loss = mean(error²)")

        for l in stride(from: depth, through: 1, by: -1) {
            let delta = Notation.deltaName(l, depth: depth), z = Notation.sumName(l), a = Notation.activationName(l)
            let derivative = "\(spec.layers[l - 1].activation.symbol)'(\(sym(z)))"
            let slope = spec.layers[l - 1].activation == .sigmoid ? " = \(sym(a)) ⊙ (1 − \(sym(a)))" : ""
            if l == depth {
                add(.backward, .outputDelta, delta, [("error", shape(outputs)), (a, shape(outputs))], shape(outputs),
                    "\(sym(delta)) = error ⊙ \(derivative)" + (slope.isEmpty ? "" : ",  \(derivative)\(slope)"))
            } else {
                let upper = Notation.deltaName(l + 1, depth: depth), w = Notation.weightName(l + 1)
                let back = Notation.backErrorName(l, depth: depth), units = shape(spec.units(ofLayer: l))
                add(.backward, .backpropagate, back, [(upper, shape(spec.units(ofLayer: l + 1))),
                                                      (w, spec.weightShape(ofLayer: l + 1))], units,
                    "\(sym(back)) = \(sym(upper))·\(sym(w))ᵀ")
                add(.backward, .hiddenDelta, delta, [(back, units), (a, units)], units,
                    "\(sym(delta)) = \(sym(back)) ⊙ \(derivative)" + (slope.isEmpty ? "" : ",  \(derivative)\(slope)"))
            }
        }
        for l in stride(from: depth, through: 1, by: -1) {
            let delta = Notation.deltaName(l, depth: depth), input = Notation.activationName(l - 1)
            let dw = Notation.weightGradientName(l), db = Notation.biasGradientName(l)
            let units = shape(spec.units(ofLayer: l))
            add(.update, .weightGradient, dw, [(input, shape(spec.units(ofLayer: l - 1))), (delta, units)],
                spec.weightShape(ofLayer: l), "\(sym(dw)) = η·\(sym(input))ᵀ·\(sym(delta))")
            add(.update, .biasGradient, db, [(delta, units)], spec.biasShape(ofLayer: l),
                "\(sym(db)) = η·Σ \(sym(delta))")
        }
        for l in stride(from: depth, through: 1, by: -1) {
            for (parameter, change, parameterShape) in [
                (Notation.weightName(l), Notation.weightGradientName(l), spec.weightShape(ofLayer: l)),
                (Notation.biasName(l), Notation.biasGradientName(l), spec.biasShape(ofLayer: l)),
            ] {
                add(.update, .update, parameter, [(parameter, parameterShape), (change, parameterShape)], parameterShape,
                    "\(sym(parameter)) ← \(sym(parameter)) + \(sym(change))")
            }
        }
        self.steps = steps
    }

    /// Number of steps in one epoch.
    public var count: Int { steps.count }
}
