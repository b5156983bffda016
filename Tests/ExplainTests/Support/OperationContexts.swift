import Foundation
import Trace
@testable import Explain

/// One step of each operation beyond the notes' XOR network, built by hand from small matrices
/// whose numbers are easy to check on paper. Each context holds what the step could see: its
/// operands and the data, as ``StepContext/values`` does in a real epoch.
enum OperationContexts {
    /// An event of epoch `epoch` with the given operands and result.
    static func event(_ operation: Trace.OperationKind, _ name: String, inputs: [String] = [],
                      inputShapes: [Shape] = [], formula: String, values: Matrix?, shape: Shape? = nil,
                      phase: Phase = .forward, epoch: Int = 1, batch: Int? = nil) -> TraceEvent {
        TraceEvent(sequence: 0, epoch: epoch, step: 1, batch: batch, phase: phase, operation: operation, name: name,
                   codeName: nil, inputs: inputs, inputShapes: inputShapes, shape: shape ?? values!.shape,
                   formula: formula, values: values)
    }

    /// A context for `event` in a network of `layers` layers, seeing `values` and its own result.
    static func context(_ event: TraceEvent, layers: Int = 2, values: [String: Matrix] = [:],
                        learningRate: Double = 0.5, previousLoss: Double? = nil,
                        network: NetworkSpec? = nil) -> StepContext {
        var seen = values
        if let own = event.values { seen[event.name] = own }
        return StepContext(event: event, learningRate: learningRate, layerCount: layers, values: seen,
                           previousLoss: previousLoss, network: network)
    }

    /// `A_l = f(Z_l)` for an element-wise activation, computed with `f`.
    static func activation(_ function: Activation, z: Matrix, layer: Int = 1, layers: Int = 2,
                           values: [String: Matrix] = [:]) -> StepContext {
        let a = z.map(function.apply)
        let zName = "Z\(layer)", aName = "A\(layer)"
        let event = event(function.operation, aName, inputs: [zName], inputShapes: [z.shape],
                          formula: "\(Notation.symbol(for: aName)) = \(function.symbol)(\(Notation.symbol(for: zName)))",
                          values: a)
        return context(event, layers: layers, values: values.merging([zName: z]) { $1 })
    }

    // MARK: - Activations

    /// ReLU over 12 sums: 7 are ≤ 0 (−2, −1, −0.5, −1, −0.2, 0, −4) and neuron 2 never fires.
    static let reluSums = Matrix([[1, -2, 0.5], [-1, -0.5, 2], [3, -1, -0.2], [0, -4, 1]])
    static func relu() -> StepContext { activation(.relu, z: reluSums) }

    /// The perceptron of §1 computing AND: z = x₁ + x₂ − 1.5 fires only for (1, 1).
    static func heaviside() -> StepContext {
        activation(.heaviside, z: Matrix([[-1.5], [-0.5], [-0.5], [0.5]]), layer: 1, layers: 1,
                   values: ["X": XOREpoch.inputs])
    }

    static func tanh() -> StepContext { activation(.tanh, z: Matrix([[0, 2], [-3, 0.5]])) }
    static func leakyRelu() -> StepContext { activation(.leakyRelu, z: Matrix([[2, -1], [-3, 0.5]])) }
    static func elu() -> StepContext { activation(.elu, z: Matrix([[1, -1], [-2, 0]])) }
    static func gelu() -> StepContext { activation(.gelu, z: Matrix([[1, -1]])) }
    static func swish() -> StepContext { activation(.swish, z: Matrix([[2, -1]])) }
    static func linear() -> StepContext { activation(.linear, z: Matrix([[0.5], [-1.2]]), layer: 2) }

    /// Two examples, three classes: softmax of (2, 1, 0) and (0, 0, 3).
    static let logits = Matrix([[2, 1, 0], [0, 0, 3]])
    /// The right classes: 1 for the first example (which the network gets wrong), 2 for the second.
    static let classTargets = Matrix([[0, 1, 0], [0, 0, 1]])
    static var probabilities: Matrix { ActivationOp.forward(logits, .softmax) }

