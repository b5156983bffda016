import Foundation

/// Turns a layer's summed gradient product into the adjustment applied to it, remembering
/// what momentum and Adam need from one batch to the next.
///
/// The raw value handed in is `R = Aᵀ·δ` (or `Σ δ` for a bias) in the lesson's sign: for the
/// notes' squared error δ is minus the gradient and the parameter gets `+ ΔW`; for the other
/// losses δ is the gradient and the parameter gets `− ΔW` (``PlanBuilder/addsChanges``). With
/// `s = +1` in the first case and `−1` in the second, and `k = η` (sum) or `η/|B|` (mean):
///
///     gradient descent:  ΔW = k·R − s·η·λ·W
///     momentum:          V ← μ·V + (k·R − s·η·λ·W),   ΔW = V
///     Adam:              g = −s·(k/η)·R + λ·W,  m ← β₁m + (1−β₁)g,  v ← β₂v + (1−β₂)g²,
///                        ΔW = −s·η·m̂/(√v̂ + ε),  m̂ = m/(1−β₁ᵗ),  v̂ = v/(1−β₂ᵗ)
///
/// so that `W ← W + s·ΔW` is always a step downhill. λ applies to weights only.
struct OptimizerState: Sendable {
    let settings: TrainingSettings
    let sign: Double
    /// Velocities (momentum) or first moments (Adam), one per weight matrix then per bias.
    private var first: [Matrix]
    /// Second moments (Adam).
    private var second: [Matrix]
    /// Adam's step count `t`.
    private(set) var steps = 0

    init(settings: TrainingSettings, adds: Bool, parameters: Parameters) {
        self.settings = settings
        self.sign = adds ? 1 : -1
        let shapes = parameters.weights + parameters.biases
        switch settings.optimizer {
        case .gradientDescent:
            first = []
            second = []
        case .momentum:
            first = shapes.map { Matrix(rows: $0.rows, columns: $0.columns) }
            second = []
        case .adam:
            first = shapes.map { Matrix(rows: $0.rows, columns: $0.columns) }
            second = first
        }
    }

    /// Counts one more batch (Adam's bias correction uses the count).
    mutating func beginBatch() { steps += 1 }

    /// Replaces the raw product `change` of parameter `index` (weights `0..<L`, then biases)
    /// by its adjustment, given the parameter's current value and the batch size.
    mutating func adjust(_ change: inout Matrix, parameter: Matrix, index: Int, isWeight: Bool, batchRows: Int) {
        let eta = settings.learningRate
        let factor = settings.reduction == .mean ? eta / Double(batchRows) : eta
        let lambda = isWeight ? settings.l2 : 0
        switch settings.optimizer {
        case .gradientDescent:
            change.scale(by: factor)
            if lambda > 0 { Matrix.addScaled(parameter, by: -sign * eta * lambda, into: &change) }
        case .momentum(let mu):
            change.scale(by: factor)
            if lambda > 0 { Matrix.addScaled(parameter, by: -sign * eta * lambda, into: &change) }
            first[index].scale(by: mu)
            first[index].add(change)
            change = first[index]
        case .adam(let beta1, let beta2, let epsilon):
            let t = Double(steps)
            let correction1 = 1 - pow(beta1, t), correction2 = 1 - pow(beta2, t)
            let gradientFactor = -sign * factor / eta
            let s = sign
            change.elements.withUnsafeMutableBufferPointer { c in
                parameter.elements.withUnsafeBufferPointer { p in
                    first[index].elements.withUnsafeMutableBufferPointer { m in
                        second[index].elements.withUnsafeMutableBufferPointer { v in
                            for i in 0..<c.count {
                                let g = gradientFactor * c[i] + lambda * p[i]
                                m[i] = beta1 * m[i] + (1 - beta1) * g
                                v[i] = beta2 * v[i] + (1 - beta2) * g * g
                                let step = eta * (m[i] / correction1) / ((v[i] / correction2).squareRoot() + epsilon)
                                c[i] = -s * step
                            }
                        }
                    }
                }
            }
        }
    }
}
