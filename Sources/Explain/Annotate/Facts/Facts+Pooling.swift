import Foundation
import Trace

extension Facts {
    /// `P_l = maxpool(A_l)`: `s×s` blocks become their largest value, sizes rounded down as
    /// PyTorch does (11 → 5), what is left, a block worked out, and why it makes the network
    /// tolerant to small shifts (§4, §4.2).
    static func maxPool(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let event = context.event
        var facts = Facts(title: .poolTitle, context: context, phrases: phrases)
        facts.set(["input": facts.symbol(0)])
        guard let input = event.inputShapes.first?.image, let output = event.shape.image, output.height > 0 else {
            facts.say(.unknownMeaning, ["operation": event.operation.rawValue])
            _ = facts.sampledValues()
            return facts
        }
        let size = Self.poolSize(in: event.formula) ?? max(input.height / output.height, 1)
        facts.set([
            "size": String(size), "inImage": input.description, "outImage": output.description,
            "channels": String(input.channels), "inHeight": String(input.height), "outHeight": String(output.height),
            "inCount": String(input.count), "outCount": String(output.count),
        ])
        facts.say(.poolMeaning)
        if input.height % size != 0 || input.width % size != 0 {
            let side = input.height % size != 0 ? input.height : input.width
            facts.say(.poolFloor, ["side": String(side), "exact": Numbers.short(Double(side) / Double(size), digits: 2),
                                   "floor": String(side / size)])
        }
        facts.say(.poolCount)
        facts.say(.poolNotes)
        facts.say(.poolInvariance)
        guard let pooled = facts.sampledValues(), pooled.rows > 0, let maps = facts.operand(0), maps.rows == pooled.rows,
              maps.columns == input.count, size <= 3 else { return facts }
        let block = (0..<size).flatMap { i in (0..<size).map { j in maps[0, i * input.width + j] } }
        facts.say(.poolFirstBlock, [
            "example": facts.example(0), "map": phrases.map(0),
            "block": Numbers.tuple(block), "max": Numbers.fixed(pooled[0, 0]),
        ])
        return facts
    }

    /// `2` in a formula `P₁ = maxpool2×2(A₁)`.
    static func poolSize(in formula: String) -> Int? {
        guard let range = formula.range(of: "maxpool") else { return nil }
        return Int(String(formula[range.upperBound...].prefix { $0.isNumber }))
    }
}