    static func softmax(z: Matrix = logits, targets: Matrix? = classTargets) -> StepContext {
        let a = ActivationOp.forward(z, .softmax)
        let event = event(.softmax, "A2", inputs: ["Z2"], inputShapes: [z.shape], formula: "A₂ = softmax(Z₂)", values: a)
        var values = ["Z2": z]
        if let targets { values["y"] = targets }
        return context(event, values: values)
    }

    // MARK: - Convolutional layers

    /// Two examples of 1×4×4, two 3×3 filters; example 2 has one lit pixel at (1, 2) and filter
    /// 2 weighs only its centre, by 2, so the one non-zero output is 2, at example 2, map 2,
    /// row 1, column 2.
    static func convolution(layer: Int = 1) -> StepContext {
        var x = Matrix(rows: 2, columns: 16)
        x[1, 1 * 4 + 2] = 1
        var w = Matrix(rows: 9, columns: 2)
        w[4, 1] = 2
        let b = Matrix(rows: 1, columns: 2)
        var op = Conv2DOp(inputShape: TensorShape(channels: 1, height: 4, width: 4), filters: 2, kernel: 3)
        let z = op.forward(x, weights: w, bias: b)
        let input = layer == 1 ? "X" : "P\(layer - 1)"
        let (zName, wName, bName) = ("Z\(layer)", "W\(layer)", "b\(layer)")
        let event = event(.conv2d, zName, inputs: [input, wName, bName],
                          inputShapes: [Shape([2, 1, 4, 4]), w.shape, b.shape],
                          formula: "\(Notation.symbol(for: zName)) = \(input) ⋆ \(Notation.symbol(for: wName)) + \(Notation.symbol(for: bName))",
                          values: z, shape: Shape([2, 2, 2, 2]))
        return context(event, layers: layer + 1, values: [input: x, wName: w, bName: b])
    }

    /// One map of 5×5 holding 1…25, pooled by 2×2 blocks into 2×2 (5/2 = 2.5 → 2).
    static func maxPool() -> StepContext {
        let a = Matrix(rows: 1, columns: 25, elements: (1...25).map(Double.init))
        var op = MaxPoolOp(inputShape: TensorShape(channels: 1, height: 5, width: 5), size: 2)
        let p = op.forward(a)
        let event = event(.maxPool, "P1", inputs: ["A1"], inputShapes: [Shape([1, 1, 5, 5])],
                          formula: "P1 = maxpool2×2(A₁)", values: p, shape: Shape([1, 1, 2, 2]))
        return context(event, layers: 3, values: ["A1": a])
    }

    /// `F = flatten(P2)` of maps `channels × side × side`, two examples.
    static func flatten(channels: Int = 64, side: Int = 5) -> StepContext {
        let count = channels * side * side
        let maps = Matrix(rows: 2, columns: count, repeating: 0.5)
        let event = event(.flatten, "F", inputs: ["P2"], inputShapes: [Shape([2, channels, side, side])],
                          formula: "F = flatten(P2)", values: maps, shape: Shape(rows: 2, columns: count))
        return context(event, layers: 4, values: ["P2": maps])
    }

    /// A mask of 10 numbers with 3 switched off, rate 0.2.
    static let mask = Matrix([[1, 0, 1, 1, 1], [1, 1, 0, 0, 1]])
    static let beforeDropout = Matrix([[0.4, 0.3, 0, 0.2, 0.1], [0.5, 0.6, 0.7, 0.8, 0.9]])

    static func dropoutMask() -> StepContext {
        context(event(.dropoutMask, "M2", formula: "M2 ~ Bernoulli(1 − 0.2)", values: mask), layers: 3)
    }

    static func dropout(input: Matrix = beforeDropout) -> StepContext {
        let d = DropoutOp.forward(input, mask: mask, rate: 0.2)
        let event = event(.dropout, "D2", inputs: ["A2", "M2"], inputShapes: [input.shape, mask.shape],
                          formula: "D2 = A₂ ⊙ M2 / (1 − 0.2)", values: d)
        return context(event, layers: 3, values: ["A2": input, "M2": mask])
    }

    // MARK: - Losses

