import Foundation
import Trace
@testable import nnstep

/// A small convolutional network whose values are known, for the stepper's and the debugger's
/// views of values with channels, filters and mini-batches.
///
/// Images of 1×6×6; conv 2@3×3 with ReLU → 2×4×4; max-pool 2×2 → 2×2×2; flatten → 8; dense 2
/// with the sigmoid and the notes' squared error. Three examples in batches of two, so every
/// epoch has two mini-batches and ends with its summary (`epoch_loss`); two epochs, both kept.
enum TensorFixtures {
    /// Pixel `i` of example `e` is ((36e + i) mod 7) / 10.
    static func pixel(_ example: Int, _ index: Int) -> Double { Double((36 * example + index) % 7) / 10 }

    /// Entry (r, f) of W1 [9×2] is (2r + f)/100 − 0.05: filter f at kernel row i, column j is
    /// entry (3i + j, f).
    static func w1(_ row: Int, _ filter: Int) -> Double { Double(2 * row + filter) / 100 - 0.05 }

    static let network = NetworkSpec(inputImage: TensorShape(channels: 1, height: 6, width: 6), layers: [
        .conv2d(filters: 2, kernel: 3, activation: .relu), .maxPool(size: 2), .flatten,
        LayerSpec(units: 2, activation: .sigmoid),
    ])

    static func convolutional() throws -> Recording { try run.get() }

    private static let run = Result { () throws -> Recording in
        let inputs = Matrix(rows: 3, columns: 36, elements: (0..<108).map { pixel($0 / 36, $0 % 36) })
        let targets = Matrix([[1, 0], [0, 1], [1, 0]])
        var settings = TrainingSettings(learningRate: 0.1, epochs: 2, seed: 1, sampling: .all)
        settings.batchSize = 2
        let parameters = Parameters(
            weights: [Matrix(rows: 9, columns: 2, elements: (0..<18).map { w1($0 / 2, $0 % 2) }),
                      Matrix(rows: 8, columns: 2, elements: (0..<16).map { Double($0 % 5) / 10 - 0.2 })],
            biases: [Matrix([[0.01, 0.02]]), Matrix([[0, 0]])])
        var trainer = Trainer(spec: network, inputs: inputs, targets: targets, settings: settings, parameters: parameters)
        var sink = MemorySink(sampling: .all, totalEpochs: 2)
        for epoch in 1...2 { try trainer.runEpoch(epoch, into: &sink) }
        var header = TraceHeader(lesson: "cnn-pequeña", title: "CNN pequeña", network: network, examples: 3,
                                 learningRate: 0.1, epochs: 2, seed: 1, sampling: .all, stepsPerEpoch: trainer.plan.count)
        header.training = settings
        return Recording(header: header, events: sink.events)
    }
}
