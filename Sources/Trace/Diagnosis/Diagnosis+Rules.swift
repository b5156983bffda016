/// The rules that turn a run's history into a diagnosis. They are tried in this order, and the
/// first that holds decides:
///
/// 1. **diverged** — training stopped at a non-finite value.
/// 2. For a perceptron (``RunHistory/correctsEveryMistake``) whose parameters came back to an
///    earlier epoch's: **learned** when that epoch made no mistake (the weights stopped
///    changing), else **cycles** (they go round, correcting the same mistakes for ever).
/// 3. **converged** — the last loss is below ``DiagnosisThresholds/converged`` (0.01); the
///    epoch it first fell below it is given, and its rises on the way.
/// 4. **vanishing** — three or more weight layers, the loss not converged, and the output
///    layer's `‖δ‖` at least ``DiagnosisThresholds/vanishingRatio`` (10) times the first hidden
///    layer's in epoch 1.
/// 5. **oscillating** — in the last fifth of the run the loss went up in at least 20 % of the
///    epochs, and its highest and lowest values there differ by at least 0.01.
/// 6. Flat — over the last half the loss stays within a band 1e-4 wide, or it is settling (over
///    the last quarter it fell by less than 0.5 % of its value, and by less than half of what it
///    fell over the quarter before): **stuck** when it is within 0.01 of 0.25, every output is
///    within 0.05 of 0.5 and, over the last quarter, the loss fell by less than 3·10⁻⁷ per epoch
///    per unit of η (a run that crawls there only because η is tiny goes on to the next rules);
///    **plateau** when it is not near 0.25 with outputs near 0.5.
/// 7. **slow** — the loss went up in fewer than 1 % of the epochs, covered less than half of the
///    way from its first value to 0.01, and its last quarter went down at most twice as fast as
///    the run's average.
/// 8. **unfinished** — anything else: still going down, and it needs more epochs.
extension Diagnosis {
    /// The diagnosis of `run`, by the rules above. A run that stopped before finishing its first
    /// epoch has nothing to diagnose and is reported as diverged at epoch 1.
    public static func diagnose(_ run: RunHistory, thresholds: DiagnosisThresholds = DiagnosisThresholds()) -> Diagnosis {
        let t = thresholds
        if let epoch = run.failedEpoch { return .diverged(epoch: epoch) }
        let losses = run.losses
        guard let final = losses.last else { return .diverged(epoch: 1) }
        if run.correctsEveryMistake, let cycle = run.cycle {
            let turn = Array(losses[cycle.start..<cycle.repeatEpoch])
            let turnLoss = turn.reduce(0, +) / Double(turn.count)
            if turn.allSatisfy({ $0 == 0 }) {
                return .learned(epoch: firstOfFinalRun(losses) { $0 == 0 }, fixedFrom: cycle.start)
            }
            return .cycles(cycle, loss: turnLoss, mistakes: run.mistakes)
        }
        if final < t.converged {
            let epoch = (losses.firstIndex { $0 < t.converged } ?? losses.count - 1) + 1
            return .converged(epoch: epoch, final: final, swings: LossSwings(losses))
        }
        if let vanishing = vanishing(run, final: final, t) { return vanishing }
        if let oscillation = oscillation(losses, t) { return .oscillating(oscillation) }
        if let plateau = plateau(run, t) {
            let nearQuarter = abs(plateau.value - t.halfAnswerLoss) <= t.halfAnswerTolerance
            let allHalf = plateau.lowestOutput >= 0.5 - t.halfOutputTolerance
                && plateau.highestOutput <= 0.5 + t.halfOutputTolerance
            if !(nearQuarter && allHalf) { return .plateau(plateau) }
            if motionPerUnitRate(run, t) < t.stuckMotion { return .stuck(plateau) }
        }
        let progress = self.progress(losses, t)
        let rises = LossSwings(losses).rises
        let covered = (progress.first - progress.final) / max(progress.first - t.converged, .leastNormalMagnitude)
        let average = losses.count > 1 ? (progress.first - progress.final) / Double(losses.count - 1) : 0
        if Double(rises) < t.slowRiseShare * Double(losses.count), covered < t.slowProgress,
           progress.perEpoch <= t.slowAcceleration * average {
            return .slow(progress)
        }
        return .unfinished(progress)
    }

