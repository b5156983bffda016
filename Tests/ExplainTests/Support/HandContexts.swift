import Explain
import Trace

/// Single steps built by hand from small matrices whose results are easy to check on paper.
enum HandContexts {
    /// An event of epoch 1 with the given operands and result.
    static func event(_ operation: Trace.OperationKind, _ name: String, inputs: [String] = [],
                      inputShapes: [Shape] = [], formula: String, values: Matrix?, shape: Shape? = nil,
                      phase: Phase = .update) -> TraceEvent {
        TraceEvent(sequence: 0, epoch: 1, step: 1, phase: phase, operation: operation, name: name, codeName: nil,
                   inputs: inputs, inputShapes: inputShapes, shape: shape ?? values!.shape, formula: formula,
                   values: values)
    }

    /// `ΔW₁ = η·Xᵀ·δ_hidden` for inputs `x` and deltas `deltas`, with η = 0.5, computed here.
    static func weightGradient(x: Matrix, deltas: Matrix, learningRate: Double = 0.5) -> StepContext {
        let change = x.transposed.dot(deltas) * learningRate
        let event = event(.weightGradient, "dW1", inputs: ["X", "delta_hidden"], inputShapes: [x.shape, deltas.shape],
                          formula: "ΔW₁ = η·Xᵀ·δ_hidden", values: change)
        return StepContext(event: event, learningRate: learningRate, layerCount: 2,
                           values: ["X": x, "delta_hidden": deltas, "dW1": change])
    }

    /// The deltas `[[0.1, 0.2], [0.3, 0.4], [0.5, 0.6], [0.7, 0.8]]`: with the XOR inputs and
    /// η = 0.5, ΔW₁ = [[0.6, 0.7], [0.5, 0.6]] (row 1 from examples 3 and 4, row 2 from 2 and 4).
    static let simpleDeltas = Matrix([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6], [0.7, 0.8]])

    /// `Error_2 = δ_3·W₃ᵀ` of a 2-2-2-1 network (L = 3), where `W₃` has two columns.
    static func deepBackpropagation() -> StepContext {
        let deltas = Matrix([[0.1, -0.2], [0.3, 0.0], [0.0, 0.5], [-0.1, 0.1]])
        let weights = Matrix([[1.0, 2.0], [-1.0, 0.5]])
        let received = deltas.dot(weights.transposed)
        let event = event(.backpropagate, "Error_2", inputs: ["delta_3", "W3"],
                          inputShapes: [deltas.shape, weights.shape], formula: "Error₂ = δ₃·W₃ᵀ", values: received,
                          phase: .backward)
        return StepContext(event: event, learningRate: 0.5, layerCount: 3,
                           values: ["delta_3": deltas, "W3": weights, "Error_2": received])
    }

    /// `δ_out` where example 1 has the largest error but a saturated output (A₂ = 0.96, slope
    /// 0.0384), so the largest delta is example 3's: 0.5 × 0.25 = 0.125.
    static func saturatedOutputDelta() -> StepContext {
        let predictions = Matrix([[0.96], [0.6], [0.5], [0.5]])
        let errors = Matrix([[0], [1], [1], [1]]) - predictions
        let deltas = errors.hadamard(predictions.map { $0 * (1 - $0) })
        let event = event(.outputDelta, "delta_out", inputs: ["error", "A2"],
                          inputShapes: [errors.shape, predictions.shape], formula: "δ_out = error ⊙ σ'(Z₂)",
                          values: deltas, phase: .backward)
        return StepContext(event: event, learningRate: 0.5, layerCount: 2,
                           values: ["X": XOREpoch.inputs, "A2": predictions, "error": errors, "delta_out": deltas])
    }
}
