extension Trainer {
    /// The prediction `A_L` of the current parameters for `batch`, without recording anything
    /// and without dropout (it only switches neurons off while training). Large batches go
    /// through in chunks of 128 rows to bound memory.
    public func predict(_ batch: Matrix) -> Matrix {
        let chunk = 128
        guard batch.rows > chunk else { return forward(batch) }
        var elements: [Double] = []
        var start = 0
        var columns = 0
        while start < batch.rows {
            let end = min(start + chunk, batch.rows)
            var part = Matrix(rows: end - start, columns: batch.columns)
            Matrix.gatherRows(batch, Array(start..<end)[...], into: &part)
            let output = forward(part)
            columns = output.columns
            elements.append(contentsOf: output.elements)
            start = end
        }
        return Matrix(rows: batch.rows, columns: columns, elements: elements)
    }

    /// One forward pass over `batch`.
    private func forward(_ batch: Matrix) -> Matrix {
        var a = batch
        for stage in spec.layout.stages {
            let l = stage.weightLayer
            switch stage.layer.kind {
            case .dense:
                a = ActivationOp.forward(DenseOp.forward(a, weights: parameters.weights[l - 1],
                                                         bias: parameters.biases[l - 1]), stage.layer.activation)
            case .conv2d(let kernel):
                guard let image = stage.input.image else { continue }
                let z = Conv2DOp.forward(a, inputShape: image, weights: parameters.weights[l - 1],
                                         bias: parameters.biases[l - 1], kernel: kernel)
                a = ActivationOp.forward(z, stage.layer.activation)
            case .maxPool(let size):
                guard let image = stage.input.image else { continue }
                var pool = MaxPoolOp(inputShape: image, size: size)
                a = pool.forward(a)
            case .flatten, .dropout:
                continue
            }
        }
        return a
    }
}
