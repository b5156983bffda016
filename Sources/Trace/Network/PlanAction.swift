/// What the trainer does at one step of an ``EpochPlan``: the computation behind a
/// ``StepSpec``. Operands and results are slots of the batch's buffers (see ``PlanBuilder``);
/// layers are numbered from 1 as in the notes, stages (every layer, pooling included) from 0.
enum PlanAction: Equatable, Sendable {
    /// The batch's inputs `X`, into a slot.
    case inputs(result: Int)
    /// The batch's expected outputs `y`, into a slot.
    case targets(result: Int)
    /// `W_l` at the start of the batch.
    case weights(layer: Int)
    /// `b_l` at the start of the batch.
    case bias(layer: Int)
    /// `Z_l = A·W_l + b_l`.
    case dense(layer: Int, input: Int, result: Int)
    /// `Z_l = conv(A, W_l) + b_l`.
    case convolution(layer: Int, stage: Int, input: Int, result: Int)
    /// `A_l = f(Z_l)`.
    case activation(layer: Int, sum: Int, result: Int)
    /// `P = maxpool(A)`.
    case pool(stage: Int, input: Int, result: Int)
    /// `F = flatten(P)`: the same numbers, one row per example.
    case flatten(input: Int, result: Int)
    /// A fresh dropout mask `M`.
    case mask(stage: Int, result: Int)
    /// `D = A ⊙ M / (1 − p)`.
    case dropout(stage: Int, input: Int, mask: Int, result: Int)
    /// `error = y − A_L`.
    case residual(targets: Int, prediction: Int, result: Int)
    /// The loss of the batch (a number); from `error` for the notes' squared error.
    case loss(targets: Int, prediction: Int, error: Int?)
    /// `dA_L = ∂loss/∂A_L`.
    case lossGradient(targets: Int, prediction: Int, result: Int)
    /// `δ_L = A_L − y`, the simplification of softmax + cross-entropy.
    case simplifiedDelta(targets: Int, prediction: Int, result: Int)
    /// `δ_L = error`: the perceptron rule.
    case perceptronDelta(error: Int, result: Int)
    /// `δ_l = E ⊙ f'(Z_l)` (output or hidden layer).
    case delta(layer: Int, upstream: Int, sum: Int, activation: Int, result: Int)
    /// `Error = δ_l·W_lᵀ`.
    case backDense(layer: Int, delta: Int, result: Int)
    /// The convolution's delta sent back to its input maps.
    case backConvolution(layer: Int, stage: Int, delta: Int, result: Int)
    /// Each gradient back to its block's maximum.
    case backPool(stage: Int, upstream: Int, result: Int)
    /// `Error = E ⊙ M / (1 − p)`.
    case backDropout(stage: Int, upstream: Int, mask: Int, result: Int)
    /// `ΔW_l` from the layer's input and delta.
    case weightChange(layer: Int, stage: Int, input: Int, delta: Int)
    /// `Δb_l` from the layer's delta.
    case biasChange(layer: Int, stage: Int, delta: Int)
    /// `W_l` after its adjustment.
    case updateWeights(layer: Int)
    /// `b_l` after its adjustment.
    case updateBias(layer: Int)
}
