/// The steps of one training batch of a ``NetworkSpec``, in the order the engine computes them
/// and the stepper shows them.
///
/// For the notes' XOR network (2-2-1, 4 examples, one batch per epoch) the 23 steps are: the
/// data `X`, `y`; the parameters at the start of the epoch `W1`, `b1`, `W2`, `b2`; the forward
/// pass `Z1`, `A1`, `Z2`, `A2`; the error `error` and `loss`; the backward pass `delta_out`,
/// `Error_hidden`, `delta_hidden`; the adjustments `dW2`, `db2`, `dW1`, `db1`; and the updated
/// `W2`, `b2`, `W1`, `b1`. The notes' code (`src/multicapa.py`) applies each adjustment in the
/// line that computes it (`W2 += …`); here the adjustments are shown first and then applied,
/// in the same order. No adjustment reads a parameter updated before it, so the numbers are
/// the same.
///
/// Other networks follow the same pattern (``PlanBuilder`` lists the rules): convolutions,
/// pooling, flattening and dropout add their own forward steps, and their backward steps in
/// reverse; losses other than the notes' squared error replace `error` by the loss's gradient,
/// or by the notes' simplification `δ = A − y` for softmax with cross-entropy (§3.2).
public struct EpochPlan: Equatable, Sendable {
    /// The steps, step 1 first.
    public let steps: [StepSpec]

    /// Index in ``steps`` of the loss step.
    public let lossIndex: Int

    /// The plan for `spec` trained with `settings` on batches of `rows` examples.
    public init(spec: NetworkSpec, settings: TrainingSettings, rows: Int) {
        var builder = PlanBuilder(spec: spec, settings: settings, rows: rows)
        builder.build()
        steps = builder.steps
        lossIndex = builder.lossIndex
    }

    /// A plan from its steps.
    init(steps: [StepSpec], lossIndex: Int) {
        self.steps = steps
        self.lossIndex = lossIndex
    }

    /// The plan of the notes' XOR loop (squared error, one batch, gradient descent).
    public init(spec: NetworkSpec, rows: Int) {
        self.init(spec: spec, settings: TrainingSettings(learningRate: 1, epochs: 1, seed: 0, sampling: .default),
                  rows: rows)
    }

    /// Number of steps in one batch.
    public var count: Int { steps.count }
}
