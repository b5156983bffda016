/// What one step of every epoch computes, independent of the numbers: the part of a
/// ``TraceEvent`` that is the same in epoch 1 and epoch 5000.
public struct StepSpec: Equatable, Sendable {
    /// Forward, error, backward or update.
    public var phase: Phase
    /// What is computed.
    public var operation: OperationKind
    /// Canonical name of the result.
    public var name: String
    /// The notes' code variable for the result, if any.
    public var codeName: String?
    /// Canonical names of the operands.
    public var inputs: [String]
    /// Shapes of the operands, in the order of `inputs`.
    public var inputShapes: [Shape]
    /// Shape of the result.
    public var shape: Shape
    /// The formula in Unicode.
    public var formula: String

    /// A step with every field given.
    public init(phase: Phase, operation: OperationKind, name: String, codeName: String?, inputs: [String],
                inputShapes: [Shape], shape: Shape, formula: String) {
        self.phase = phase
        self.operation = operation
        self.name = name
        self.codeName = codeName
        self.inputs = inputs
        self.inputShapes = inputShapes
        self.shape = shape
        self.formula = formula
    }
}

extension TraceEvent {
    /// The event of step `step` (from 1) of `epoch` (and of `batch`, when epochs have several), described by `spec`, with its values.
    public init(spec: StepSpec, sequence: Int, epoch: Int, step: Int, batch: Int? = nil, values: Matrix?) {
        self.init(sequence: sequence, epoch: epoch, step: step, batch: batch, phase: spec.phase, operation: spec.operation,
                  name: spec.name, codeName: spec.codeName, inputs: spec.inputs, inputShapes: spec.inputShapes,
                  shape: spec.shape, formula: spec.formula, values: values)
    }

    /// The part of the event that every epoch shares.
    public var spec: StepSpec {
        StepSpec(phase: phase, operation: operation, name: name, codeName: codeName, inputs: inputs,
                 inputShapes: inputShapes, shape: shape, formula: formula)
    }
}