    /// The first epoch (from 1) of the run of epochs at the end whose loss satisfies `holds`.
    private static func firstOfFinalRun(_ losses: [Double], _ holds: (Double) -> Bool) -> Int {
        var index = losses.count
        while index > 0, holds(losses[index - 1]) { index -= 1 }
        return index + 1
    }

    private static func vanishing(_ run: RunHistory, final: Double, _ t: DiagnosisThresholds) -> Diagnosis? {
        guard run.deltaNorms.count >= 3,
              let output = run.deltaNorms.max(by: { $0.layer < $1.layer }),
              let first = run.deltaNorms.min(by: { $0.layer < $1.layer }),
              output.norm >= t.vanishingRatio * first.norm, output.norm > 0
        else { return nil }
        return .vanishing(output: output, first: first, final: final)
    }

    /// The last `share` of the epochs, at least `minimum` of them (all when there are fewer).
    private static func tail(_ count: Int, share: Double, minimum: Int) -> Range<Int> {
        let size = min(count, max(minimum, Int((Double(count) * share).rounded(.up))))
        return (count - size)..<count
    }

    private static func oscillation(_ losses: [Double], _ t: DiagnosisThresholds) -> Oscillation? {
        let window = tail(losses.count, share: t.oscillationShare, minimum: t.oscillationMinimumEpochs)
        guard window.count >= 2 else { return nil }
        // A rise needs the epoch before it, which may lie just outside the window.
        let rises = LossSwings(losses, in: window).rises
        let values = losses[window]
        let low = values.min()!, high = values.max()!
        guard Double(rises) >= t.oscillationRiseShare * Double(window.count), high - low >= t.oscillationAmplitude
        else { return nil }
        return Oscillation(window: (window.lowerBound + 1)...window.upperBound, rises: rises, low: low, high: high,
                           swings: LossSwings(losses), final: losses.last!)
    }

    private static func plateau(_ run: RunHistory, _ t: DiagnosisThresholds) -> Plateau? {
        let losses = run.losses
        let window = tail(losses.count, share: t.flatShare, minimum: 2)
        let values = losses[window]
        guard window.count >= 2 else { return nil }
        guard values.max()! - values.min()! <= t.flatBand || isSettling(losses, t) else { return nil }
        let final = losses.last!
        let since = firstOfFinalRun(losses) { abs($0 - final) <= t.flatBand }
        let outputs = run.predictions?.elements ?? []
        return Plateau(value: final, since: since, lowestOutput: outputs.min() ?? .nan,
                       highestOutput: outputs.max() ?? .nan)
    }

    /// How much the loss fell per epoch over the last quarter, divided by η (0 when η is not
    /// known, so that a flat run counts as stuck).
    private static func motionPerUnitRate(_ run: RunHistory, _ t: DiagnosisThresholds) -> Double {
        guard let rate = run.learningRate, rate > 0 else { return 0 }
        let losses = run.losses
        let quarter = max(1, losses.count / 4)
        guard losses.count > quarter else { return 0 }
        return max(0, losses[losses.count - 1 - quarter] - losses[losses.count - 1]) / Double(quarter) / rate
    }

    /// Whether the loss is creeping ever more slowly towards its last value: over the last
    /// quarter it fell by less than ``DiagnosisThresholds/settlingShare`` of that value, and by
    /// less than ``DiagnosisThresholds/settlingSlowdown`` of its fall over the quarter before.
    private static func isSettling(_ losses: [Double], _ t: DiagnosisThresholds) -> Bool {
        let quarter = losses.count / 4
        guard quarter >= 2 else { return false }
        let final = losses[losses.count - 1]
        let lastFall = losses[losses.count - 1 - quarter] - final
        let previousFall = losses[losses.count - 1 - 2 * quarter] - losses[losses.count - 1 - quarter]
        return lastFall >= 0 && lastFall < t.settlingShare * final && lastFall < t.settlingSlowdown * previousFall
    }

    private static func progress(_ losses: [Double], _ t: DiagnosisThresholds) -> Progress {
        let window = tail(losses.count, share: t.paceShare, minimum: 2)
        let start = max(window.lowerBound - 1, 0)
        let steps = losses.count - 1 - start
        let final = losses.last!
        let perEpoch = steps > 0 ? (losses[start] - final) / Double(steps) : 0
        let needed = perEpoch > 0 ? Int(((final - t.converged) / perEpoch).rounded(.up)) : nil
        return Progress(first: losses[0], final: final, window: (start + 1)...losses.count, perEpoch: perEpoch,
                        epochsToThreshold: needed, threshold: t.converged)
    }
}
