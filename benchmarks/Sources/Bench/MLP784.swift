import Foundation
import Trace

/// The workload "MLP 784→128→64→10, 60,000 random samples, batch 64, 1 epoch, no trace", written
/// directly with `Matrix` and its in-place operations (the general trainer is not used), step
/// for step as `benchmarks/reference/mlp784_numpy.py`: the same numbers (nnstep's SplitMix64),
/// the same order of batches and the same formulas, in float64.
///
/// The notes' convention: ReLU hidden layers, softmax output, cross-entropy with mean
/// reduction, `δ₃ = A₃ − Y`, `W −= η·Aᵀ·δ / batch` and `b −= η·Σ_rows δ / batch`.
enum MLP784 {
    static let sizes = [784, 128, 64, 10]
    static let samples = 60_000
    static let batch = 64
    static let rate = 0.1

    /// Multiply-adds in the products of one epoch: per sample, the forward product and the
    /// weight gradient of every layer, and the deltas sent back to the two hidden layers.
    static var multiplyAdds: Int {
        let layers = (0..<3).map { sizes[$0] * sizes[$0 + 1] }
        return samples * (2 * layers.reduce(0, +) + layers[1] + layers[2])
    }

    /// The training data, cut into batches once (numpy slices its arrays without copying).
    struct Data {
        var inputs: [Matrix] = []
        var targets: [Matrix] = []
    }

    /// Inputs uniform in [0, 1) from seed 7, row after row; labels `next() % 10` from seed 8,
    /// one-hot.
    static func makeData() -> Data {
        var inputs = SplitMix64(seed: 7)
        var labels = SplitMix64(seed: 8)
        var data = Data()
        for first in stride(from: 0, to: samples, by: batch) {
            let rows = min(batch, samples - first)
            var x = [Double](repeating: 0, count: rows * sizes[0])
            for index in x.indices { x[index] = inputs.nextUnit() }
            var y = [Double](repeating: 0, count: rows * sizes[3])
            for row in 0..<rows { y[row * sizes[3] + Int(labels.next() % 10)] = 1 }
            data.inputs.append(Matrix(rows: rows, columns: sizes[0], elements: x))
            data.targets.append(Matrix(rows: rows, columns: sizes[3], elements: y))
        }
        return data
    }

    /// The weights and biases: `W_l` uniform in ±√(6 / (fan_in + fan_out)) from seed `l`, row
    /// after row; biases zero.
    struct Parameters {
        var weights: [Matrix]
        var biases: [Matrix]

        static func initial() -> Parameters {
            var weights: [Matrix] = []
            for layer in 0..<3 {
                let (fanIn, fanOut) = (sizes[layer], sizes[layer + 1])
                let limit = (6.0 / Double(fanIn + fanOut)).squareRoot()
                var generator = SplitMix64(seed: UInt64(layer + 1))
                weights.append(Matrix(rows: fanIn, columns: fanOut,
                                      elements: (0..<(fanIn * fanOut)).map { _ in generator.nextUniform(in: -limit, limit) }))
            }
            return Parameters(weights: weights, biases: (1...3).map { Matrix(rows: 1, columns: sizes[$0]) })
        }
    }

    /// The per-batch matrices, made once for a batch size and reused.
    struct Buffers {
        var z: [Matrix], a: [Matrix], delta: [Matrix], back: [Matrix]
        var weightGradients: [Matrix], biasGradients: [Matrix]

        init(rows: Int) {
            z = (1...3).map { Matrix(rows: rows, columns: sizes[$0]) }
            a = z
            delta = z
            back = z
            weightGradients = (0..<3).map { Matrix(rows: sizes[$0], columns: sizes[$0 + 1]) }
            biasGradients = (1...3).map { Matrix(rows: 1, columns: sizes[$0]) }
        }
    }

    /// One epoch over `data`, updating `parameters`; returns the mean of the batches' losses.
    static func epoch(_ data: Data, _ parameters: inout Parameters) -> Double {
        var buffers: [Int: Buffers] = [:]
        var total = 0.0
        for (x, y) in zip(data.inputs, data.targets) {
            let rows = x.rows
            // Taken out of the dictionary while in use, so that writing into them copies nothing.
            var b = buffers.removeValue(forKey: rows) ?? Buffers(rows: rows)
            // Forward: Z = A·W + b, ReLU twice, softmax.
            for layer in 0..<3 {
                Matrix.product(layer == 0 ? x : b.a[layer - 1], parameters.weights[layer], into: &b.z[layer])
                b.z[layer].addRow(parameters.biases[layer])
                if layer < 2 { Matrix.map(b.z[layer], into: &b.a[layer]) { max($0, 0) } }
            }
            softmaxRows(b.z[2], into: &b.a[2])
            total += crossEntropy(b.a[2], y)
            // Backward: δ₃ = A₃ − Y; δ_l = (δ_{l+1}·W_{l+1}ᵀ) ⊙ [Z_l > 0].
            Matrix.zipMap(b.a[2], y, into: &b.delta[2], -)
            for layer in stride(from: 1, through: 0, by: -1) {
                Matrix.productTransposingRight(b.delta[layer + 1], parameters.weights[layer + 1], into: &b.back[layer])
                Matrix.zipMap(b.back[layer], b.z[layer], into: &b.delta[layer]) { $0 * ($1 > 0 ? 1 : 0) }
            }
            // W −= (η / batch)·Aᵀ·δ, b −= (η / batch)·Σ_rows δ, last layer first.
            let step = -(rate / Double(rows))
            for layer in stride(from: 2, through: 0, by: -1) {
                Matrix.productTransposingLeft(layer == 0 ? x : b.a[layer - 1], b.delta[layer], into: &b.weightGradients[layer])
                b.weightGradients[layer].scale(by: step)
                parameters.weights[layer].add(b.weightGradients[layer])
                Matrix.columnSums(b.delta[layer], into: &b.biasGradients[layer])
                b.biasGradients[layer].scale(by: step)
                parameters.biases[layer].add(b.biasGradients[layer])
            }
            buffers[rows] = b
        }
        return total / Double(data.inputs.count)
    }

