/// What happened in a training run, in the terms of the course notes: it converged, it learned
/// (a perceptron), it goes round in a cycle, it got stuck on the 0.25 plateau, it oscillates,
/// it is slow, the gradient vanished before reaching the first layers…
///
/// Each case carries the run's own numbers, for the explanation (`Explain` words it in Spanish
/// and English). ``diagnose(_:thresholds:)`` decides, from a ``RunHistory``, with the rules of
/// ``DiagnosisThresholds``.
public enum Diagnosis: Equatable, Sendable {
    /// Training stopped at epoch `epoch`: a value became NaN or infinite.
    case diverged(epoch: Int)
    /// A perceptron that gets every example right from epoch `epoch` on: its weights no longer
    /// change (`fixedFrom` is the first epoch whose end state is final).
    case learned(epoch: Int, fixedFrom: Int)
    /// The parameters come back to an earlier epoch's while the run still makes mistakes: it
    /// will correct them for ever. `loss` is the mean loss over one turn, `mistakes` the examples
    /// still wrong at the end.
    case cycles(ParameterCycle, loss: Double, mistakes: Int?)
    /// The loss fell below the threshold at epoch `epoch` and ended at `final`; `swings` are its
    /// rises on the way.
    case converged(epoch: Int, final: Double, swings: LossSwings)
    /// The loss stayed high while the deltas shrank layer after layer on their way back: `output`
    /// and `first` are the norms of the output layer's delta and of the first hidden layer's in
    /// epoch 1; `final` is the last loss.
    case vanishing(output: DeltaNorm, first: DeltaNorm, final: Double)
    /// The loss keeps going up and down at the end of the run.
    case oscillating(Oscillation)
    /// Flat near 0.25 with every output near 0.5: the network answers 0.5 for everything (§2.3).
    case stuck(Plateau)
    /// Flat at a value other than the 0.25 of answering 0.5 everywhere, or with outputs that are
    /// not all 0.5 (another local minimum, or saturated neurons).
    case plateau(Plateau)
    /// Going down every epoch, but it covered less than half of the way to the threshold.
    case slow(Progress)
    /// Still going down, neither slow nor finished: it needs more epochs.
    case unfinished(Progress)

    /// The name of a diagnosis, without its numbers.
    public enum Kind: String, CaseIterable, Sendable {
        case diverged, learned, cycles, converged, vanishing, oscillating, stuck, plateau, slow, unfinished
    }

    /// Which diagnosis this is.
    public var kind: Kind {
        switch self {
        case .diverged: return .diverged
        case .learned: return .learned
        case .cycles: return .cycles
        case .converged: return .converged
        case .vanishing: return .vanishing
        case .oscillating: return .oscillating
        case .stuck: return .stuck
        case .plateau: return .plateau
        case .slow: return .slow
        case .unfinished: return .unfinished
        }
    }

    /// The end of a run whose loss goes up and down.
    public struct Oscillation: Equatable, Sendable {
        /// The epochs looked at: the last part of the run.
        public var window: ClosedRange<Int>
        /// Epochs of the window whose loss went up.
        public var rises: Int
        /// The lowest and highest loss of the window.
        public var low: Double
        public var high: Double
        /// The rises of the whole run.
        public var swings: LossSwings
        /// The last loss.
        public var final: Double
    }

    /// A loss that stopped moving.
    public struct Plateau: Equatable, Sendable {
        /// The last loss.
        public var value: Double
        /// The first epoch from which the loss stays within the flatness tolerance of `value`.
        public var since: Int
        /// The lowest and highest output at the end.
        public var lowestOutput: Double
        public var highestOutput: Double
    }

    /// How far a loss that is still going down has come.
    public struct Progress: Equatable, Sendable {
        /// The loss of epoch 1 and the last one.
        public var first: Double
        public var final: Double
        /// The epochs whose pace is measured (the last quarter of the run), and the mean fall of
        /// the loss per epoch over them.
        public var window: ClosedRange<Int>
        public var perEpoch: Double
        /// At that pace, the epochs still needed to reach the threshold (`nil` when the loss no
        /// longer falls).
        public var epochsToThreshold: Int?
        /// The threshold it is measured against.
        public var threshold: Double
    }
}
