/// The numbers ``Diagnosis/diagnose(_:thresholds:)`` decides with. The defaults suit the notes'
/// networks (squared error of 0/1 targets, losses between 0 and 1) and are the ones the course's
/// lessons are checked against.
public struct DiagnosisThresholds: Equatable, Sendable {
    /// A run has converged when its last loss is below this: 0.01, the notes' "cerca de cero"
    /// (an XOR output within about 0.1 of its target).
    public var converged = 0.01
    /// The last `flatShare` of the run is flat when its losses stay within a band this wide:
    /// 1e-4. A loss on the 0.25 plateau that is about to escape it moves more than that over the
    /// last half of a 5000-epoch run; one that will never leave moves far less (about 1e-6).
    public var flatBand = 1e-4
    /// The share of the run whose flatness is judged: the last half.
    public var flatShare = 0.5
    /// A loss that is still creeping towards a value it will not pass (a local minimum such as
    /// XOR's 0.125, approached ever more slowly) counts as flat too: over the last quarter it fell
    /// by less than this share of its last value (0.5 %)…
    public var settlingShare = 0.005
    /// …and by less than this share of what it fell over the quarter before (it is slowing down:
    /// half).
    public var settlingSlowdown = 0.5
    /// The loss of answering 0.5 to every 0/1 target: the plateau of §2.3.
    public var halfAnswerLoss = 0.25
    /// How close to ``halfAnswerLoss`` a plateau must be to be that one: 0.01.
    public var halfAnswerTolerance = 0.01
    /// How close to 0.5 every output must be to count as "0.5 for everything": 0.05.
    public var halfOutputTolerance = 0.05
    /// A run on that plateau is stuck, rather than slow, when over its last quarter the loss
    /// falls by less than this per epoch and per unit of η: 3·10⁻⁷. One step of gradient descent
    /// lowers the loss by about η·‖g‖², so this says that the gradient itself is almost zero — a
    /// small η cannot explain it. (On XOR, runs that never leave 0.25 with η = 0.5 measure at most
    /// 1.2·10⁻⁷; runs crawling along it with η = 0.01 or 0.001 at least 1.6·10⁻⁶.)
    public var stuckMotion = 3e-7
    /// The share of the run, at its end, where oscillation is looked for: the last fifth (at
    /// least ``oscillationMinimumEpochs`` epochs).
    public var oscillationShare = 0.2
    /// The fewest epochs the oscillation window may have.
    public var oscillationMinimumEpochs = 10
    /// A run oscillates when the loss went up in at least this share of its window's epochs
    /// (gradient descent with a moderate η never goes up)…
    public var oscillationRiseShare = 0.2
    /// …and the window's highest and lowest loss differ by at least this: 0.01, so that
    /// rounding-sized wobbles on a plateau do not count.
    public var oscillationAmplitude = 0.01
    /// The gradient has vanished when the output layer's delta is at least this many times the
    /// size of the first hidden layer's (in epoch 1) in a network of three or more weight layers
    /// whose loss stayed high: 10.
    public var vanishingRatio = 10.0
    /// A run still going down is slow when it covered less than this share of the way from its
    /// first loss to ``converged``: half.
    public var slowProgress = 0.5
    /// …and its loss went up in fewer than this share of its epochs (it is going down steadily,
    /// not oscillating): 1 %…
    public var slowRiseShare = 0.01
    /// …and its last quarter went down at most this many times faster than the whole run did on
    /// average (it crawls; it is not in the middle of a late, steep descent): 2.
    public var slowAcceleration = 2.0
    /// The share of the run, at its end, whose pace estimates the epochs still needed: a quarter.
    public var paceShare = 0.25

    /// The default thresholds.
    public init() {}
}
