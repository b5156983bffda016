import Trace

/// The line of the notes' training loop (`src/multicapa.py`, §2.1) that computes each step of
/// the two-layer network. Deeper networks have no such code, so they get none.
enum CodeLine {
    /// The Python line for `event` in a network of `layerCount` layers, if the notes have one.
    static func line(for event: TraceEvent, layerCount: Int) -> String? {
        guard layerCount == 2 else { return nil }
        switch event.operation {
        case .data, .parameter, .unknown: return nil
        case .update: return updates[event.name]
        default: return computations[event.name]
        }
    }

    /// The line of each computed value, by canonical name.
    private static let computations = [
        "Z1": "hidden_layer_input = np.dot(X, W1) + b1",
        "A1": "hidden_layer_output = sigmoid(hidden_layer_input)",
        "Z2": "output_layer_input = np.dot(hidden_layer_output, W2) + b2",
        "A2": "predicted_output = sigmoid(output_layer_input)",
        "error": "error = y - predicted_output",
        "loss": "np.mean(np.square(error))",
        "delta_out": "d_predicted_output = error * sigmoid_derivative(predicted_output)",
        "Error_hidden": "error_hidden_layer = d_predicted_output.dot(W2.T)",
        "delta_hidden": "d_hidden_layer = error_hidden_layer * sigmoid_derivative(hidden_layer_output)",
        "dW2": "hidden_layer_output.T.dot(d_predicted_output) * learning_rate",
        "db2": "np.sum(d_predicted_output, axis=0, keepdims=True) * learning_rate",
        "dW1": "X.T.dot(d_hidden_layer) * learning_rate",
        "db1": "np.sum(d_hidden_layer, axis=0, keepdims=True) * learning_rate",
    ]

    /// The line of each parameter update, by parameter name.
    private static let updates = [
        "W2": "W2 += hidden_layer_output.T.dot(d_predicted_output) * learning_rate",
        "b2": "b2 += np.sum(d_predicted_output, axis=0, keepdims=True) * learning_rate",
        "W1": "W1 += X.T.dot(d_hidden_layer) * learning_rate",
        "b1": "b1 += np.sum(d_hidden_layer, axis=0, keepdims=True) * learning_rate",
    ]
}
