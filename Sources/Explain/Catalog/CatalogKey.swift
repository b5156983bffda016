/// The entries of a text catalog: one per sentence or piece an annotation can use.
///
/// The raw value is the `[key]` of the catalog files: the kind of step, a dot, and the
/// sentence. Every language must define every key (the catalog tests check it), so that
/// switching language never loses a sentence.
enum CatalogKey: String, CaseIterable, Sendable {
    // Small pieces put inside sentences.
    case wordAnd = "word.and"
    case wordNone = "word.none"
    case wordExample = "word.example"
    case wordExamples = "word.examples"
    case wordNeuron = "word.neuron"
    case wordPosition = "word.position"
    case wordHiddenLayer = "word.hiddenLayer"
    case wordOutputLayer = "word.outputLayer"
    case wordSourceColumn = "word.sourceColumn"
    // Any step of an epoch whose matrices were not kept.
    case unsampled = "unsampled"
    // The data `X`.
    case inputsTitle = "inputs.title"
    case inputsMeaning = "inputs.meaning"
    case inputsCases = "inputs.cases"
    // The data `y`.
    case targetsTitle = "targets.title"
    case targetsMeaning = "targets.meaning"
    case targetsCases = "targets.cases"
    // `W_l` and `b_l` at the start of an epoch.
    case weightsTitle = "weights.title"
    case weightsMeaning = "weights.meaning"
    case weightsLargest = "weights.largest"
    case biasTitle = "bias.title"
    case biasMeaning = "bias.meaning"
    case biasValues = "bias.values"
    case parameterFirstEpoch = "parameter.firstEpoch"
    case parameterLaterEpoch = "parameter.laterEpoch"
    // `Z_l = A_{l−1}·W_l + b_l`.
    case affineTitle = "affine.title"
    case affineProduct = "affine.product"
    case affineBroadcast = "affine.broadcast"
    case affineLargest = "affine.largest"
    case affineLargestExpanded = "affine.largestExpanded"
    case affineNext = "affine.next"
    // `A_l = σ(Z_l)`.
    case sigmoidTitle = "sigmoid.title"
    case sigmoidMeaning = "sigmoid.meaning"
    case sigmoidPrediction = "sigmoid.prediction"
    case sigmoidRange = "sigmoid.range"
    case sigmoidUndecided = "sigmoid.undecided"
    case sigmoidUniform = "sigmoid.uniform"
    case sigmoidSpread = "sigmoid.spread"
    case sigmoidSaturated = "sigmoid.saturated"
    case sigmoidUnsaturated = "sigmoid.unsaturated"
    // `error = y − A_L`.
    case residualTitle = "residual.title"
    case residualMeaning = "residual.meaning"
    case residualWorst = "residual.worst"
    case residualDirections = "residual.directions"
    // `loss = mean(error²)`.
    case lossTitle = "loss.title"
    case lossMeaning = "loss.meaning"
    case lossValue = "loss.value"
    case lossNearBaseline = "loss.nearBaseline"
    case lossAboveBaseline = "loss.aboveBaseline"
    case lossBelowBaseline = "loss.belowBaseline"
    case lossDecreased = "loss.decreased"
    case lossIncreased = "loss.increased"
    case lossFlat = "loss.flat"
    // `δ_out = error ⊙ σ'(Z_L)`.
    case outputDeltaTitle = "outputDelta.title"
    case outputDeltaMeaning = "outputDelta.meaning"
    case outputDeltaLargest = "outputDelta.largest"
    case outputDeltaLargestIsWorst = "outputDelta.largestIsWorst"
    case outputDeltaLargestIsNotWorst = "outputDelta.largestIsNotWorst"
    case outputDeltaSaturated = "outputDelta.saturated"
    // `Error_l = δ_{l+1}·W_{l+1}ᵀ`.
    case backpropagateTitle = "backpropagate.title"
    case backpropagateMeaning = "backpropagate.meaning"
    case backpropagateRaw = "backpropagate.raw"
    case backpropagatePerWeight = "backpropagate.perWeight"
    case backpropagateFlip = "backpropagate.flip"
    case backpropagateSameSign = "backpropagate.sameSign"
    case backpropagateStrongest = "backpropagate.strongest"
    case backpropagateMixed = "backpropagate.mixed"
    case backpropagateLargest = "backpropagate.largest"
    // `δ_l = Error_l ⊙ σ'(Z_l)`.
    case hiddenDeltaTitle = "hiddenDelta.title"
    case hiddenDeltaMeaning = "hiddenDelta.meaning"
    case hiddenDeltaLargest = "hiddenDelta.largest"
    case hiddenDeltaSaturated = "hiddenDelta.saturated"
    case hiddenDeltaUnsaturated = "hiddenDelta.unsaturated"
    case hiddenDeltaSmaller = "hiddenDelta.smaller"
    // `ΔW_l = η·A_{l−1}ᵀ·δ_l`.
    case weightGradientTitle = "weightGradient.title"
    case weightGradientMeaning = "weightGradient.meaning"
    case weightGradientSum = "weightGradient.sum"
    case weightGradientInputRow = "weightGradient.inputRow"
    case weightGradientInputRowBrief = "weightGradient.inputRowBrief"
    case weightGradientZeroRow = "weightGradient.zeroRow"
    case weightGradientZeroDelta = "weightGradient.zeroDelta"
    case weightGradientZeroCancel = "weightGradient.zeroCancel"
    case weightGradientNearCancel = "weightGradient.nearCancel"
    case weightGradientSilentExample = "weightGradient.silentExample"
    case weightGradientAllActive = "weightGradient.allActive"
    case weightGradientLargest = "weightGradient.largest"
    // `Δb_l = η·Σ δ_l`.
    case biasGradientTitle = "biasGradient.title"
    case biasGradientMeaning = "biasGradient.meaning"
    case biasGradientColumn = "biasGradient.column"
    case biasGradientCancel = "biasGradient.cancel"
    // `W ← W + ΔW`.
    case updateTitle = "update.title"
    case updateMeaning = "update.meaning"
    case updateLargest = "update.largest"
    case updateSingle = "update.single"
    case updateSmall = "update.small"
    // An operation without texts of its own.
    case unknownTitle = "unknown.title"
    case unknownMeaning = "unknown.meaning"
}
