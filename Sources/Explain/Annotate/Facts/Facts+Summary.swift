import Foundation
import Trace

extension Facts {
    /// `epoch_loss`: the mean of the epoch's batch losses (the notes' `running_loss` divided by
    /// the number of batches, §3.4), against the previous recorded loss.
    static func epochLoss(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .epochLossTitle, context: context, phrases: phrases)
        let batches = Self.number(after: "(1/", in: context.event.formula)
        facts.set(["batches": batches.map(String.init) ?? "?"])
        guard let loss = facts.sampledValues()?.elements.first else { return facts }
        facts.say(batches == 1 ? .epochLossSingle : .epochLossMeaning, ["value": Numbers.fixed(loss)])
        facts.sayChange(from: context.previousLoss, to: loss)
        return facts
    }

    /// `test_loss`: the loss on examples the network never trains on, against this epoch's
    /// training loss — the way overfitting shows (§3.3).
    static func testLoss(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .testLossTitle, context: context, phrases: phrases)
        guard let loss = facts.sampledValues()?.elements.first else { return facts }
        facts.say(.testLossMeaning, ["value": Numbers.fixed(loss)])
        if let train = context.values[Trainer.SummaryName.epochLoss]?.elements.first {
            let gap = loss > train * 1.25 && loss - train > 0.01
            facts.say(gap ? .testLossGap : .testLossClose, ["train": Numbers.fixed(train)])
        }
        return facts
    }

    /// `test_accuracy`: the share of test examples whose most probable class is the right one.
    static func accuracy(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .accuracyTitle, context: context, phrases: phrases)
        let count = Self.number(after: "/ ", in: context.event.formula)
        facts.say(.accuracyMeaning)
        guard let share = facts.sampledValues()?.elements.first else { return facts }
        var values = ["percent": Numbers.percent(share)]
        if let count {
            values["hits"] = String(Int((share * Double(count)).rounded()))
            values["count"] = String(count)
            facts.say(.accuracyHits, values)
        } else {
            facts.say(.accuracyShare, values)
        }
        return facts
    }

    /// `early_stop`, whose values are `[best epoch, best test loss, patience]`: when the best
    /// was, how long the test loss has not improved, and why training stops (§3.3).
    static func earlyStop(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .earlyStopTitle, context: context, phrases: phrases)
        guard let values = facts.sampledValues(), values.elements.count >= 3 else { return facts }
        let best = Int(values.elements[0])
        facts.say(.earlyStopMeaning, [
            "bestEpoch": String(best), "bestLoss": Numbers.fixed(values.elements[1]),
            "patience": String(Int(values.elements[2])), "since": String(context.event.epoch - best),
        ])
        facts.say(.earlyStopWhy, ["bestEpoch": String(best)])
        return facts
    }

    /// The whole number right after `marker` in `formula`: `5` in `epoch_loss = (1/5)·Σ loss`.
    static func number(after marker: String, in formula: String) -> Int? {
        guard let range = formula.range(of: marker, options: .backwards) else { return nil }
        return Int(String(formula[range.upperBound...].prefix { $0.isNumber }))
    }
}
