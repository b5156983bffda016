import Trace

extension Facts {
    /// `W ← W + ΔW`: why the notes add, and which entry moved most, old → new. With the
    /// gradient's sign (`W ← W − ΔW`, every loss but the squared error) the update subtracts,
    /// as the notes' `W2 -= …` (§3).
    ///
    /// The old value is recovered as new ∓ change, which matches the epoch-start value to far
    /// more than the four decimals shown.
    static func update(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .updateTitle, context: context, phrases: phrases)
        let subtracts = context.rule.subtracts
        facts.set([
            "change": facts.symbol(1),
            "prediction": Notation.symbol(for: Notation.activationName(context.layerCount)),
        ])
        facts.say(subtracts ? .updateSubtract : .updateMeaning)
        guard let updated = facts.sampledValues(), let change = facts.operand(1), change.shape == updated.shape,
              let top = change.largestMagnitude else { return facts }
        let new = updated[top.row, top.column]
        let step = subtracts ? -top.value : top.value
        facts.say(updated.elements.count == 1 ? .updateSingle : .updateLargest, [
            "position": phrases.position(top), "old": Numbers.fixed(new - step), "new": Numbers.fixed(new),
            "difference": Numbers.signed(step),
        ])
        if abs(top.value) < 0.01 { facts.say(.updateSmall) }
        return facts
    }
}