    /// A loss step `loss = …` of the prediction `A2` against `y`.
    static func loss(_ operation: Trace.OperationKind, targets: Matrix, prediction: Matrix, value: Double,
                     previousLoss: Double? = nil, batch: Int? = nil) -> StepContext {
        let event = event(operation, "loss", inputs: ["y", "A2"], inputShapes: [targets.shape, prediction.shape],
                          formula: "loss = …", values: Matrix([[value]]), phase: .error, batch: batch)
        return context(event, values: ["y": targets, "A2": prediction], previousLoss: previousLoss)
    }

    /// `dA2 = ∂loss/∂A2` of a loss, computed by the engine's rule.
    static func lossGradient(_ loss: Loss, targets: Matrix, prediction: Matrix) -> StepContext {
        let gradient = LossOp.gradient(loss, prediction: prediction, targets: targets)
        let event = event(.lossGradient, "dA2", inputs: ["y", "A2"], inputShapes: [targets.shape, prediction.shape],
                          formula: "dA2 = ∂loss/∂A₂", values: gradient, phase: .backward)
        return context(event, values: ["y": targets, "A2": prediction])
    }

    /// `δ_out = A₂ − y` (§3.2).
    static func simplifiedDelta(prediction: Matrix, targets: Matrix) -> StepContext {
        let delta = prediction - targets
        let event = event(.simplifiedDelta, "delta_out", inputs: ["A2", "y"],
                          inputShapes: [prediction.shape, targets.shape], formula: "δ_out = A₂ − y", values: delta,
                          phase: .backward)
        return context(event, values: ["A2": prediction, "y": targets])
    }

    /// `δ₁ = error` of the perceptron, on the XOR inputs.
    static func perceptronDelta(errors: Matrix) -> StepContext {
        let event = event(.perceptronDelta, "delta_1", inputs: ["error"], inputShapes: [errors.shape],
                          formula: "δ₁ = error", values: errors, phase: .backward)
        let inputs = errors.rows == 4 ? XOREpoch.inputs : Matrix([[1, 1]])
        return context(event, layers: 1, values: ["X": inputs, "error": errors])
    }

    // MARK: - Backward through §4's layers

    /// `Error_P1 = δ₂ ⋆ rot180(W₂)` onto two maps of 4×4; its largest entry, 0.9, is at map 2,
    /// row 3, column 4 (column 16 + 2·4 + 3 = 27 of the row).
    static func convBackpropagate() -> StepContext {
        var received = Matrix(rows: 1, columns: 32, repeating: 0.1)
        received[0, 27] = -0.9
        let delta = Matrix(rows: 1, columns: 8, repeating: 0.2)
        let w = Matrix(rows: 18, columns: 2, repeating: 0.1)
        let event = event(.convBackpropagate, "Error_P1", inputs: ["delta_2", "W2"],
                          inputShapes: [Shape([1, 2, 2, 2]), w.shape], formula: "Error_P1 = δ₂ ⋆ rot180(W₂)",
                          values: received, shape: Shape([1, 2, 4, 4]), phase: .backward)
        return context(event, layers: 3, values: ["delta_2": delta, "W2": w])
    }

    /// `Error_1 = unpool(Error_P1)`: four gradients back onto a map of 4×4.
    static func poolBackpropagate() -> StepContext {
        let upstream = Matrix([[0.1, -0.2, 0.3, 0.4]])
        var a = Matrix(rows: 1, columns: 16)
        for (index, position) in [5, 2, 13, 15].enumerated() { a[0, position] = Double(index + 1) }
        var op = MaxPoolOp(inputShape: TensorShape(channels: 1, height: 4, width: 4), size: 2)
        _ = op.forward(a)
        let back = op.backward(upstream)
        let event = event(.poolBackpropagate, "Error_1", inputs: ["Error_P1"], inputShapes: [Shape([1, 1, 2, 2])],
                          formula: "Error₁ = unpool(Error_P1)", values: back, shape: Shape([1, 1, 4, 4]),
                          phase: .backward)
        return context(event, layers: 3, values: ["Error_P1": upstream])
    }