    /// Row-wise softmax, `exp(z − max)` over its sum, as numpy computes it.
    static func softmaxRows(_ z: Matrix, into a: inout Matrix) {
        for r in 0..<z.rows {
            var largest = -Double.infinity
            for c in 0..<z.columns { largest = max(largest, z[r, c]) }
            var sum = 0.0
            for c in 0..<z.columns {
                let e = exp(z[r, c] - largest)
                a[r, c] = e
                sum += e
            }
            for c in 0..<z.columns { a[r, c] /= sum }
        }
    }

    /// `−Σ Y·log A / rows`: the batch's mean cross-entropy.
    static func crossEntropy(_ a: Matrix, _ y: Matrix) -> Double {
        var sum = 0.0
        for r in 0..<a.rows {
            for c in 0..<a.columns where y[r, c] != 0 { sum += y[r, c] * log(a[r, c]) }
        }
        return -sum / Double(a.rows)
    }
}

extension MLP784 {
    /// The bench rows: the product that dominates the epoch (a batch of 64 through the first
    /// layer), then the epoch itself, each beside numpy measured in the same run.
    static func benchmarkRows(references: String) -> [Table.Row] {
        let script = references + "/mlp784_numpy.py"
        return [productRow(script), epochRow(script)]
    }

    /// `Matrix.product` of 64×784·784×128, median of 201 calls.
    static func productRow(_ script: String) -> Table.Row {
        var generator = SplitMix64(seed: 7)
        let a = Matrix(rows: 64, columns: 784, elements: (0..<(64 * 784)).map { _ in generator.nextUnit() })
        let b = Parameters.initial().weights[0]
        var c = Matrix(rows: 64, columns: 128)
        let product = Measure.median(runs: 201) { Matrix.product(a, b, into: &c) }
        let flops = 2.0 * 64 * 784 * 128
        let workload = "matrix product 64×784·784×128 (median of 201)"
        let nnstep = "\(Table.seconds(product)) (\(gigaflops(flops / product)))"
        switch Measure.reference(script, ["--matmul", "201"]) {
        case .success(let numpy):
            return .init(workload: workload, nnstep: nnstep, reference: "\(Table.seconds(numpy)) (\(gigaflops(flops / numpy)))",
                         ratio: String(format: "%.1f× numpy's time", product / numpy), target: "—", met: nil)
        case .failure(let missing):
            return .init(workload: workload, nnstep: nnstep, reference: "skipped: \(missing.reason)", ratio: "—",
                         target: "—", met: nil)
        }
    }

    /// One epoch, median of 3, each from the same initial weights (making the data is not
    /// timed). Peak memory is the whole process's: both hold the 60,000 × 784 inputs (376 MB).
    /// The two mean losses must agree (to 1e-9, relative) for the row to count as met.
    static func epochRow(_ script: String) -> Table.Row {
        let data = makeData()
        let initial = Parameters.initial()
        var loss = 0.0
        let epoch = Measure.median(runs: 3) {
            var trained = initial
            loss = MLP784.epoch(data, &trained)
        }
        let peak = Measure.peakMemoryOfThisProcess
        let nnstep = "\(Table.seconds(epoch)) (products \(gigaflops(2 * Double(multiplyAdds) / epoch)); "
            + "\(Table.megabytes(peak)) peak)"
        let workload = "MLP 784→128→64→10, 60,000 random samples, batch 64, 1 epoch, no trace"
        let target = "≤ 1.5× numpy's time"
        switch Measure.referenceWords(script, ["--runs", "3"]) {
        case .success(let words):
            let numpy = Double(words[0])!
            let numpyLoss = words.count > 1 ? Double(words[1]) ?? .nan : .nan
            let numpyPeak = words.count > 3 ? Int(words[3]) ?? 0 : 0
            let agree = abs(loss - numpyLoss) <= 1e-9 * abs(numpyLoss)
            let check = agree ? String(format: "mean loss %.6f in both", loss)
                : String(format: "**mean losses differ: %.12f, numpy %.12f**", loss, numpyLoss)
            return .init(workload: "\(workload) (\(check))", nnstep: nnstep,
                         reference: "\(Table.seconds(numpy)) (\(Table.megabytes(numpyPeak)) peak)",
                         ratio: String(format: "%.2f× numpy's time", epoch / numpy), target: target,
                         met: agree && epoch <= 1.5 * numpy)
        case .failure(let missing):
            return .init(workload: "\(workload) (mean loss \(String(format: "%.6f", loss)))", nnstep: nnstep,
                         reference: "skipped: \(missing.reason)", ratio: "—", target: target, met: nil)
        }
    }

    /// `12.3 GFLOP/s`.
    static func gigaflops(_ perSecond: Double) -> String { String(format: "%.1f GFLOP/s", perSecond / 1e9) }
}
