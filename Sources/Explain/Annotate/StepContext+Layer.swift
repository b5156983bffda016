import Trace

/// Where a step sits in the network.
extension StepContext {
    /// The layer the step belongs to, from 1 to ``layerCount``; 0 for the data.
    ///
    /// Read from the event's name: the digits of `Z2`, `dW1`, `delta_3`, `P1`, `M2`,
    /// `Error_P1`; `delta_out`, `error` and `loss` belong to the output layer, and
    /// `delta_hidden`, `Error_hidden` to the layer below it. A name without digits takes its
    /// layer from its operands: `F` is the layer of the maps it flattens, and a gradient sent
    /// back through `W_l` (`Error_F`) belongs to layer `l − 1`.
    var layer: Int {
        let name = event.name
        if case .data = event.operation { return 0 }
        if name.hasSuffix("_hidden") { return layerCount - 1 }
        if let number = Self.trailingNumber(name) { return number }
        switch event.operation {
        case .backpropagate, .convBackpropagate:
            if event.inputs.count > 1, let above = Self.trailingNumber(event.inputs[1]) { return above - 1 }
        case .flatten, .poolBackpropagate, .dropoutBackpropagate:
            if let number = event.inputs.lazy.compactMap(Self.trailingNumber).first { return number }
        default:
            break
        }
        return layerCount
    }

    /// `2` for `Z2`, `delta_2`, `Error_P2`; `nil` for a name that does not end in digits.
    static func trailingNumber(_ name: String) -> Int? {
        let digits = name.reversed().prefix { $0.isNumber }
        return digits.isEmpty ? nil : Int(String(digits.reversed()))
    }
}
