import Trace

extension Facts {
    /// An operation this version has no explanation for: its formula and shapes only.
    static func unknown(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .unknownTitle, context: context, phrases: phrases)
        if case .unknown(let name) = context.event.operation {
            facts.set(["operation": name])
        }
        facts.say(.unknownMeaning)
        _ = facts.sampledValues()
        return facts
    }
}
