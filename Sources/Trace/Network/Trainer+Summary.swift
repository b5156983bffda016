/// When early stopping fired, and why.
public struct EarlyStopRecord: Equatable, Sendable {
    /// The epoch after which training stopped.
    public var epoch: Int
    /// The epoch with the lowest test loss.
    public var bestEpoch: Int
    /// That lowest test loss.
    public var bestLoss: Double
    /// Epochs without improvement that were allowed.
    public var patience: Int
}

extension Trainer {
    /// The names of the summary steps, in the order an epoch records them.
    public enum SummaryName {
        /// The mean loss of the epoch's batches.
        public static let epochLoss = "epoch_loss"
        /// The loss on the test examples.
        public static let testLoss = "test_loss"
        /// The fraction of test examples classified right.
        public static let testAccuracy = "test_accuracy"
        /// Early stopping fired.
        public static let earlyStop = "early_stop"
    }

    /// Emits the epoch's summary, measures the test data and decides on early stopping.
    mutating func summarise<Sink: TraceSink>(epoch: Int, loss: Double, all: Bool, into sink: inout Sink) throws {
        var events: [(StepSpec, Matrix)] = []
        func add(_ operation: OperationKind, _ name: String, _ formula: String, _ values: Matrix) {
            events.append((StepSpec(phase: .summary, operation: operation, name: name, codeName: nil, inputs: [],
                                    inputShapes: [], shape: values.shape, formula: formula), values))
        }
        add(.epochLoss, SummaryName.epochLoss, "epoch_loss = (1/\(batchesPerEpoch))·Σ loss", Matrix([[loss]]))
        if let test {
            let prediction = predict(test.inputs)
            let testLoss = settings.loss == .squaredError
                ? SquaredErrorOp.loss(SquaredErrorOp.error(targets: test.targets, prediction: prediction))
                : LossOp.value(settings.loss, prediction: prediction, targets: test.targets)
            add(.testLoss, SummaryName.testLoss, "test_loss = loss(y_test, ŷ_test)", Matrix([[testLoss]]))
            add(.accuracy, SummaryName.testAccuracy, "test_accuracy = hits / \(test.inputs.rows)",
                Matrix([[Self.accuracy(prediction, test.targets)]]))
            if let stopping = settings.earlyStopping {
                if best == nil || testLoss < best!.loss - stopping.minimumImprovement {
                    best = (epoch, testLoss)
                } else if let best, epoch - best.epoch >= stopping.patience {
                    earlyStop = EarlyStopRecord(epoch: epoch, bestEpoch: best.epoch, bestLoss: best.loss,
                                                patience: stopping.patience)
                    add(.earlyStop, SummaryName.earlyStop,
                        "\(epoch) − \(best.epoch) ≥ \(stopping.patience): stop",
                        Matrix([[Double(best.epoch), best.loss, Double(stopping.patience)]]))
                }
            }
        }
        guard all || sink.recordsLoss else { return }
        for (index, (spec, values)) in events.enumerated() {
            try sink.record(TraceEvent(spec: spec, sequence: nextSequence, epoch: epoch, step: plan.count + index + 1,
                                       values: values))
            nextSequence += 1
        }
    }

    /// The fraction of rows whose prediction picks the right class: the largest output against
    /// the largest target for several outputs, `> 0.5` against the target for one.
    public static func accuracy(_ prediction: Matrix, _ targets: Matrix) -> Double {
        guard prediction.rows > 0 else { return 0 }
        var hits = 0
        for row in 0..<prediction.rows {
            if prediction.columns == 1 {
                if (prediction[row, 0] > 0.5) == (targets[row, 0] > 0.5) { hits += 1 }
            } else if argmax(prediction, row) == argmax(targets, row) {
                hits += 1
            }
        }
        return Double(hits) / Double(prediction.rows)
    }

    private static func argmax(_ matrix: Matrix, _ row: Int) -> Int {
        var best = 0
        for column in 1..<matrix.columns where matrix[row, column] > matrix[row, best] { best = column }
        return best
    }
}
