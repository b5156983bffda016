import Trace

/// Where a step sits in the network.
extension StepContext {
    /// The layer the step belongs to, from 1 to ``layerCount``; 0 for the data.
    ///
    /// Read from the event's name: the digits of `Z2`, `dW1`, `delta_3`; `delta_out`, `error` and
    /// `loss` belong to the output layer, and `delta_hidden`, `Error_hidden` to the layer below it.
    var layer: Int {
        let name = event.name
        if case .data = event.operation { return 0 }
        if name.hasSuffix("_hidden") { return layerCount - 1 }
        let digits = name.reversed().prefix { $0.isNumber }
        return Int(String(digits.reversed())) ?? layerCount
    }
}
