import Foundation
import Trace

extension Facts {
    /// `M_l ~ Bernoulli(1 − p)`: which numbers are switched off in this batch, how many against
    /// the rate, and why (§3.3, §4.3).
    static func dropoutMask(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .dropoutMaskTitle, context: context, phrases: phrases)
        let rate = Self.dropoutRate(in: context.event.formula)
        facts.set(["rate": rate.map { Numbers.compact($0) } ?? "p"])
        facts.say(.dropoutMaskMeaning)
        if let mask = facts.sampledValues(), !mask.elements.isEmpty {
            let off = mask.elements.filter { $0 == 0 }.count
            facts.say(.dropoutMaskCount, [
                "off": String(off), "total": String(mask.elements.count),
                "percent": Numbers.percent(Double(off) / Double(mask.elements.count)),
                "expected": rate.map { Numbers.short($0 * 100, digits: 1) } ?? "?",
            ])
        }
        facts.say(.dropoutMaskWhy)
        return facts
    }

    /// `D_l = A ⊙ M / (1 − p)`: switched-off numbers become 0 and the others are scaled by
    /// `1/(1 − p)`, so that on average the next layer receives the same.
    static func dropout(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .dropoutTitle, context: context, phrases: phrases)
        let rate = Self.dropoutRate(in: context.event.formula)
        facts.set([
            "input": facts.symbol(0), "mask": facts.symbol(1), "rate": rate.map { Numbers.compact($0) } ?? "p",
            "scale": rate.map { Numbers.compact(1 / (1 - $0)) } ?? "1/(1 − p)",
        ])
        facts.say(.dropoutMeaning)
        guard let output = facts.sampledValues(), let input = facts.operand(0), let mask = facts.operand(1),
              input.hasSameShape(as: output), mask.hasSameShape(as: output) else { return facts }
        let zeros = mask.elements.filter { $0 == 0 }.count
        var values = ["zeros": String(zeros), "total": String(output.elements.count)]
        if let kept = mask.elements.indices.first(where: { mask.elements[$0] != 0 && input.elements[$0] != 0 }) {
            values["before"] = Numbers.fixed(input.elements[kept])
            values["after"] = Numbers.fixed(output.elements[kept])
            facts.say(.dropoutExample, values)
        } else {
            facts.say(.dropoutZeros, values)
        }
        return facts
    }

    /// `0.2` in a formula `M₂ ~ Bernoulli(1 − 0.2)` or `D₂ = A₂ ⊙ M₂ / (1 − 0.2)`.
    static func dropoutRate(in formula: String) -> Double? {
        guard let range = formula.range(of: "(1 − ", options: .backwards) else { return nil }
        return Double(String(formula[range.upperBound...].prefix { $0.isNumber || $0 == "." || $0 == "e" || $0 == "-" }))
    }
}
