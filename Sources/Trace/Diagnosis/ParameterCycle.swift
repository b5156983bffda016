/// A return of the parameters to an earlier state: at the end of epoch `repeatEpoch` every weight
/// and bias holds, bit for bit, the value it held at the end of epoch `start` (0: the initial
/// values, before epoch 1).
///
/// When an epoch is a fixed function of the parameters (no shuffling, no dropout), a repeat means
/// that the run goes round the same `length` epochs for ever: a perceptron on XOR (§1.2). A
/// repeat one epoch later whose epoch made no mistake is a fixed point instead: it has learned.
public struct ParameterCycle: Equatable, Sendable {
    /// The epoch whose end state comes back (0 for the initial parameters).
    public var start: Int
    /// The epoch at whose end it comes back.
    public var repeatEpoch: Int

    /// Epochs per turn: `repeatEpoch − start`.
    public var length: Int { repeatEpoch - start }

    /// A repeat of the state at the end of `start` at the end of `repeatEpoch` (`start < repeatEpoch`).
    public init(start: Int, repeatEpoch: Int) {
        precondition(start >= 0 && start < repeatEpoch, "a cycle goes forward")
        self.start = start
        self.repeatEpoch = repeatEpoch
    }
}
