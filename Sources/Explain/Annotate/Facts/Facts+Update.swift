import Trace

extension Facts {
    /// `W ← W + ΔW`: why the notes add, and which entry moved most, old → new.
    ///
    /// The old value is recovered as new − change, which matches the epoch-start value to far
    /// more than the four decimals shown.
    static func update(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .updateTitle, context: context, phrases: phrases)
        facts.set([
            "change": facts.symbol(1),
            "prediction": Notation.symbol(for: Notation.activationName(context.layerCount)),
        ])
        facts.say(.updateMeaning)
        guard let updated = facts.sampledValues(), let change = facts.operand(1), change.shape == updated.shape,
              let top = change.largestMagnitude else { return facts }
        let new = updated[top.row, top.column]
        facts.say(updated.elements.count == 1 ? .updateSingle : .updateLargest, [
            "position": phrases.position(top), "old": Numbers.fixed(new - top.value), "new": Numbers.fixed(new),
            "difference": Numbers.signed(top.value),
        ])
        if abs(top.value) < 0.01 { facts.say(.updateSmall) }
        return facts
    }
}
