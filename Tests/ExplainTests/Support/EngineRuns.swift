import Foundation
import Trace

/// Small networks of every kind the engine trains, run for real in memory: their events carry the
/// engine's own names, formulas and numbers.
enum EngineRuns {
    /// A deterministic 0…1 value per (row, column), to build data.
    private static func data(rows: Int, columns: Int, seed: Int) -> Matrix {
        Matrix(rows: rows, columns: columns, elements: (0..<(rows * columns)).map { Double(($0 * 37 + seed * 11) % 17) / 16 })
    }

    /// One-hot targets of `classes` classes, class `row % classes` for each row.
    private static func oneHot(rows: Int, classes: Int) -> Matrix {
        var y = Matrix(rows: rows, columns: classes)
        for row in 0..<rows { y[row, row % classes] = 1 }
        return y
    }

    /// Trains `lesson` for `epochs` epochs keeping every epoch.
    static func record(_ lesson: Lesson, epochs: Int = 2) throws -> Recording {
        var sink = MemorySink(sampling: .all, totalEpochs: epochs)
        var trainer = lesson.makeTrainer()
        for epoch in 1...epochs { try trainer.runEpoch(epoch, into: &sink) }
        return Recording(header: TraceHeader(lesson: lesson), events: sink.events)
    }

    private static func lesson(_ name: String, _ network: NetworkSpec, inputs: Matrix, targets: Matrix,
                               configure: (inout TrainingSettings) -> Void = { _ in },
                               test: HeldOutSet? = nil) -> Lesson {
        var settings = TrainingSettings(learningRate: 0.1, epochs: 2, seed: 7, sampling: .all)
        configure(&settings)
        var lesson = Lesson(name: name, title: name, summary: "", section: nil, network: network, inputs: inputs,
                            targets: targets, training: settings, initialValues: [:])
        lesson.testSet = test
        return lesson
    }

    /// §3's MLP in miniature: ReLU then softmax, cross-entropy, mini-batches of 2, a test set.
    static func digits() throws -> Recording {
        let network = NetworkSpec(inputs: 4, layers: [LayerSpec(units: 3, activation: .relu),
                                                      LayerSpec(units: 3, activation: .softmax)])
        return try record(lesson("digitos", network, inputs: data(rows: 4, columns: 4, seed: 1),
                                 targets: oneHot(rows: 4, classes: 3), configure: {
                                     $0.loss = .crossEntropy
                                     $0.batchSize = 2
                                 }, test: HeldOutSet(inputs: data(rows: 3, columns: 4, seed: 2),
                                                     targets: oneHot(rows: 3, classes: 3))))
    }

    /// §4's CNN in miniature: conv 2@3×3 + ReLU, 2×2 max pooling, flatten, dropout, softmax.
    static func convolutional() throws -> Recording {
        let network = NetworkSpec(inputImage: TensorShape(channels: 1, height: 6, width: 6), layers: [
            .conv2d(filters: 2, kernel: 3, activation: .relu), .maxPool(size: 2), .flatten, .dropout(rate: 0.5),
            LayerSpec(units: 3, activation: .softmax),
        ])
        return try record(lesson("cnn", network, inputs: data(rows: 3, columns: 36, seed: 3),
                                 targets: oneHot(rows: 3, classes: 3), configure: { $0.loss = .crossEntropy }))
    }

    /// The perceptron of §1 learning AND.
    static func perceptron() throws -> Recording {
        let network = NetworkSpec(inputs: 2, layers: [LayerSpec(units: 1, activation: .heaviside)])
        return try record(lesson("perceptron", network, inputs: Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]),
                                 targets: Matrix([[0], [0], [0], [1]])))
    }

    /// A 4-layer network with `hidden` activations, squared error, averaged, with momentum and L2.
    static func deep(_ hidden: Activation, optimizer: Optimizer = .momentum(0.9), loss: Loss = .squaredError) throws -> Recording {
        let network = NetworkSpec(inputs: 3, layers: [LayerSpec(units: 4, activation: hidden),
                                                      LayerSpec(units: 4, activation: hidden),
                                                      LayerSpec(units: 3, activation: hidden),
                                                      LayerSpec(units: 1, activation: .sigmoid)])
        return try record(lesson("profunda", network, inputs: data(rows: 4, columns: 3, seed: 5),
                                 targets: Matrix([[0], [1], [1], [0]]), configure: {
                                     $0.reduction = .mean
                                     $0.optimizer = optimizer
                                     $0.l2 = 0.01
                                     $0.loss = loss
                                 }))
    }

    /// Every run above.
    static func all() throws -> [Recording] {
        [try digits(), try convolutional(), try perceptron(), try deep(.relu),
         try deep(.tanh, optimizer: .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8), loss: .binaryCrossEntropy),
         try deep(.leakyRelu, optimizer: .gradientDescent, loss: .meanAbsoluteError)]
    }
}
