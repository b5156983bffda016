import Trace

/// Everything the annotator needs to explain one step: the event itself and what came before it
/// in the same epoch.
public struct StepContext: Sendable {
    /// The step to explain.
    public var event: TraceEvent
    /// The learning rate η of the run.
    public var learningRate: Double
    /// Number of layers with weights, `L` (2 for the notes' XOR network).
    public var layerCount: Int
    /// The latest value of each name at or before this step in this epoch: at step 14 of the XOR
    /// epoch, `"W2"` is the epoch-start `W₂`; at step 20 it is the updated one. Empty in an epoch
    /// whose matrices were not sampled.
    ///
    /// In an epoch of several batches the names repeat batch after batch, so this holds the
    /// current batch's value of every name its steps have already computed. Going backward,
    /// the deltas of the layers above a delta step are therefore this batch's.
    public var values: [String: Matrix]
    /// The loss of the previous epoch that has a recorded loss, if any, to compare with.
    public var previousLoss: Double?
    /// The run's network, when the caller knows it (a trace's header does): each layer's kind
    /// and activation. Without it, the facts read what they need from the step's formula and
    /// shapes; only the choice of the notes' code line for steps that every loop shares (`Z1`,
    /// `dW2`…) needs it.
    public var network: NetworkSpec?

    /// A context with every field given.
    public init(event: TraceEvent, learningRate: Double, layerCount: Int, values: [String: Matrix],
                previousLoss: Double? = nil, network: NetworkSpec? = nil) {
        self.event = event
        self.learningRate = learningRate
        self.layerCount = layerCount
        self.values = values
        self.previousLoss = previousLoss
        self.network = network
    }

    /// The context of step `index` (0-based) of a kept epoch of the run described by `header`:
    /// the values up to and including that step, and the run's network.
    public init(header: TraceHeader, epoch: EpochRecord, index: Int, previousLoss: Double? = nil) {
        self.init(event: epoch.events[index], learningRate: header.learningRate, layerCount: header.network.depth,
                  values: epoch.values(upTo: index), previousLoss: previousLoss, network: header.network)
    }

    /// The contexts of every event of one epoch, in order, each with the values produced up to
    /// and including its own step.
    ///
    /// - Parameters:
    ///   - events: the events of one epoch, step 1 first.
    ///   - previousLoss: the loss of the last earlier epoch that has one, if any.
    ///   - network: the run's network, if known.
    public static func epoch(_ events: [TraceEvent], learningRate: Double, layerCount: Int,
                             previousLoss: Double? = nil, network: NetworkSpec? = nil) -> [StepContext] {
        var values: [String: Matrix] = [:]
        return events.map { event in
            if let matrix = event.values { values[event.name] = matrix }
            return StepContext(event: event, learningRate: learningRate, layerCount: layerCount, values: values,
                               previousLoss: previousLoss, network: network)
        }
    }
}