    /// `Error_2 = Error_D2 ⊙ M2 / (1 − 0.5)`: two of four switched off.
    static func dropoutBackpropagate() -> StepContext {
        let upstream = Matrix([[0.1, 0.2, 0.3, 0.4]]), mask = Matrix([[1, 0, 1, 0]])
        let back = DropoutOp.backward(upstream, mask: mask, rate: 0.5)
        let event = event(.dropoutBackpropagate, "Error_2", inputs: ["Error_D2", "M2"],
                          inputShapes: [upstream.shape, mask.shape], formula: "Error₂ = Error_D2 ⊙ M2 / (1 − 0.5)",
                          values: back, phase: .backward)
        return context(event, layers: 3, values: ["Error_D2": upstream, "M2": mask])
    }

    // MARK: - Deltas of a deeper network

    /// `δ₂` of a 4-layer network with the deltas `δ₄` (size 0.5) and `δ₃` (size 0.1) of this
    /// batch above it, and a `δ₁` of the previous batch that must not be listed.
    static func deepDelta(_ function: Activation) -> StepContext {
        let z = Matrix([[1, -1]])
        let a = function == .sigmoid ? Matrix([[0.5, 0.5]]) : z.map(function.apply)
        let received = function == .sigmoid ? Matrix([[0.048, 0.064]]) : Matrix([[0.08, 0.5]])
        let slopes = Matrix(rows: 1, columns: 2, elements: (0..<2).map { function.derivative(z: z.elements[$0], a: a.elements[$0]) })
        let delta = received.hadamard(slopes)
        let event = event(.hiddenDelta, "delta_2", inputs: ["Error_2", "A2"], inputShapes: [received.shape, a.shape],
                          formula: "δ₂ = Error₂ ⊙ \(function.symbol)'(Z₂)", values: delta, phase: .backward)
        return context(event, layers: 4, values: [
            "Z2": z, "A2": a, "Error_2": received, "delta_4": Matrix([[0.3, 0.4]]), "delta_3": Matrix([[0.06, 0.08]]),
            "delta_1": Matrix([[9, 9]]),
        ])
    }

    /// `δ₂ = dA₂ ⊙ id'(Z₂)`: a linear output after the MAE's gradient.
    static func linearOutputDelta() -> StepContext {
        let gradient = Matrix([[-1], [1]]), z = Matrix([[0.8], [0.4]])
        let event = event(.outputDelta, "delta_out", inputs: ["dA2", "A2"], inputShapes: [gradient.shape, z.shape],
                          formula: "δ_out = dA2 ⊙ id'(Z₂)", values: gradient, phase: .backward)
        return context(event, values: ["dA2": gradient, "A2": z, "Z2": z])
    }

    // MARK: - Data

    /// A batch of two images of 1×2×2, batch 3 of its epoch.
    static func imageBatch() -> StepContext {
        let x = Matrix([[0, 1, 1, 0], [1, 0, 0, 1]])
        return context(event(.data, "X", formula: "X", values: x, shape: Shape([2, 1, 2, 2]), batch: 3))
    }

    /// One-hot targets of three classes.
    static func oneHotTargets() -> StepContext {
        context(event(.data, "y", formula: "y", values: classTargets))
    }

    /// `Z₁ = X·W₁ + b₁` for 8×8 digits (64 inputs) or 28×28 images (784), shapes only.
    static func digitsProduct(inputs: Int) -> StepContext {
        context(event(.affine, "Z1", inputs: ["X", "W1", "b1"],
                      inputShapes: [Shape(rows: 64, columns: inputs), Shape(rows: inputs, columns: 128),
                                    Shape(rows: 1, columns: 128)],
                      formula: "Z₁ = X·W₁ + b₁", values: nil, shape: Shape(rows: 64, columns: 128)))
    }

    // MARK: - Adjustments

    /// `ΔW₁` on the XOR inputs and ``HandContexts/simpleDeltas`` with the given formula; `factor`
    /// multiplies `Xᵀ·δ`. The values hold `y` but no `error`: a loss other than the squared error.
    static func weightGradient(formula: String, factor: Double) -> StepContext {
        let x = XOREpoch.inputs, deltas = HandContexts.simpleDeltas
        let change = x.transposed.dot(deltas) * factor
        let event = event(.weightGradient, "dW1", inputs: ["X", "delta_1"], inputShapes: [x.shape, deltas.shape],
                          formula: formula, values: change, phase: .update)
        return context(event, values: ["X": x, "y": XOREpoch.targets, "delta_1": deltas])
    }

