/// Trains a lesson and keeps what its diagnosis needs (a ``RunHistory``): every epoch's loss, the
/// parameters at every epoch end (to find a cycle), the size of each layer's delta in epoch 1,
/// and the outputs at the end. Nothing else is recorded, so it costs about as much as training.
public enum RunObserver {
    /// Trains `lesson` from epoch 1 to its last (or to early stopping, or to the first
    /// non-finite value) and returns its history.
    ///
    /// - Parameters:
    ///   - measuresDeltas: whether to measure `‖δ_l‖` in epoch 1.
    ///   - shouldStop: asked before every epoch; when it answers true, training stops there and
    ///     the history holds the epochs that ran.
    ///   - epochEnded: told each epoch that finishes and its loss.
    public static func run(_ lesson: Lesson, measuresDeltas: Bool = true,
                           shouldStop: () -> Bool = { false },
                           epochEnded: (_ epoch: Int, _ loss: Double) -> Void = { _, _ in }) -> RunHistory {
        var trainer = lesson.makeTrainer()
        var sink = DeltaNormSink(measures: measuresDeltas)
        let searchesCycles = !lesson.training.shuffle && !lesson.network.layers.contains {
            if case .dropout = $0.kind { return true } else { return false }
        }
        var parameters = ParameterHistory()
        if searchesCycles { parameters.record(epoch: 0, parameters: trainer.parameters) }
        var losses: [Double] = []
        var failed: Int?
        for epoch in 1...max(lesson.training.epochs, 1) {
            if shouldStop() { break }
            do {
                let loss = try trainer.runEpoch(epoch, into: &sink)
                losses.append(loss)
                epochEnded(epoch, loss)
            } catch {
                failed = epoch
                break
            }
            if searchesCycles { parameters.record(epoch: epoch, parameters: trainer.parameters) }
            if trainer.earlyStop != nil { break }
        }
        let predictions = failed == nil && !losses.isEmpty ? trainer.predict(lesson.inputs) : nil
        return RunHistory(losses: losses, plannedEpochs: lesson.training.epochs, predictions: predictions,
                          targets: lesson.targets, inputs: lesson.inputs,
                          learningRate: lesson.training.learningRate,
                          correctsEveryMistake: lesson.network.weightLayers.last?.activation == .heaviside,
                          cycle: parameters.cycle, failedEpoch: failed, deltaNorms: sink.norms)
    }
}

/// Keeps the norm of every delta of epoch 1's first batch and nothing else.
struct DeltaNormSink: TraceSink {
    /// Whether to measure at all.
    let measures: Bool
    /// In the order recorded: from the output layer down.
    private var recorded: [(name: String, norm: Double)] = []

    init(measures: Bool) {
        self.measures = measures
    }

    var recordsLoss: Bool { false }

    func recordsAllSteps(ofEpoch epoch: Int) -> Bool { measures && epoch == 1 }

    mutating func record(_ event: TraceEvent) {
        guard event.epoch == 1, event.batch ?? 1 == 1, event.phase == .backward, event.name.hasPrefix("delta_"),
              let values = event.values, !recorded.contains(where: { $0.name == event.name }) else { return }
        recorded.append((event.name, values.norm))
    }

    /// The norms with their layers: the first recorded is the output layer's.
    var norms: [DeltaNorm] {
        recorded.enumerated().map { index, entry in
            DeltaNorm(name: entry.name, layer: recorded.count - index, norm: entry.norm)
        }
    }
}
