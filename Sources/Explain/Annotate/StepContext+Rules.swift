import Trace

/// What a step's own formula says about the rules of the run: which activation a delta
/// differentiates, how adjustments are reduced and applied. Traces keep every step's formula,
/// so this works for a saved trace as well as for a lesson trained now.
extension StepContext {
    /// The activation whose slope a delta step multiplies by: the `f` of `f'(Z)` in its formula
    /// (`σ'(Z₂)`, `ReLU'(Z₁)`), else the network's layer when known, else the notes' sigmoid.
    var slopeActivation: Activation {
        let byLength = Activation.allCases.sorted { $0.symbol.count > $1.symbol.count }
        if let named = byLength.first(where: { event.formula.contains($0.symbol + "'(") }) { return named }
        return activation(ofLayer: layer) ?? .sigmoid
    }

    /// The activation of weight layer `layer` (from 1), when the network is known.
    func activation(ofLayer layer: Int) -> Activation? {
        guard let layers = network?.weightLayers, layer >= 1, layer <= layers.count else { return nil }
        return layers[layer - 1].activation
    }

    /// The value weight layer `layer` reads: `P1`, `F`, `D2` when the network is known, otherwise
    /// the notes' `A_{l−1}` (`X` for the first layer).
    func inputName(ofLayer layer: Int) -> String {
        if let stages = network?.layout.weightStages, layer >= 1, layer <= stages.count {
            return stages[layer - 1].inputName
        }
        return Notation.activationName(layer - 1)
    }

    /// The filter side `k` of weight layer `layer` when the network says it is a convolution.
    func kernel(ofLayer layer: Int) -> Int? {
        guard let layers = network?.weightLayers, layer >= 1, layer <= layers.count,
              case .conv2d(let kernel) = layers[layer - 1].kind else { return nil }
        return kernel
    }

    /// How an adjustment step (`ΔW`, `Δb`) or an update computes its numbers.
    var rule: TrainingRule { TrainingRule(formula: event.formula) }
}

/// The rules of an adjustment, read from the formulas ``PlanBuilder`` writes:
///
/// - `ΔW₁ = η·Xᵀ·δ₁` (the notes' sum) or `ΔW₁ = (η/|B|)·Xᵀ·δ₁` (a mean over the batch);
/// - `ΔW₁ = μ·ΔW₁ₚᵣₑᵥ + …` (momentum) or `ΔW₁ = η·m̂/(√v̂ + ε), g = …` (Adam);
/// - `… − η·λ·W₁` or `… + λ·W₁` (an L2 penalty);
/// - `W₁ ← W₁ + ΔW₁` (the notes' sign) or `W₁ ← W₁ − ΔW₁` (the gradient's sign).
struct TrainingRule: Equatable {
    enum Optimizer: Equatable { case gradientDescent, momentum, adam }

    /// Whether the batch's gradient is divided by its size, `η/|B|`.
    var averages: Bool
    /// The optimiser that turns the gradient into the adjustment.
    var optimizer: Optimizer
    /// Whether an L2 penalty `λ·W` is part of the adjustment.
    var penalises: Bool
    /// Whether the update subtracts the adjustment (`W ← W − ΔW`).
    var subtracts: Bool

    init(formula: String) {
        averages = formula.contains("η/|B|")
        optimizer = formula.contains("m̂") ? .adam : formula.contains("μ·") ? .momentum : .gradientDescent
        penalises = formula.contains("λ")
        subtracts = formula.contains("← ") && formula.contains(" − Δ")
    }

    /// Whether the adjustment is exactly the factor times the product, so that sums of the
    /// product can be written out: plain gradient descent without a penalty.
    var isPlainProduct: Bool { optimizer == .gradientDescent && !penalises }
}
