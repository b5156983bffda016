import Trace

extension Facts {
    /// `F = flatten(P_l)`: the maps of each example laid out as one row of `C·H·W` numbers, none
    /// of them changed, against the notes' `x.view(-1, 64 * 5 * 5)` (§4.2).
    static func flatten(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let event = context.event
        var facts = Facts(title: .flattenTitle, context: context, phrases: phrases)
        facts.set(["input": facts.symbol(0)])
        guard let maps = event.inputShapes.first?.image else {
            facts.say(.unknownMeaning, ["operation": event.operation.rawValue])
            _ = facts.sampledValues()
            return facts
        }
        facts.set([
            "channels": String(maps.channels), "height": String(maps.height), "width": String(maps.width),
            "count": String(maps.count), "inShape": event.inputShapes[0].bracketed, "outShape": event.shape.bracketed,
        ])
        facts.say(.flattenMeaning)
        let isTheNotes = (maps.channels, maps.height, maps.width) == (64, 5, 5)
        facts.say(isTheNotes ? .flattenNotesSame : .flattenNotesOther)
        facts.say(.flattenNext)
        _ = facts.sampledValues()
        return facts
    }
}
