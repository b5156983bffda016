import Trace

extension Facts {
    /// `loss = mean(error²)`: its value, against the 0.25 of always answering 0.5 (§2.3), and
    /// against the previous recorded loss.
    ///
    /// The 0.25 comparison is made when the targets are 0 and 1, or unknown (an epoch that kept
    /// only its loss); it is meaningless for other targets.
    static func loss(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .lossTitle, context: context, phrases: phrases)
        facts.set(["count": String(context.event.inputShapes.first?.count ?? 0), "error": facts.symbol(0)])
        facts.say(.lossMeaning)
        guard let loss = facts.sampledValues()?.elements.first else { return facts }
        facts.say(.lossValue, ["value": Numbers.fixed(loss)])
        if let batch = context.event.batch { facts.say(.lossBatch, ["batch": String(batch)]) }
        let binary = context.values["y"]?.elements.allSatisfy { $0 == 0 || $0 == 1 } ?? true
        if binary {
            if abs(loss - 0.25) < 0.01 {
                facts.say(.lossNearBaseline)
            } else {
                facts.say(loss > 0.25 ? .lossAboveBaseline : .lossBelowBaseline)
            }
        }
        facts.sayChange(from: context.previousLoss, to: loss)
        return facts
    }
}
