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
        parameter.withUnsafeMatrix { p in
            change.withUnsafeMutableMatrix { adjust($0, parameter: p, index: index, isWeight: isWeight, batchRows: batchRows) }
        }
    }

    /// ``adjust(_:parameter:index:isWeight:batchRows:)`` on views: the trainer's form. Inlined in
    /// the loop for gradient descent; momentum and Adam run out of line.
    @inline(__always)
    mutating func adjust(_ change: UnsafeMatrix, parameter: UnsafeMatrix, index: Int, isWeight: Bool, batchRows: Int) {
        let eta = settings.learningRate
        let factor = settings.reduction == .mean ? eta / Double(batchRows) : eta
        let lambda = isWeight ? settings.l2 : 0
        switch settings.optimizer {
        case .gradientDescent:
            change.scale(by: factor)
            if lambda > 0 { UnsafeMatrix.addScaled(parameter, by: -sign * eta * lambda, into: change) }
        case .momentum(let mu):
            momentum(mu, change, parameter: parameter, index: index, factor: factor, lambda: lambda)
        case .adam(let beta1, let beta2, let epsilon):
            adam(beta1, beta2, epsilon, change, parameter: parameter, index: index, factor: factor, lambda: lambda)
        }
    }

    /// `V ← μ·V + (k·R − s·η·λ·W)`, `ΔW = V`.
    @inline(never)
    private mutating func momentum(_ mu: Double, _ change: UnsafeMatrix, parameter: UnsafeMatrix, index: Int,
                                   factor: Double, lambda: Double) {
        change.scale(by: factor)
        if lambda > 0 { UnsafeMatrix.addScaled(parameter, by: -sign * settings.learningRate * lambda, into: change) }
        first[index].withUnsafeMutableMatrix { velocity in
            velocity.scale(by: mu)
            velocity.add(change)
            change.copy(from: velocity)
        }
    }

    /// Adam's rule (see ``AdamRule``).
    @inline(never)
    private mutating func adam(_ beta1: Double, _ beta2: Double, _ epsilon: Double, _ change: UnsafeMatrix,
                               parameter: UnsafeMatrix, index: Int, factor: Double, lambda: Double) {
        let eta = settings.learningRate, t = Double(steps)
        let rule = AdamRule(eta: eta, beta1: beta1, beta2: beta2, epsilon: epsilon,
                            correction1: 1 - pow(beta1, t), correction2: 1 - pow(beta2, t),
                            gradientFactor: -sign * factor / eta, lambda: lambda, sign: sign)
        first[index].withUnsafeMutableMatrix { m in
            second[index].withUnsafeMutableMatrix { v in
                let job = AdamJob(rule: rule, change: change, parameter: parameter, m: m, v: v)
                if job.chunks > 1 { ParallelCrew.shared.run(job) } else { job.compute(chunk: 0) }
            }
        }
    }
}

/// Adam's rule for one batch, element by element, two elements at a time (each lane computes
/// exactly what the scalar formula does: SIMD adds, multiplies, divides and square roots round
/// every lane as the scalar operations do).
private struct AdamRule {
    typealias Lanes = SIMD2<Double>
    let eta, beta1, beta2, epsilon, correction1, correction2, gradientFactor, lambda, sign: Double

    /// `g = f·c + λ·p`, `m ← β₁m + (1−β₁)g`, `v ← β₂v + (1−β₂)g²`, `c = −s·η·(m/c₁)/(√(v/c₂) + ε)`.
    @inline(__always)
    func step(_ c: Lanes, _ p: Lanes, _ m: inout Lanes, _ v: inout Lanes) -> Lanes {
        let g = gradientFactor * c + lambda * p
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        let step = eta * (m / correction1) / ((v / correction2).squareRoot() + epsilon)
        return -sign * step
    }

    /// The rule on elements `elements` of the four matrices.
    func apply(change: UnsafeMatrix, parameter: UnsafeMatrix, m: UnsafeMatrix, v: UnsafeMatrix, elements: Range<Int>) {
        let count = elements.upperBound
        let c = UnsafeMutableRawPointer(change.elements.baseAddress!)
        let p = UnsafeRawPointer(parameter.elements.baseAddress!)
        let mm = UnsafeMutableRawPointer(m.elements.baseAddress!), vv = UnsafeMutableRawPointer(v.elements.baseAddress!)
        var index = elements.lowerBound
        while index + Lanes.scalarCount <= count {
            let offset = index * MemoryLayout<Double>.stride
            var mLanes = mm.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
            var vLanes = vv.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
            let result = step(c.loadUnaligned(fromByteOffset: offset, as: Lanes.self),
                              p.loadUnaligned(fromByteOffset: offset, as: Lanes.self), &mLanes, &vLanes)
            c.storeBytes(of: result, toByteOffset: offset, as: Lanes.self)
            mm.storeBytes(of: mLanes, toByteOffset: offset, as: Lanes.self)
            vv.storeBytes(of: vLanes, toByteOffset: offset, as: Lanes.self)
            index += Lanes.scalarCount
        }
        // The last few elements in lanes padded with zeros.
        guard index < count else { return }
        var (cLanes, pLanes, mLanes, vLanes) = (Lanes(), Lanes(), Lanes(), Lanes())
        for lane in 0..<(count - index) {
            cLanes[lane] = change.elements[index + lane]
            pLanes[lane] = parameter.elements[index + lane]
            mLanes[lane] = m.elements[index + lane]
            vLanes[lane] = v.elements[index + lane]
        }
        let result = step(cLanes, pLanes, &mLanes, &vLanes)
        for lane in 0..<(count - index) {
            change.elements[index + lane] = result[lane]
            m.elements[index + lane] = mLanes[lane]
            v.elements[index + lane] = vLanes[lane]
        }
    }
}

/// Adam's rule on one large matrix, its elements shared among the cores in equal runs (every
/// element's arithmetic is its own, so the numbers are the same whoever computes them).
private struct AdamJob: ParallelJob, @unchecked Sendable {
    /// Below this many elements (about 10 µs of work) the rule runs on the calling thread.
    static let parallelElements = 4_096

    let rule: AdamRule
    let change, parameter, m, v: UnsafeMatrix

    var chunks: Int { change.count < Self.parallelElements ? 1 : ParallelCrew.cores }

    func compute(chunk: Int) {
        let count = change.count, chunks = chunks
        // Runs of whole lanes: the last chunk takes the odd element, if any.
        let first = count / 2 * chunk / chunks * 2
        let last = chunk == chunks - 1 ? count : count / 2 * (chunk + 1) / chunks * 2
        guard first < last else { return }
        rule.apply(change: change, parameter: parameter, m: m, v: v, elements: first..<last)
    }
}
