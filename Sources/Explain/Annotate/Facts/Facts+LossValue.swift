import Foundation
import Trace

extension Facts {
    /// The losses other than the notes' squared error — `mae`, `bce`, `cross_entropy` — from the
    /// prediction and the targets: what each one measures, its value, the example that costs the
    /// most (for cross-entropy, `−ln` of the right class's probability, §3.2), and the change
    /// since the previous recorded loss.
    static func lossValue(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let operation = context.event.operation
        let (title, meaning): (CatalogKey, CatalogKey) = switch operation {
        case .meanAbsoluteError: (.maeTitle, .maeMeaning)
        case .binaryCrossEntropy: (.bceTitle, .bceMeaning)
        default: (.crossEntropyTitle, .crossEntropyMeaning)
        }
        var facts = Facts(title: title, context: context, phrases: phrases)
        let shape = context.event.inputShapes.last ?? context.event.shape
        facts.set(["prediction": facts.symbol(1), "count": String(shape.count), "examples": String(shape.rows)])
        facts.say(meaning)
        guard let loss = facts.sampledValues()?.elements.first else { return facts }
        facts.say(.lossValue, ["value": Numbers.fixed(loss)])
        if let batch = context.event.batch { facts.say(.lossBatch, ["batch": String(batch)]) }
        if let targets = facts.operand(0), let prediction = facts.operand(1), targets.hasSameShape(as: prediction),
           !targets.elements.isEmpty {
            switch operation {
            case .meanAbsoluteError: facts.sayWorstAbsolute(targets, prediction)
            case .binaryCrossEntropy: facts.sayWorstBinary(targets, prediction)
            default: facts.sayCrossEntropy(targets, prediction, loss: loss)
            }
        }
        facts.sayChange(from: context.previousLoss, to: loss)
        return facts
    }

    /// The change since the previous recorded loss, as the squared error's step says it.
    mutating func sayChange(from previous: Double?, to loss: Double) {
        guard let previous else { return }
        let change = loss - previous
        let values = ["previous": Numbers.fixed(previous), "change": Numbers.fixed(abs(change))]
        if abs(change) < 0.00005 {
            say(.lossFlat, values)
        } else {
            say(change < 0 ? .lossDecreased : .lossIncreased, values)
        }
    }

    private mutating func sayWorstAbsolute(_ targets: Matrix, _ prediction: Matrix) {
        let gaps = targets - prediction
        guard let worst = gaps.largestMagnitude else { return }
        say(.maeWorst, [
            "example": example(worst.row), "target": Numbers.compact(targets[worst.row, worst.column]),
            "predicted": Numbers.fixed(prediction[worst.row, worst.column]), "value": Numbers.fixed(abs(worst.value)),
        ])
    }

    private mutating func sayWorstBinary(_ targets: Matrix, _ prediction: Matrix) {
        let (lower, upper) = LossOp.probabilityClamp
        let costs = targets.zipMap(prediction) { y, a in
            let p = min(max(a, lower), upper)
            return -(y * log(p) + (1 - y) * log(1 - p))
        }
        guard let worst = costs.largest else { return }
        say(.bceWorst, [
            "example": example(worst.row), "target": Numbers.compact(targets[worst.row, worst.column]),
            "predicted": Numbers.fixed(prediction[worst.row, worst.column]), "value": Numbers.fixed(worst.value),
        ])
    }

    /// The first example's term `−ln ŷ_c`, the most expensive example, and the cost of not
    /// choosing at all, `ln C` (every class `1/C`).
    private mutating func sayCrossEntropy(_ targets: Matrix, _ prediction: Matrix, loss: Double) {
        let labels = (0..<targets.rows).map { Classes.label(targets.rowValues($0)) }
        func term(_ row: Int, _ label: Int) -> Double { -log(min(max(prediction[row, label], LossOp.probabilityClamp.lower), 1)) }
        if let right = labels[0] {
            say(.crossEntropyFirst, [
                "example": example(0), "class": phrases.classLabel(right),
                "probability": Numbers.fixed(prediction[0, right]), "term": Numbers.fixed(term(0, right)),
            ])
        }
        let labelled = labels.indices.compactMap { row in labels[row].map { (row, $0) } }
        if labelled.count > 1, let worst = labelled.max(by: { term($0.0, $0.1) < term($1.0, $1.1) }), worst.0 != 0 {
            say(.crossEntropyWorst, [
                "example": example(worst.0), "class": phrases.classLabel(worst.1),
                "probability": Numbers.fixed(prediction[worst.0, worst.1]), "term": Numbers.fixed(term(worst.0, worst.1)),
            ])
        }
        guard targets.columns > 1, labelled.count == targets.rows else { return }
        let baseline = log(Double(targets.columns))
        say(loss < baseline ? .crossEntropyBelowBaseline : .crossEntropyAboveBaseline, [
            "classes": String(targets.columns), "baseline": Numbers.fixed(baseline),
        ])
    }
}
