import Trace

/// A three-line picture of the network's data path with the current step marked:
///
///     adelante   X ──▶ Z₁ ─σ─▶ A₁ ──▶ Z₂ ─σ─▶ A₂ ──▶ error ──▶ loss
///     atrás              δ_hidden ◀── Error_hidden ◀── δ_out ◀── error
///     ajuste     W₂ b₂ ← ΔW₂ Δb₂ · W₁ b₁ ← ΔW₁ Δb₁
///
/// The step's result is shown as `⟦δ_out⟧`, so the student sees where in the gradient flow the
/// step is, in any terminal and in plain text.
public struct NetworkDiagram: Sendable {
    /// The network drawn.
    public let network: NetworkSpec

    /// A diagram of `network`.
    public init(network: NetworkSpec) {
        self.network = network
    }

    /// The lines of the diagram with `current` (a canonical name) marked; `labels` are the
    /// three row titles (forward, backward, update).
    public func lines(current: String, phase: Phase, labels: [String]) -> [String] {
        let depth = network.depth
        func mark(_ name: String, when isCurrent: Bool) -> String {
            let symbol = Notation.symbol(for: name)
            return isCurrent ? "⟦\(symbol)⟧" : symbol
        }
        func token(_ name: String, in phases: Set<Phase>) -> String {
            mark(name, when: name == current && phases.contains(phase))
        }
        var forward = [token("X", in: [.forward])]
        for l in 1...depth {
            let f = network.layers[l - 1].activation.symbol
            forward.append("──▶ " + token(Notation.sumName(l), in: [.forward]) + " ─\(f)─▶ "
                           + token(Notation.activationName(l), in: [.forward]))
        }
        forward.append("──▶ " + token("error", in: [.error]) + " ──▶ " + token("loss", in: [.error]))

        var backward: [String] = []
        for l in 1...depth {
            let delta = token(Notation.deltaName(l, depth: depth), in: [.backward])
            if l < depth {
                backward.append(delta + " ◀── " + token(Notation.backErrorName(l, depth: depth), in: [.backward]) + " ◀──")
            } else {
                backward.append(delta + " ◀── error")
            }
        }
        var update: [String] = []
        for l in stride(from: depth, through: 1, by: -1) {
            let w = token(Notation.weightName(l), in: [.update]), b = token(Notation.biasName(l), in: [.update])
            let dw = token(Notation.weightGradientName(l), in: [.update]), db = token(Notation.biasGradientName(l), in: [.update])
            update.append("\(w) \(b) ← \(dw) \(db)")
        }
        let width = labels.map(\.count).max() ?? 0
        func titled(_ index: Int, _ text: String) -> String {
            TextLayout.pad(index < labels.count ? labels[index] : "", to: width) + "  " + text
        }
        return [
            titled(0, forward.joined(separator: " ")),
            titled(1, backward.joined(separator: " ")),
            titled(2, update.joined(separator: " · ")),
        ]
    }
}
