extension Trainer {
    /// Rows of `batch` that go through ``predict(_:)`` at once, to bound memory.
    static let predictionChunk = 128

    /// The prediction `A_L` of the current parameters for `batch`, without recording anything
    /// and without dropout (it only switches neurons off while training). Large batches go
    /// through in chunks of ``predictionChunk`` rows to bound memory.
    ///
    /// The layers read the parameters where training keeps them and write into one scratch
    /// array made for the call and reused by every chunk; each chunk's rows are read where they
    /// are in `batch`. The numbers are those of the matrix ops one by one.
    public func predict(_ batch: Matrix) -> Matrix {
        let stages = spec.layout.stages
        var prediction = Matrix(rows: batch.rows, columns: stages.last?.output.width ?? batch.columns)
        guard batch.rows > 0 else { return prediction }
        let chunk = Self.predictionChunk, depth = activations.count

        // Each stage's `Z` and `A` (or `P`) for a full chunk; a shorter last chunk uses their first rows.
        var layout = StorageLayout()
        let outputs = stages.map { stage in
            (sum: layout.add(rows: chunk, columns: stage.output.width),
             activation: layout.add(rows: chunk, columns: stage.output.width))
        }
        var scratch = [Double](repeating: 0, count: max(1, layout.count))
        // Ops of their own: the trainer's keep the patches and maxima of its last batch.
        var convolutions = stages.map { stage -> Conv2DOp? in
            guard case .conv2d(let kernel) = stage.layer.kind, let image = stage.input.image else { return nil }
            return Conv2DOp(inputShape: image, filters: stage.layer.units, kernel: kernel)
        }
        var pools = stages.map { stage -> MaxPoolOp? in
            guard case .maxPool(let size) = stage.layer.kind, let image = stage.input.image else { return nil }
            return MaxPoolOp(inputShape: image, size: size)
        }

        // The parameters are read where training keeps them: this trainer holds that storage.
        let parameters = storage.numbers.baseAddress!
        func weights(_ l: Int) -> UnsafeMatrix { parameterRegions[l - 1].view(in: parameters) }
        func bias(_ l: Int) -> UnsafeMatrix { parameterRegions[depth + l - 1].view(in: parameters) }
        withExtendedLifetime(self) {
            scratch.withUnsafeMutableBufferPointer { scratch in
                let base = scratch.baseAddress!
                func view(_ region: StorageRegion, rows: Int) -> UnsafeMatrix {
                    UnsafeMatrix(base + region.offset, rows: rows, columns: region.columns)
                }
                batch.withUnsafeMatrix { batch in
                    prediction.withUnsafeMutableMatrix { prediction in
                        for start in stride(from: 0, to: batch.rows, by: chunk) {
                            let rows = min(chunk, batch.rows - start)
                            var a = UnsafeMatrix(batch.elements.baseAddress! + start * batch.columns, rows: rows,
                                                 columns: batch.columns)
                            for (index, stage) in stages.enumerated() {
                                let l = stage.weightLayer
                                let z = view(outputs[index].sum, rows: rows), next = view(outputs[index].activation, rows: rows)
                                switch stage.layer.kind {
                                case .dense:
                                    DenseOp.forward(a, weights: weights(l), bias: bias(l), into: z)
                                    ActivationOp.forward(z, stage.layer.activation, into: next)
                                case .conv2d:
                                    guard convolutions[index] != nil else { continue }
                                    convolutions[index]!.forward(a, weights: weights(l), bias: bias(l), into: z)
                                    ActivationOp.forward(z, stage.layer.activation, into: next)
                                case .maxPool:
                                    guard pools[index] != nil else { continue }
                                    pools[index]!.forward(a, into: next)
                                case .flatten, .dropout:
                                    continue
                                }
                                a = next
                            }
                            UnsafeMatrix(prediction.elements.baseAddress! + start * prediction.columns, rows: rows,
                                         columns: prediction.columns).copy(from: a)
                        }
                    }
                }
            }
        }
        return prediction
    }
}
