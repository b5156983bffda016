/// The trainable values of a network: `W_l` and `b_l` for every layer `l` from 1 to `L`.
public struct Parameters: Equatable, Sendable {
    /// `weights[l − 1]` is `W_l`.
    public var weights: [Matrix]
    /// `biases[l − 1]` is `b_l`.
    public var biases: [Matrix]

    /// Parameters from their matrices, first layer first.
    public init(weights: [Matrix], biases: [Matrix]) {
        self.weights = weights
        self.biases = biases
    }

    /// Parameters for `spec`: the matrices in `given` (keyed `W1`, `b1`, …) where present, the
    /// rest drawn from `generator` uniformly in `[−1, 1)`, layer by layer, weights before bias,
    /// each row-major.
    ///
    /// Drawing happens for every parameter in that fixed order even when a given value replaces
    /// it, so giving `W1` does not change the random `W2` of the same seed.
    public static func initial(for spec: NetworkSpec, given: [String: Matrix],
                               generator: inout SplitMix64) -> Parameters {
        var weights: [Matrix] = []
        var biases: [Matrix] = []
        for l in 1...spec.depth {
            let w = random(spec.weightShape(ofLayer: l), &generator)
            let b = random(spec.biasShape(ofLayer: l), &generator)
            weights.append(given[Notation.weightName(l)] ?? w)
            biases.append(given[Notation.biasName(l)] ?? b)
        }
        return Parameters(weights: weights, biases: biases)
    }

    private static func random(_ shape: Shape, _ generator: inout SplitMix64) -> Matrix {
        let rows = shape.dimensions[0], columns = shape.dimensions[1]
        return Matrix(rows: rows, columns: columns,
                      elements: (0..<(rows * columns)).map { _ in generator.nextUniform(in: -1, 1) })
    }
}
