/// One batch of ``Trainer/runEpoch(_:into:)``: the steps of its ``EpochPlan``, one after the
/// other, on the numbers of the trainer's ``TrainerStorage``.
///
/// This is the hot loop. Each step reads and writes views into the storage, made once, so that
/// a step costs no reference counting and no allocation: for the notes' XOR network the
/// bookkeeping around the arithmetic would otherwise cost more than the arithmetic.
extension Trainer {
    /// Runs the steps of one batch of `examples` (positions in ``order``) with the plan and slots
    /// of `buffers[kind]`, and returns its loss.
    ///
    /// Every operand is an ``UnsafeMatrix`` into ``storage``: `views` holds one for each region of
    /// ``BatchBuffers/regions``, the slots of the batch, then `W_l`, `b_l`, `ΔW_l`, `Δb_l`.
    mutating func runBatch<Sink: TraceSink>(kind: Int, examples: Range<Int>, epoch: Int, batch: Int?,
                                            all: Bool, lossAlone: Bool, into sink: inout Sink) throws -> Double {
        var recorder = StepRecorder(plan: buffers[kind].plan, epoch: epoch, batch: batch, sequence: nextSequence,
                                    all: all, loss: lossAlone)
        defer { nextSequence = recorder.sequence }
        optimizer.beginBatch()
        let rows = buffers[kind].rows, depth = activations.count, slotCount = buffers[kind].slotCount
        let (weights, biases, weightChanges, biasChanges) = (slotCount, slotCount + depth, slotCount + 2 * depth,
                                                             slotCount + 3 * depth)
        let lossKind = settings.loss, adds = lossKind == .squaredError
        let dataChecked = dataIsFinite, parametersChecked = parametersAreFinite
        // Until every update of this batch has been checked.
        parametersAreFinite = false
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let views = storage.views.baseAddress! + buffers[kind].firstView
        var loss = 0.0
        // By index: iterating the array would retain it.
        for step in 0..<buffers[kind].actions.count {
            switch buffers[kind].actions[step] {
            case .inputs(let result):
                if !batchIsData { Self.gather(inputs, order[examples], into: views[result]) }
                try recorder.emit(views[result], step: step, &sink, knownFinite: dataChecked)
            case .targets(let result):
                if !batchIsData { Self.gather(targets, order[examples], into: views[result]) }
                try recorder.emit(views[result], step: step, &sink, knownFinite: dataChecked)
            case .weights(let l):
                try recorder.emit(views[weights + l - 1], step: step, &sink, knownFinite: parametersChecked)
            case .bias(let l):
                try recorder.emit(views[biases + l - 1], step: step, &sink, knownFinite: parametersChecked)
            case .dense(let l, let input, let result):
                DenseOp.forward(views[input], weights: views[weights + l - 1], bias: views[biases + l - 1],
                                into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .convolution(let l, _, let input, let result):
                convolve(l, views[input], weights: views[weights + l - 1], bias: views[biases + l - 1],
                         into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .activation(let l, let sum, let result):
                ActivationOp.forward(views[sum], activations[l - 1], into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .pool(let stage, let input, let result):
                pool(stage, views[input], into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .flatten(_, let result):
                // The input's numbers: its view is the input's (``BatchBuffers/makeViews(in:into:)``).
                try recorder.emit(views[result], step: step, &sink)
            case .mask(let stage, let result):
                DropoutOp.mask(rate: dropoutRates[stage], generator: &generator, into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .dropout(let stage, let input, let mask, let result):
                DropoutOp.forward(views[input], mask: views[mask], rate: dropoutRates[stage], into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .residual(let targets, let prediction, let result):
                SquaredErrorOp.error(targets: views[targets], prediction: views[prediction], into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .loss(let targets, let prediction, let error):
                if let error {
                    loss = SquaredErrorOp.loss(views[error])
                } else {
                    loss = LossOp.value(lossKind, prediction: views[prediction], targets: views[targets])
                }
                try recorder.emitScalar(loss, step: step, &sink)
            case .lossGradient(let targets, let prediction, let result):
                LossOp.gradient(lossKind, prediction: views[prediction], targets: views[targets],
                                into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .simplifiedDelta(let targets, let prediction, let result):
                LossOp.simplifiedDelta(prediction: views[prediction], targets: views[targets], into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .perceptronDelta(_, let result):
                // `error` itself: the same view.
                try recorder.emit(views[result], step: step, &sink)
            case .delta(let l, let upstream, let sum, let activation, let result):
                ActivationOp.backward(views[upstream], z: views[sum], a: views[activation], activations[l - 1],
                                      into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .backDense(let l, let delta, let result):
                let (d, w, back) = (views[delta], views[weights + l - 1], views[result])
                if let input = buffers[kind].weightGradientBesideBackDense[step] {
                    let (a, change) = (views[input], views[weightChanges + l - 1])
                    ParallelCrew.shared.both({ DenseOp.inputDelta(d, weights: w, into: back) },
                                             { DenseOp.weightGradient(a, delta: d, into: change) })
                } else {
                    DenseOp.inputDelta(d, weights: w, into: back)
                }
                try recorder.emit(back, step: step, &sink)
            case .backConvolution(let l, _, let delta, let result):
                convolveBack(l, views[delta], weights: views[weights + l - 1], weightGradient: views[weightChanges + l - 1],
                             biasGradient: views[biasChanges + l - 1], inputGradient: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .backPool(let stage, let upstream, let result):
                unpool(stage, views[upstream], into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .backDropout(let stage, let upstream, let mask, let result):
                DropoutOp.backward(views[upstream], mask: views[mask], rate: dropoutRates[stage], into: views[result])
                try recorder.emit(views[result], step: step, &sink)
            case .weightChange(let l, let stage, let input, let delta):
                let change = views[weightChanges + l - 1]
                if !isConvolution[l - 1] {
                    if !buffers[kind].weightGradientIsComputedEarly[step] {
                        DenseOp.weightGradient(views[input], delta: views[delta], into: change)
                    }
                } else if stage == 0 {
                    convolveBackParameters(l, views[delta], weightGradient: change, biasGradient: views[biasChanges + l - 1])
                }
                optimizer.adjust(change, parameter: views[weights + l - 1], index: l - 1, isWeight: true,
                                 batchRows: rows)
                try recorder.emit(change, step: step, &sink)
            case .biasChange(let l, _, let delta):
                let change = views[biasChanges + l - 1]
                if !isConvolution[l - 1] { DenseOp.biasGradient(views[delta], into: change) }
                optimizer.adjust(change, parameter: views[biases + l - 1], index: depth + l - 1, isWeight: false,
                                 batchRows: rows)
                try recorder.emit(change, step: step, &sink)
            case .updateWeights(let l):
                let w = views[weights + l - 1], change = views[weightChanges + l - 1]
                if adds { w.add(change) } else { w.subtract(change) }
                try recorder.emit(w, step: step, &sink)
            case .updateBias(let l):
                let b = views[biases + l - 1], change = views[biasChanges + l - 1]
                if adds { b.add(change) } else { b.subtract(change) }
                try recorder.emit(b, step: step, &sink)
            }
        }
        parametersAreFinite = true
        return loss
    }

    // MARK: - The stateful ops
    //
    // Out of line: inlined, the loop would make the arrays of ops unique before every batch,
    // even for a network without convolutions or pooling.

    @inline(never)
    private mutating func convolve(_ l: Int, _ input: UnsafeMatrix, weights: UnsafeMatrix, bias: UnsafeMatrix,
                                   into output: UnsafeMatrix) {
        convolutions[l - 1]!.forward(input, weights: weights, bias: bias, into: output)
    }

    @inline(never)
    private mutating func convolveBack(_ l: Int, _ delta: UnsafeMatrix, weights: UnsafeMatrix, weightGradient: UnsafeMatrix,
                                       biasGradient: UnsafeMatrix, inputGradient: UnsafeMatrix) {
        convolutions[l - 1]!.backward(delta, weights: weights, weightGradient: weightGradient, biasGradient: biasGradient,
                                      inputGradient: inputGradient)
    }

    @inline(never)
    private mutating func convolveBackParameters(_ l: Int, _ delta: UnsafeMatrix, weightGradient: UnsafeMatrix,
                                                 biasGradient: UnsafeMatrix) {
        convolutions[l - 1]!.backwardParameters(delta, weightGradient: weightGradient, biasGradient: biasGradient)
    }

    @inline(never)
    private mutating func pool(_ stage: Int, _ input: UnsafeMatrix, into output: UnsafeMatrix) {
        pools[stage]!.forward(input, into: output)
    }

    @inline(never)
    private func unpool(_ stage: Int, _ upstream: UnsafeMatrix, into gradient: UnsafeMatrix) {
        pools[stage]!.backward(upstream, into: gradient)
    }

    /// Copies the rows `examples` of `data` into `batch`.
    private static func gather(_ data: Matrix, _ examples: ArraySlice<Int>, into batch: UnsafeMatrix) {
        data.withUnsafeMatrix { UnsafeMatrix.gatherRows($0, examples, into: batch) }
    }
}
