import Trace

extension Facts {
    /// `dA_L = ∂loss/∂A_L`: the loss's slope at each prediction, which the next step multiplies
    /// by the activation's slope (the chain rule); which loss it is, recognised from these
    /// numbers, and its largest entry.
    static func lossGradient(_ context: StepContext, _ phrases: Phrases) -> Facts {
        var facts = Facts(title: .lossGradientTitle, context: context, phrases: phrases)
        facts.set(["prediction": facts.symbol(1)])
        facts.say(.lossGradientMeaning)
        guard let gradient = facts.sampledValues() else { return facts }
        if let targets = facts.operand(0), let prediction = facts.operand(1), targets.hasSameShape(as: gradient),
           prediction.hasSameShape(as: gradient), let loss = Self.loss(of: gradient, targets, prediction) {
            switch loss {
            case .squaredError: facts.say(.lossGradientSquared)
            case .meanAbsoluteError: facts.say(.lossGradientAbsolute)
            case .binaryCrossEntropy: facts.say(.lossGradientBinary)
            case .crossEntropy: facts.say(.lossGradientCrossEntropy)
            }
        }
        if let top = gradient.largestMagnitude, top.value != 0 {
            facts.say(.lossGradientLargest, [
                "example": facts.example(top.row), "neuron": phrases.neuron(top.column), "value": Numbers.fixed(top.value),
            ])
        }
        return facts
    }

    /// The loss whose gradient `∂L/∂A` (see ``LossOp``) these numbers are, if one matches.
    static func loss(of gradient: Matrix, _ targets: Matrix, _ prediction: Matrix) -> Loss? {
        Loss.allCases.first { loss in
            let expected = LossOp.gradient(loss, prediction: prediction, targets: targets)
            return zip(expected.elements, gradient.elements).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($0)) }
        }
    }
}
