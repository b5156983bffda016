import Explain
import Foundation
import Trace

/// One epoch of the notes' 2-2-1 XOR network as trace events, computed here with the notes'
/// formulas (§2.2) so that the annotation tests need no engine.
struct XOREpoch {
    /// The notes' inputs, one example per row.
    static let inputs = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])
    /// The notes' expected outputs.
    static let targets = Matrix([[0], [1], [1], [0]])

    /// The 23 events, step 1 first.
    let events: [TraceEvent]
    /// η.
    let learningRate: Double

    /// The epoch that starts from the given parameters; `sampled: false` keeps only the loss.
    init(epoch: Int = 1, w1: Matrix, b1: Matrix, w2: Matrix, b2: Matrix, learningRate: Double = 0.5,
         sampled: Bool = true) {
        func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
        func slope(_ a: Double) -> Double { a * (1 - a) }
        let x = Self.inputs, y = Self.targets
        let z1 = x.dot(w1).addingRow(b1), a1 = z1.map(sigmoid)
        let z2 = a1.dot(w2).addingRow(b2), a2 = z2.map(sigmoid)
        let error = y - a2
        let loss = Matrix([[error.map { $0 * $0 }.mean]])
        let deltaOut = error.hadamard(a2.map(slope))
        let errorHidden = deltaOut.dot(w2.transposed)
        let deltaHidden = errorHidden.hadamard(a1.map(slope))
        let dW2 = a1.transposed.dot(deltaOut) * learningRate, db2 = deltaOut.columnSums * learningRate
        let dW1 = x.transposed.dot(deltaHidden) * learningRate, db1 = deltaHidden.columnSums * learningRate

        var shapes: [String: Shape] = [:]
        var events: [TraceEvent] = []
        func add(_ phase: Phase, _ operation: Trace.OperationKind, _ name: String, _ codeName: String?,
                 _ inputs: [String], _ formula: String, _ value: Matrix) {
            let inputShapes = inputs.map { shapes[$0]! }
            shapes[name] = value.shape
            events.append(TraceEvent(sequence: (epoch - 1) * 23 + events.count, epoch: epoch, step: events.count + 1,
                                     phase: phase, operation: operation, name: name, codeName: codeName,
                                     inputs: inputs, inputShapes: inputShapes, shape: value.shape, formula: formula,
                                     values: sampled || name == "loss" ? value : nil))
        }
        add(.forward, .data, "X", "X", [], "X", x)
        add(.forward, .data, "y", "y", [], "y", y)
        add(.forward, .parameter, "W1", "W1", [], "W₁", w1)
        add(.forward, .parameter, "b1", "b1", [], "b₁", b1)
        add(.forward, .parameter, "W2", "W2", [], "W₂", w2)
        add(.forward, .parameter, "b2", "b2", [], "b₂", b2)
        add(.forward, .affine, "Z1", "hidden_layer_input", ["X", "W1", "b1"], "Z₁ = X·W₁ + b₁", z1)
        add(.forward, .sigmoid, "A1", "hidden_layer_output", ["Z1"], "A₁ = σ(Z₁)", a1)
        add(.forward, .affine, "Z2", "output_layer_input", ["A1", "W2", "b2"], "Z₂ = A₁·W₂ + b₂", z2)
        add(.forward, .sigmoid, "A2", "predicted_output", ["Z2"], "A₂ = σ(Z₂)", a2)
        add(.error, .residual, "error", "error", ["y", "A2"], "error = y − A₂", error)
        add(.error, .meanSquaredError, "loss", nil, ["error"], "loss = mean(error²)", loss)
        add(.backward, .outputDelta, "delta_out", "d_predicted_output", ["error", "A2"],
            "δ_out = error ⊙ σ'(Z₂),  σ'(Z₂) = A₂ ⊙ (1 − A₂)", deltaOut)
        add(.backward, .backpropagate, "Error_hidden", "error_hidden_layer", ["delta_out", "W2"],
            "Error_hidden = δ_out·W₂ᵀ", errorHidden)
        add(.backward, .hiddenDelta, "delta_hidden", "d_hidden_layer", ["Error_hidden", "A1"],
            "δ_hidden = Error_hidden ⊙ σ'(Z₁),  σ'(Z₁) = A₁ ⊙ (1 − A₁)", deltaHidden)
        add(.update, .weightGradient, "dW2", nil, ["A1", "delta_out"], "ΔW₂ = η·A₁ᵀ·δ_out", dW2)
        add(.update, .biasGradient, "db2", nil, ["delta_out"], "Δb₂ = η·Σ δ_out", db2)
        add(.update, .weightGradient, "dW1", nil, ["X", "delta_hidden"], "ΔW₁ = η·Xᵀ·δ_hidden", dW1)
        add(.update, .biasGradient, "db1", nil, ["delta_hidden"], "Δb₁ = η·Σ δ_hidden", db1)
        add(.update, .update, "W2", "W2", ["W2", "dW2"], "W₂ ← W₂ + ΔW₂", w2 + dW2)
        add(.update, .update, "b2", "b2", ["b2", "db2"], "b₂ ← b₂ + Δb₂", b2 + db2)
        add(.update, .update, "W1", "W1", ["W1", "dW1"], "W₁ ← W₁ + ΔW₁", w1 + dW1)
        add(.update, .update, "b1", "b1", ["b1", "db1"], "b₁ ← b₁ + Δb₁", b1 + db1)
        self.events = events
        self.learningRate = learningRate
    }

    /// The epoch from the parameters of the brief's sample: W₁ = [[0.5, −0.3], [0.8, 0.2]],
    /// b₁ = [[0.1, −0.1]], W₂ = [[0.7], [−0.6]], b₂ = [[0.05]], η = 0.5 (also the golden
    /// reference's start).
    static func notes(epoch: Int = 1, sampled: Bool = true) -> XOREpoch {
        XOREpoch(epoch: epoch, w1: Matrix([[0.5, -0.3], [0.8, 0.2]]), b1: Matrix([[0.1, -0.1]]),
                 w2: Matrix([[0.7], [-0.6]]), b2: Matrix([[0.05]]), sampled: sampled)
    }

    /// The contexts of every step.
    func contexts(previousLoss: Double? = nil) -> [StepContext] {
        StepContext.epoch(events, learningRate: learningRate, layerCount: 2, previousLoss: previousLoss)
    }

    /// The context of the step named `name`; for `W1`, `b1`, `W2`, `b2` the update step when
    /// `updated` is true, otherwise the epoch-start one.
    func context(_ name: String, updated: Bool = false, previousLoss: Double? = nil) -> StepContext {
        let all = contexts(previousLoss: previousLoss).filter { $0.event.name == name }
        return updated ? all.last! : all.first!
    }
}
