import Trace

extension Facts {
    /// `A_l = f(Z_l)` for the element-wise activations other than the sigmoid (heaviside, tanh,
    /// ReLU, Leaky ReLU, ELU, GELU, Swish, identity): what `f` does to these numbers (how many
    /// fired, how many negatives became 0…), then the slope `f'` the backward pass will use,
    /// against the sigmoid's σ' ≤ 0.25 (§3.1).
    static func activation(_ context: StepContext, _ phrases: Phrases, _ function: Activation) -> Facts {
        let keys = ActivationKeys(function)
        var facts = Facts(title: keys.title, context: context, phrases: phrases)
        facts.set(["input": facts.symbol(0)])
        facts.say(keys.meaning)
        if context.layer == context.layerCount { facts.say(.activationPrediction) }
        if let outputs = facts.sampledValues() {
            facts.sayNumbers(of: function, outputs)
        }
        facts.say(keys.slope)
        if let outputs = context.event.values {
            facts.saySlopes(of: function, outputs)
        }
        return facts
    }

    /// The sums `Z` this activation was applied to, when kept and of the same shape.
    private func sums(like outputs: Matrix) -> Matrix? {
        operand(0).flatMap { $0.hasSameShape(as: outputs) ? $0 : nil }
    }

    /// What `f` did to this step's numbers.
    private mutating func sayNumbers(of function: Activation, _ outputs: Matrix) {
        let z = sums(like: outputs)
        let total = outputs.elements.count
        let range = ["min": Numbers.fixed(outputs.smallest?.value ?? 0), "max": Numbers.fixed(outputs.largest?.value ?? 0)]
        switch function {
        case .heaviside:
            let fired = outputs.elements.filter { $0 > 0 }.count
            say(.heavisideFired, ["fired": String(fired), "total": String(total), "silent": String(total - fired)])
            if outputs.columns == 1, outputs.rows <= 8 {
                let cases = (0..<outputs.rows).map { example($0) + " → " + Numbers.compact(outputs[$0, 0]) }
                say(.heavisidePredictions, ["cases": cases.joined(separator: "; ")])
            }
            return
        case .relu:
            let zeroed = z.map { $0.elements.filter { $0 <= 0 }.count } ?? outputs.elements.filter { $0 == 0 }.count
            say(.reluZeroed, ["total": String(total), "zeroed": String(zeroed), "kept": String(total - zeroed)])
        case .leakyRelu, .elu:
            if let z, let lowest = z.smallest, lowest.value <= 0 {
                let negatives = z.elements.filter { $0 <= 0 }.count
                say(function == .elu ? .eluNegatives : .leakyReluNegatives, [
                    "negative": String(negatives), "total": String(total), "minZ": Numbers.fixed(lowest.value),
                    "minA": Numbers.fixed(outputs[lowest.row, lowest.column]),
                ])
            }
        case .tanh:
            let saturated = outputs.elements.filter { abs($0) > 0.9 }.count
            if saturated > 0 { say(.tanhSaturated, ["count": String(saturated), "total": String(total)]) }
        default:
            break
        }
        say(.activationRange, range)
    }

    /// The slopes `f'(Z)` of this step, where they vary: their range, and for ReLU the neurons
    /// that no example switched on.
    private mutating func saySlopes(of function: Activation, _ outputs: Matrix) {
        switch function {
        case .tanh, .elu, .gelu, .swish:
            guard function == .tanh || sums(like: outputs) != nil else { return }
            let z = sums(like: outputs) ?? outputs
            let slopes = outputs.elements.indices.map { function.derivative(z: z.elements[$0], a: outputs.elements[$0]) }
            say(.activationSlopeRange, ["minSlope": Numbers.fixed(slopes.min() ?? 0),
                                        "maxSlope": Numbers.fixed(slopes.max() ?? 0)])
        case .relu:
            guard context.event.shape.dimensions.count == 2, outputs.rows > 1 else { return }
            let silent = (0..<outputs.columns).filter { j in outputs.columnValues(j).allSatisfy { $0 <= 0 } }
            guard !silent.isEmpty else { return }
            say(.reluDead, ["neurons": phrases.list(silent.prefix(8).map { String($0 + 1) })
                                + (silent.count > 8 ? "…" : ""), "count": String(silent.count)])
        default:
            break
        }
    }
}

/// The catalog keys of each element-wise activation.
private struct ActivationKeys {
    let title: CatalogKey
    let meaning: CatalogKey
    let slope: CatalogKey

    init(_ function: Activation) {
        switch function {
        case .heaviside: (title, meaning, slope) = (.heavisideTitle, .heavisideMeaning, .heavisideSlope)
        case .tanh: (title, meaning, slope) = (.tanhTitle, .tanhMeaning, .tanhSlope)
        case .relu: (title, meaning, slope) = (.reluTitle, .reluMeaning, .reluSlope)
        case .leakyRelu: (title, meaning, slope) = (.leakyReluTitle, .leakyReluMeaning, .leakyReluSlope)
        case .elu: (title, meaning, slope) = (.eluTitle, .eluMeaning, .eluSlope)
        case .gelu: (title, meaning, slope) = (.geluTitle, .geluMeaning, .geluSlope)
        case .swish: (title, meaning, slope) = (.swishTitle, .swishMeaning, .swishSlope)
        case .linear, .sigmoid, .softmax: (title, meaning, slope) = (.linearTitle, .linearMeaning, .linearSlope)
        }
    }
}
