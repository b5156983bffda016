import Trace

/// A diagnosis in words, in one language, with the run's own numbers (the `diagnosis.…` keys of
/// the interface catalogs).
public struct DiagnosisText: Sendable {
    private let catalog: InterfaceCatalog

    /// The texts of `language`.
    public init(_ language: Language) {
        catalog = InterfaceCatalog.of(language)
    }

    /// The short name of a diagnosis, for a table: "converge", "oscila", "en ciclo"…
    public func name(_ kind: Diagnosis.Kind) -> String {
        let key: InterfaceKey = switch kind {
        case .diverged: .diagnosisNameDiverged
        case .learned: .diagnosisNameLearned
        case .cycles: .diagnosisNameCycles
        case .converged: .diagnosisNameConverged
        case .vanishing: .diagnosisNameVanishing
        case .oscillating: .diagnosisNameOscillating
        case .stuck: .diagnosisNameStuck
        case .plateau: .diagnosisNamePlateau
        case .slow: .diagnosisNameSlow
        case .unfinished: .diagnosisNameUnfinished
        }
        return catalog.text(key)
    }

    /// What happened in `outcome`'s run and why, in one paragraph.
    public func explanation(_ outcome: RunComparison.Outcome) -> String {
        let history = outcome.history
        let eta = DiagnosisNumbers.compact(outcome.settings.learningRate)
        func v(_ x: Double) -> String { DiagnosisNumbers.value(x) }
        switch outcome.diagnosis {
        case .diverged(let epoch):
            return catalog.text(.diagnosisDiverged, ["epoch": "\(epoch)"])
        case .learned(let epoch, let fixedFrom):
            let weights = fixedFrom == 0 ? catalog.text(.diagnosisInitialWeights)
                : catalog.text(.diagnosisEpochWeights, ["epoch": "\(fixedFrom)"])
            return catalog.text(.diagnosisLearned, ["epoch": "\(epoch)", "count": "\(history.targets.rows)",
                                                   "weights": weights, "last": "\(history.lastEpoch)"])
        case .cycles(let cycle, let loss, let mistakes):
            let turn = cycle.length == 1 ? catalog.text(.diagnosisTurnOne)
                : catalog.text(.diagnosisTurnMany, ["length": "\(cycle.length)"])
            var text = catalog.text(.diagnosisCycles, ["repeat": "\(cycle.repeatEpoch)", "start": "\(cycle.start)",
                                                       "turn": turn, "loss": v(loss)])
            if let mistakes, mistakes > 0 {
                text += " " + catalog.text(.diagnosisStillWrong, ["last": "\(history.lastEpoch)", "mistakes": "\(mistakes)",
                                                                  "count": "\(history.targets.rows)"])
            }
            return text + " " + notSeparable(history)
        case .converged(let epoch, let final, let swings):
            var text = catalog.text(.diagnosisConverged, ["threshold": DiagnosisNumbers.compact(DiagnosisThresholds().converged),
                                                          "epoch": "\(epoch)", "final": v(final)])
            if let largest = swings.largest {
                text += " " + catalog.text(.diagnosisSwings, ["rises": "\(swings.rises)", "epochs": "\(history.lastEpoch)",
                                                              "epoch": "\(largest.epoch)", "from": v(largest.from),
                                                              "to": v(largest.to)])
            }
            return text
        case .vanishing(let output, let first, let final):
            return catalog.text(.diagnosisVanishing, [
                "final": v(final), "output": Notation.symbol(for: output.name), "outputNorm": v(output.norm),
                "first": Notation.symbol(for: first.name), "firstNorm": v(first.norm),
                "ratio": DiagnosisNumbers.ratio(output.norm / first.norm)])
        case .oscillating(let oscillation):
            let largest = oscillation.swings.largest
            return catalog.text(.diagnosisOscillating, [
                "from": "\(oscillation.window.lowerBound)", "to": "\(oscillation.window.upperBound)",
                "rises": "\(oscillation.rises)", "low": v(oscillation.low), "high": v(oscillation.high),
                "final": v(oscillation.final), "eta": eta, "epoch": "\(largest?.epoch ?? 0)",
                "before": v(largest?.from ?? 0), "after": v(largest?.to ?? 0)])
        case .stuck(let plateau):
            return catalog.text(.diagnosisStuck, plateauValues(plateau))
        case .plateau(let plateau):
            return catalog.text(.diagnosisPlateau, plateauValues(plateau))
        case .slow(let progress):
            return catalog.text(.diagnosisSlow, ["first": v(progress.first), "final": v(progress.final),
                                                 "epochs": "\(history.lastEpoch)", "eta": eta,
                                                 "threshold": DiagnosisNumbers.compact(progress.threshold)])
                + " " + pace(progress)
        case .unfinished(let progress):
            return catalog.text(.diagnosisUnfinished, ["first": v(progress.first), "final": v(progress.final)])
                + " " + pace(progress)
        }
    }

    private func plateauValues(_ plateau: Diagnosis.Plateau) -> [String: String] {
        ["value": DiagnosisNumbers.value(plateau.value), "since": "\(plateau.since)",
         "low": DiagnosisNumbers.value(plateau.lowestOutput), "high": DiagnosisNumbers.value(plateau.highestOutput)]
    }

    private func pace(_ progress: Diagnosis.Progress) -> String {
        let values = ["from": "\(progress.window.lowerBound)", "to": "\(progress.window.upperBound)"]
        guard let needed = progress.epochsToThreshold else { return catalog.text(.diagnosisNoPace, values) }
        return catalog.text(.diagnosisPace, values.merging([
            "pace": DiagnosisNumbers.value(progress.perEpoch), "needed": "\(needed)",
            "threshold": DiagnosisNumbers.compact(progress.threshold)]) { $1 })
    }

    /// Why a perceptron cannot stop: for two inputs, the points no line separates.
    private func notSeparable(_ history: RunHistory) -> String {
        guard let inputs = history.inputs, inputs.columns == 2, history.targets.columns == 1,
              history.targets.elements.allSatisfy({ $0 == 0 || $0 == 1 }) else {
            return catalog.text(.diagnosisNotSeparable)
        }
        let points = (0..<inputs.rows).map { DiagnosisNumbers.point([inputs[$0, 0], inputs[$0, 1]]) }
        let positives = points.indices.filter { history.targets[$0, 0] == 1 }.map { points[$0] }
        let negatives = points.indices.filter { history.targets[$0, 0] == 0 }.map { points[$0] }
        guard !positives.isEmpty, !negatives.isEmpty else { return catalog.text(.diagnosisNotSeparable) }
        return catalog.text(.diagnosisNotSeparableLine, ["positives": list(positives), "negatives": list(negatives)])
    }

    /// `a`, `a y b`, `a, b y c`.
    private func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + catalog.text(.diagnosisAnd) + " " + items.last!
    }
}