    /// `Δb₁` of the same deltas with the given formula.
    static func biasGradient(formula: String, factor: Double) -> StepContext {
        let deltas = HandContexts.simpleDeltas
        let event = event(.biasGradient, "db1", inputs: ["delta_1"], inputShapes: [deltas.shape], formula: formula,
                          values: deltas.columnSums * factor, phase: .update)
        return context(event, values: ["delta_1": deltas])
    }

    /// `ΔW₁` and `Δb₁` of a convolution: input two maps 1×4×4, deltas two filters of 2×2.
    static func convolutionGradient(bias: Bool) -> StepContext {
        let x = Matrix(rows: 2, columns: 16, repeating: 0.5), deltas = Matrix(rows: 2, columns: 8, repeating: 0.1)
        let event = bias
            ? event(.biasGradient, "db1", inputs: ["delta_1"], inputShapes: [Shape([2, 2, 2, 2])],
                    formula: "Δb₁ = η·Σ δ₁", values: Matrix([[0.4, 0.4]]), phase: .update)
            : event(.weightGradient, "dW1", inputs: ["X", "delta_1"], inputShapes: [Shape([2, 1, 4, 4]), Shape([2, 2, 2, 2])],
                    formula: "ΔW₁ = η·Xᵀ·δ₁", values: Matrix(rows: 9, columns: 2, repeating: 0.2), phase: .update)
        return context(event, values: ["X": x, "delta_1": deltas])
    }

    /// `W₂ ← W₂ − ΔW₂`: 0.5 − 0.1 = 0.4.
    static func subtractingUpdate() -> StepContext {
        let event = event(.update, "W2", inputs: ["W2", "dW2"], inputShapes: [Shape(rows: 1, columns: 1),
                                                                              Shape(rows: 1, columns: 1)],
                          formula: "W₂ ← W₂ − ΔW₂", values: Matrix([[0.4]]), phase: .update)
        return context(event, values: ["W2": Matrix([[0.4]]), "dW2": Matrix([[0.1]])])
    }

    /// `W₁` or `b₁` of a CNN whose first layer is 2 filters of 3×3 over 1×4×4 images.
    static func convolutionParameter(bias: Bool) -> StepContext {
        let network = NetworkSpec(inputImage: TensorShape(channels: 1, height: 4, width: 4), layers: [
            .conv2d(filters: 2, kernel: 3, activation: .relu), .flatten, LayerSpec(units: 3, activation: .softmax),
        ])
        var w = Matrix(rows: 9, columns: 2, repeating: 0.1)
        w[4, 1] = -0.8
        let event = bias ? event(.parameter, "b1", formula: "b₁", values: Matrix([[0.1, -0.2]]))
            : event(.parameter, "W1", formula: "W₁", values: w)
        return context(event, network: network)
    }

    // MARK: - Summary

    static func summary(_ operation: Trace.OperationKind, _ name: String, formula: String, values: Matrix,
                        epoch: Int = 12, seen: [String: Matrix] = [:], previousLoss: Double? = nil) -> StepContext {
        context(event(operation, name, formula: formula, values: values, phase: .summary, epoch: epoch),
                values: seen, previousLoss: previousLoss)
    }

    static func epochLoss(batches: Int = 5) -> StepContext {
        summary(.epochLoss, "epoch_loss", formula: "epoch_loss = (1/\(batches))·Σ loss", values: Matrix([[0.4321]]),
                previousLoss: 0.5)
    }

    static func testLoss(_ value: Double) -> StepContext {
        summary(.testLoss, "test_loss", formula: "test_loss = loss(y_test, ŷ_test)", values: Matrix([[value]]),
                seen: ["epoch_loss": Matrix([[0.4321]])])
    }

    static func accuracy(formula: String = "test_accuracy = hits / 360") -> StepContext {
        summary(.accuracy, "test_accuracy", formula: formula, values: Matrix([[0.95]]))
    }

