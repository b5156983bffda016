import Trace

extension Facts {
    /// `W_l` or `b_l` at the start of an epoch: what its rows and columns connect.
    static func parameter(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let isBias = context.event.name.hasPrefix("b")
        let input = Notation.activationName(context.layer - 1)
        var facts = Facts(title: isBias ? .biasTitle : .weightsTitle, context: context, phrases: phrases)
        facts.set(["input": Notation.symbol(for: input)])
        facts.say(isBias ? .biasMeaning : .weightsMeaning)
        facts.say(context.event.epoch == 1 ? .parameterFirstEpoch : .parameterLaterEpoch)
        guard let matrix = facts.sampledValues() else { return facts }
        if isBias {
            let list = (0..<matrix.columns).prefix(4).map { "\(Numbers.fixed(matrix[0, $0])) (\(phrases.neuron($0)))" }
            facts.say(.biasValues, ["list": phrases.list(list)])
        } else if let top = matrix.largestMagnitude, matrix.elements.count > 1 {
            facts.say(.weightsLargest, [
                "value": Numbers.fixed(top.value), "position": phrases.position(top),
                "source": phrases.source(top.row, of: input), "neuron": phrases.neuron(top.column),
            ])
        }
        return facts
    }
}
