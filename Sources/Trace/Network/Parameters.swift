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
    /// rest drawn from `generator` by `initialization` (uniformly in `[−1, 1)` for the notes'
    /// ``Initialization/uniform``), layer by layer, weights before bias, each row-major.
    ///
    /// Drawing happens for every parameter in that fixed order even when a given value replaces
    /// it, so giving `W1` does not change the random `W2` of the same seed.
    public static func initial(for spec: NetworkSpec, given: [String: Matrix],
                               initialization: Initialization = .uniform,
                               generator: inout SplitMix64) -> Parameters {
        var weights: [Matrix] = []
        var biases: [Matrix] = []
        for l in 1...spec.depth {
            let weightShape = spec.weightShape(ofLayer: l)
            let fanIn = Double(weightShape.dimensions[0]), fanOut = Double(weightShape.dimensions[1])
            let w: Matrix, b: Matrix
            switch initialization {
            case .uniform:
                w = random(weightShape, limit: 1, &generator)
                b = random(spec.biasShape(ofLayer: l), limit: 1, &generator)
            case .xavier:
                w = random(weightShape, limit: (6 / (fanIn + fanOut)).squareRoot(), &generator)
                b = Matrix(rows: 1, columns: weightShape.dimensions[1])
            case .he:
                w = random(weightShape, limit: (6 / fanIn).squareRoot(), &generator)
                b = Matrix(rows: 1, columns: weightShape.dimensions[1])
            }
            weights.append(given[Notation.weightName(l)] ?? w)
            biases.append(given[Notation.biasName(l)] ?? b)
        }
        return Parameters(weights: weights, biases: biases)
    }

    /// A matrix of `shape` uniform in `[−limit, limit)`.
    private static func random(_ shape: Shape, limit: Double, _ generator: inout SplitMix64) -> Matrix {
        let rows = shape.dimensions[0], columns = shape.dimensions[1]
        return Matrix(rows: rows, columns: columns,
                      elements: (0..<(rows * columns)).map { _ in generator.nextUniform(in: -limit, limit) })
    }
}
