import Trace

extension Facts {
    /// `W_l` or `b_l` at the start of an epoch: what its rows and columns connect. When the
    /// network is known, the layer's real input (`P₁`, `F`, `D₂`…) and, for a convolution, its
    /// filters, one per column.
    static func parameter(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let isBias = context.event.name.hasPrefix("b")
        let input = context.inputName(ofLayer: context.layer)
        let kernel = context.kernel(ofLayer: context.layer)
        var facts = Facts(title: isBias ? .biasTitle : .weightsTitle, context: context, phrases: phrases)
        facts.set(["input": Notation.symbol(for: input)])
        if let kernel {
            let channels = context.event.shape.rows / max(kernel * kernel, 1)
            facts.set(["filters": String(context.event.shape.columns), "patchSize": String(context.event.shape.rows),
                       "patch": "\(channels)×\(kernel)×\(kernel)"])
            facts.say(isBias ? .biasConvolution : .weightsConvolution)
        } else {
            facts.say(isBias ? .biasMeaning : .weightsMeaning)
        }
        facts.say(context.event.epoch == 1 ? .parameterFirstEpoch : .parameterLaterEpoch)
        guard let matrix = facts.sampledValues() else { return facts }
        if isBias {
            let list = (0..<matrix.columns).prefix(4).map { "\(Numbers.fixed(matrix[0, $0])) (\(phrases.neuron($0)))" }
            facts.say(.biasValues, ["list": phrases.list(list)])
        } else if let top = matrix.largestMagnitude, matrix.elements.count > 1 {
            if kernel != nil {
                facts.say(.weightsLargestFilter, [
                    "value": Numbers.fixed(top.value), "position": phrases.position(top), "filter": String(top.column + 1),
                ])
            } else {
                facts.say(.weightsLargest, [
                    "value": Numbers.fixed(top.value), "position": phrases.position(top),
                    "source": phrases.source(top.row, of: input), "neuron": phrases.neuron(top.column),
                ])
            }
        }
        return facts
    }
}
