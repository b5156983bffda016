/// One operation of training, as the trace records it and the stepper shows it.
///
/// Events are numbered twice: `sequence` counts every event of the run from 0 (the order of the
/// trace file), and `step` counts the operations of one epoch from 1, so that "step 7 of epoch 1"
/// and "step 7 of epoch 5000" are the same operation on different numbers.
public struct TraceEvent: Equatable, Sendable {
    /// Position in the whole run, from 0.
    public var sequence: Int
    /// The training epoch, from 1.
    public var epoch: Int
    /// Position inside the epoch's batch, from 1.
    public var step: Int
    /// The mini-batch of the epoch, from 1, in a lesson whose epochs have several batches;
    /// `nil` when an epoch is one batch (the notes' XOR loop) and in epoch summaries.
    public var batch: Int?
    /// Forward, error, backward or update.
    public var phase: Phase
    /// What was computed.
    public var operation: OperationKind
    /// The canonical name of the result: `Z1`, `delta_out`, `dW2`, …
    public var name: String
    /// The name the notes' Python code gives the same value (`hidden_layer_input`), if any.
    public var codeName: String?
    /// The canonical names of the operands, in the order the formula uses them.
    public var inputs: [String]
    /// The operands' shapes, in the order of `inputs`.
    public var inputShapes: [Shape]
    /// The result's shape.
    public var shape: Shape
    /// The formula, in Unicode: `Z₁ = X·W₁ + b₁`.
    public var formula: String
    /// The result's values, or `nil` in an epoch that the sampling policy did not keep.
    public var values: Matrix?

    /// An event with every field given.
    public init(sequence: Int, epoch: Int, step: Int, batch: Int? = nil, phase: Phase, operation: OperationKind, name: String,
                codeName: String?, inputs: [String], inputShapes: [Shape], shape: Shape, formula: String,
                values: Matrix?) {
        self.sequence = sequence
        self.epoch = epoch
        self.step = step
        self.batch = batch
        self.phase = phase
        self.operation = operation
        self.name = name
        self.codeName = codeName
        self.inputs = inputs
        self.inputShapes = inputShapes
        self.shape = shape
        self.formula = formula
        self.values = values
    }
}
