import Trace
@testable import Explain

/// Contexts chosen so that, together, they make the annotator say every sentence of the
/// catalog at least once: the catalog tests check each of them in every language.
enum Gallery {
    /// A network whose hidden and output neurons are saturated in some examples.
    static let saturated = XOREpoch(w1: Matrix([[6, -6], [6, -6]]), b1: Matrix([[-3, 3]]), w2: Matrix([[5], [5]]),
                                    b2: Matrix([[-2]]))
    /// A network that already solves XOR well.
    static let trained = XOREpoch(epoch: 4000, w1: Matrix([[6, 4], [6, 4]]), b1: Matrix([[-2.5, -6]]),
                                  w2: Matrix([[7], [-8]]), b2: Matrix([[-3]]))

    /// Every context of the gallery.
    static var contexts: [StepContext] {
        var contexts = XOREpoch.notes().contexts()
        contexts += XOREpoch.notes(epoch: 2).contexts(previousLoss: 0.26)
        contexts += XOREpoch.notes(epoch: 3, sampled: false).contexts(previousLoss: 0.2526459)
        contexts += saturated.contexts(previousLoss: 0.1)
        contexts += trained.contexts(previousLoss: 0.0105)
        contexts.append(HandContexts.weightGradient(x: XOREpoch.inputs, deltas: HandContexts.simpleDeltas))
        contexts.append(HandContexts.weightGradient(x: Matrix([[0, 0], [0, 1], [0, 0], [0, 1]]),
                                                    deltas: Matrix([[0.1, 0.2], [0.25, 0], [0.3, 0.4], [-0.25, 0]])))
        contexts.append(HandContexts.weightGradient(x: XOREpoch.inputs, deltas: Matrix(rows: 4, columns: 5,
                                                                                        repeating: 0.1)))
        contexts.append(HandContexts.deepBackpropagation())
        contexts.append(HandContexts.saturatedOutputDelta())
        var bare = XOREpoch.notes().context("Z1")
        bare.values = [:]
        contexts.append(bare)
        let positive = XOREpoch(w1: Matrix([[0.5, -0.3], [0.8, 0.2]]), b1: Matrix([[0.1, -0.1]]),
                                w2: Matrix([[0.7], [0.6]]), b2: Matrix([[0.05]]))
        contexts.append(positive.context("Error_hidden"))
        contexts.append(StepContext(event: HandContexts.event(.unknown("relu"), "A1", inputs: ["Z1"],
                                                              inputShapes: [Shape(rows: 4, columns: 2)],
                                                              formula: "A₁ = ReLU(Z₁)", values: nil,
                                                              shape: Shape(rows: 4, columns: 2)),
                                    learningRate: 0.5, layerCount: 2, values: [:]))
        contexts += OperationContexts.gallery
        return contexts
    }
}
