import Trace

extension Facts {
    /// `A_L = softmax(Z_L)`: each row becomes a probability distribution that sums 1 (checked on
    /// these numbers), the first example's most probable class and how sure it is, how many
    /// examples of the batch it gets right, and why no slope of its own is needed (§3, §3.2).
    static func softmax(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .softmaxTitle, context: context, phrases: phrases)
        let classes = context.event.shape.dimensions.last ?? 0
        facts.set(["input": facts.symbol(0), "classes": String(classes)])
        facts.say(.softmaxMeaning)
        if let probabilities = facts.sampledValues(), probabilities.rows > 0, probabilities.columns > 1 {
            let sums = (0..<probabilities.rows).map { probabilities.rowValues($0).reduce(0, +) }
            let worst = sums.max { abs($0 - 1) < abs($1 - 1) } ?? 1
            facts.say(.softmaxSums, ["rows": String(probabilities.rows), "sum": Numbers.fixed(worst)])
            facts.sayPrediction(probabilities, targets: facts.context.values["y"])
        }
        facts.say(.softmaxSlope)
        return facts
    }

    /// The first example's choice, against its label when the targets are known, and the hits
    /// of the whole batch.
    private mutating func sayPrediction(_ probabilities: Matrix, targets: Matrix?) {
        let first = probabilities.rowValues(0)
        let chosen = Classes.argmax(first)
        say(.softmaxFirst, ["example": example(0), "class": phrases.classLabel(chosen),
                            "probability": Numbers.fixed(first[chosen])])
        let classes = probabilities.columns
        if first[chosen] < 1.5 / Double(classes) {
            say(.softmaxUndecided, ["uniform": Numbers.fixed(1 / Double(classes))])
        }
        guard let targets, targets.hasSameShape(as: probabilities), let right = Classes.label(targets.rowValues(0))
        else { return }
        if right == chosen {
            say(.softmaxFirstRight)
        } else {
            say(.softmaxFirstWrong, ["trueClass": phrases.classLabel(right),
                                     "trueProbability": Numbers.fixed(first[right])])
        }
        let hits = (0..<probabilities.rows).filter {
            Classes.label(targets.rowValues($0)) == Classes.argmax(probabilities.rowValues($0))
        }.count
        say(.softmaxHits, ["hits": String(hits), "rows": String(probabilities.rows)])
    }
}

/// Classes as the notes count them: column `j` of a one-hot row is class `j`, from 0, like the
/// digits (§3.2: the first neuron is the «0»).
enum Classes {
    /// The first column with the largest value.
    static func argmax(_ row: [Double]) -> Int {
        row.indices.max { row[$0] < row[$1] || (row[$0] == row[$1] && $0 > $1) } ?? 0
    }

    /// The class of a one-hot row (one 1, the rest 0); `nil` for any other row.
    static func label(_ row: [Double]) -> Int? {
        guard row.count > 1, row.filter({ $0 == 1 }).count == 1, row.allSatisfy({ $0 == 0 || $0 == 1 }) else { return nil }
        return row.firstIndex(of: 1)
    }

    /// Whether every row of `targets` is one-hot.
    static func isOneHot(_ targets: Matrix) -> Bool {
        targets.rows > 0 && (0..<targets.rows).allSatisfy { label(targets.rowValues($0)) != nil }
    }
}