    /// Stopped after epoch 12: the best test loss, 0.1234, was at epoch 7, with a patience of 5.
    static func earlyStop() -> StepContext {
        summary(.earlyStop, "early_stop", formula: "12 − 7 ≥ 5: stop", values: Matrix([[7, 0.1234, 5]]))
    }

    // MARK: - Every sentence

    /// Contexts that, with the XOR gallery, make every new sentence of the catalogs be said.
    static var gallery: [StepContext] {
        var contexts: [StepContext] = [
            relu(), heaviside(), tanh(), leakyRelu(), elu(), gelu(), swish(), linear(),
            softmax(), softmax(z: Matrix([[0.1, 0, 0]]), targets: Matrix([[1, 0, 0]])),
            convolution(), convolution(layer: 2), maxPool(), flatten(), flatten(channels: 2, side: 3), dropoutMask(),
            dropout(), dropout(input: Matrix(rows: 2, columns: 5)),
            loss(.meanAbsoluteError, targets: Matrix([[1], [0]]), prediction: Matrix([[0.8], [0.4]]), value: 0.3,
                 batch: 2),
            loss(.binaryCrossEntropy, targets: Matrix([[1], [0]]), prediction: Matrix([[0.9], [0.2]]), value: 0.1643),
            loss(.crossEntropy, targets: classTargets, prediction: probabilities, value: 0.7513, previousLoss: 0.9),
            loss(.crossEntropy, targets: Matrix([[1, 0, 0], [0, 1, 0]]),
                 prediction: Matrix([[0.5, 0.25, 0.25], [0.3, 0.1, 0.6]]), value: 1.4979),
            lossGradient(.squaredError, targets: Matrix([[1]]), prediction: Matrix([[0.3]])),
            lossGradient(.meanAbsoluteError, targets: Matrix([[1], [0]]), prediction: Matrix([[0.8], [0.4]])),
            lossGradient(.binaryCrossEntropy, targets: Matrix([[1], [0]]), prediction: Matrix([[0.5], [0.5]])),
            lossGradient(.crossEntropy, targets: Matrix([[1, 0]]), prediction: Matrix([[0.25, 0.5]])),
            simplifiedDelta(prediction: probabilities, targets: classTargets),
            simplifiedDelta(prediction: Matrix([[0.9], [0.3]]), targets: Matrix([[1], [1]])),
            perceptronDelta(errors: Matrix([[0], [1], [0], [-1]])), perceptronDelta(errors: Matrix([[0]])),
            convBackpropagate(), poolBackpropagate(), dropoutBackpropagate(),
            deepDelta(.sigmoid), deepDelta(.relu), deepDelta(.tanh), linearOutputDelta(),
            imageBatch(), oneHotTargets(), digitsProduct(inputs: 64), digitsProduct(inputs: 784),
            weightGradient(formula: "ΔW₁ = (η/|B|)·Xᵀ·δ₁", factor: 0.5 / 4),
            weightGradient(formula: "ΔW₁ = μ·ΔW₁ₚᵣₑᵥ + η·Xᵀ·δ₁", factor: 0.5),
            weightGradient(formula: "ΔW₁ = η·m̂/(√v̂ + ε),  g = Xᵀ·δ₁ + λ·W₁", factor: 0.01),
            biasGradient(formula: "Δb₁ = (η/|B|)·Σ δ₁", factor: 0.5 / 4),
            biasGradient(formula: "Δb₁ = μ·Δb₁ₚᵣₑᵥ + η·Σ δ₁", factor: 0.5),
            biasGradient(formula: "Δb₁ = η·m̂/(√v̂ + ε),  g = Σ δ₁", factor: 0.01),
            convolutionGradient(bias: false), convolutionGradient(bias: true), subtractingUpdate(),
            convolutionParameter(bias: false), convolutionParameter(bias: true),
            epochLoss(), epochLoss(batches: 1), testLoss(0.9), testLoss(0.45), accuracy(),
            accuracy(formula: "test_accuracy = hits / n"), earlyStop(),
        ]
        contexts.append(perceptronDelta(errors: Matrix([[0], [0], [0], [0]])))
        return contexts
    }
}
