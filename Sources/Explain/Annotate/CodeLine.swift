import Trace

/// The line of the notes' code that computes each step, for the networks the notes write code
/// for, quoted exactly:
///
/// - the multilayer network's loop (`src/multicapa.py`, §2.1): two sigmoid layers, squared error;
/// - the MNIST loop of §3: a ReLU hidden layer, a softmax output, cross-entropy (`W2 -= …`);
/// - the perceptron of §1.2 (`src/perceptron.py`): one layer with the step function;
/// - the CNN of §4 (`src/mnist-cnn.py`): convolution, ReLU and pooling in one line, and the
///   flattening `x.view(-1, 5 * 5 * 64)` when the maps are 64 of 5×5.
///
/// Other networks get no line. Which loop a step belongs to is decided by the run's network when
/// the context has it, otherwise by what the step itself computes (a ReLU, a softmax, `ŷ − y`, an
/// update that subtracts), and failing that by the multilayer loop, as for the notes' XOR.
enum CodeLine {
    /// The notes' programs that have code for every step.
    enum Loop: Equatable {
        case multilayer, mnist, perceptron
    }

    /// The Python line for the step of `context`, if the notes have one.
    static func line(for context: StepContext) -> String? {
        let event = context.event
        if case .data = event.operation { return nil }
        if case .parameter = event.operation { return nil }
        if let line = convolutionalLine(for: context) { return line }
        switch loop(of: context) {
        case .multilayer?: return multilayer(event)
        case .mnist?: return mnist(event)
        case .perceptron?: return perceptron(event)
        case nil: return nil
        }
    }

    /// The line of the multilayer loop for `event` in a network of `layerCount` layers (only the
    /// two-layer network has one).
    static func line(for event: TraceEvent, layerCount: Int) -> String? {
        layerCount == 2 ? multilayer(event) : nil
    }

    /// Which loop of the notes the step belongs to, if any.
    static func loop(of context: StepContext) -> Loop? {
        let event = context.event
        if let network = context.network {
            guard network.isDense else { return nil }
            switch network.weightLayers.map(\.activation) {
            case [.heaviside]: return .perceptron
            case [.sigmoid, .sigmoid]: return .multilayer
            case [.relu, .softmax]: return .mnist
            default: return nil
            }
        }
        guard event.shape.dimensions.count == 2, event.inputShapes.allSatisfy({ $0.dimensions.count == 2 }) else {
            return nil
        }
        switch context.layerCount {
        case 1:
            switch event.operation {
            case .heaviside, .perceptronDelta: return .perceptron
            case .affine, .residual: return .perceptron
            default:
                let delta = context.values[Notation.deltaName(1, depth: 1)]
                return delta != nil && delta == context.values["error"] ? .perceptron : nil
            }
        case 2:
            switch event.operation {
            case .relu, .softmax, .simplifiedDelta: return .mnist
            case .hiddenDelta where context.slopeActivation == .relu: return .mnist
            case .update where context.rule.subtracts: return .mnist
            case .sigmoid, .residual, .meanSquaredError: return .multilayer
            case .outputDelta: return context.slopeActivation == .sigmoid ? .multilayer : nil
            case .affine, .backpropagate, .hiddenDelta, .weightGradient, .biasGradient, .update:
                return classifiesWithCrossEntropy(context) ? .mnist : .multilayer
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Whether the values so far look like the MNIST loop rather than the multilayer one: its
    /// `ŷ − y` delta and no `error`, or before either, one-hot targets of several classes.
    private static func classifiesWithCrossEntropy(_ context: StepContext) -> Bool {
        if context.values["error"] != nil { return false }
        if context.values["delta_out"] != nil { return true }
        guard let targets = context.values["y"] else { return false }
        return targets.columns > 1 && Classes.isOneHot(targets)
    }

    /// §4's `forward()`: a convolution, its ReLU and its pooling are one line; the flattening of
    /// 64 maps of 5×5 is `x.view`.
    private static func convolutionalLine(for context: StepContext) -> String? {
        let event = context.event
        let lines = ["x = self.pool(F.relu(self.conv1(x)))", "x = self.pool(F.relu(self.conv2(x)))"]
        let layer = context.layer
        switch event.operation {
        case .conv2d, .maxPool:
            guard (1...2).contains(layer), context.activation(ofLayer: layer).map({ $0 == .relu }) ?? true else { return nil }
            return lines[layer - 1]
        case .relu where event.shape.dimensions.count == 4:
            return (1...2).contains(layer) ? lines[layer - 1] : nil
        case .flatten:
            guard let maps = event.inputShapes.first?.image, (maps.channels, maps.height, maps.width) == (64, 5, 5)
            else { return nil }
            return "x = x.view(-1, 5 * 5 * 64)"
        default:
            return nil
        }
    }

    /// `src/multicapa.py`: computed values by canonical name, updates by parameter; the
    /// activations and deltas only when they are the sigmoid's, the adjustments only when they
    /// are the loop's own (summed, plain gradient descent).
    private static func multilayer(_ event: TraceEvent) -> String? {
        let rule = TrainingRule(formula: event.formula)
        if rule.averages || !rule.isPlainProduct || rule.subtracts { return nil }
        if event.formula.contains("'("), !event.formula.contains("σ'(") { return nil }
        switch event.operation {
        case .update: return multilayerUpdates[event.name]
        case .affine, .sigmoid, .residual, .meanSquaredError, .outputDelta, .backpropagate, .hiddenDelta,
             .weightGradient, .biasGradient:
            return multilayerComputations[event.name]
        default: return nil
        }
    }

    private static let multilayerComputations = [
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

    private static let multilayerUpdates = [
        "W2": "W2 += hidden_layer_output.T.dot(d_predicted_output) * learning_rate",
        "b2": "b2 += np.sum(d_predicted_output, axis=0, keepdims=True) * learning_rate",
        "W1": "W1 += X.T.dot(d_hidden_layer) * learning_rate",
        "b1": "b1 += np.sum(d_hidden_layer, axis=0, keepdims=True) * learning_rate",
    ]

    /// §3's numpy loop: ReLU, softmax, the cross-entropy's `predicted_output - y_train`, and
    /// `W -= …`. It updates no bias, so biases get no line; nor do adjustments that are not its
    /// own (a mean, momentum, Adam, L2).
    private static func mnist(_ event: TraceEvent) -> String? {
        let rule = TrainingRule(formula: event.formula)
        if rule.averages || !rule.isPlainProduct { return nil }
        switch (event.operation, event.name) {
        case (.affine, "Z1"): return "z1 = np.dot(X_train, W1) + b1"
        case (.relu, "A1"): return "a1 = relu(z1)"
        case (.affine, "Z2"): return "z2 = np.dot(a1, W2) + b2"
        case (.softmax, "A2"): return "predicted_output = softmax(z2)"
        case (.simplifiedDelta, "delta_out"): return "d_output = predicted_output - y_train"
        case (.backpropagate, "Error_hidden"): return "error_hidden = d_output.dot(W2.T)"
        case (.hiddenDelta, "delta_hidden"): return "d_hidden = error_hidden * relu_derivative(z1)"
        case (.weightGradient, "dW2"): return "learning_rate * a1.T.dot(d_output)"
        case (.weightGradient, "dW1"): return "learning_rate * X_train.T.dot(d_hidden)"
        case (.update, "W2"): return "W2 -= learning_rate * a1.T.dot(d_output)"
        case (.update, "W1"): return "W1 -= learning_rate * X_train.T.dot(d_hidden)"
        default: return nil
        }
    }

    /// §1.2's `Perceptron`: `predict()` and the body of `train()`, one example at a time.
    private static func perceptron(_ event: TraceEvent) -> String? {
        let rule = TrainingRule(formula: event.formula)
        if rule.averages || !rule.isPlainProduct || rule.subtracts { return nil }
        switch (event.operation, event.name) {
        case (.affine, "Z1"): return "z = np.dot(x, self.weights) + self.bias"
        case (.heaviside, "A1"): return "return 1 if z > 0 else 0"
        case (.residual, "error"): return "error = y[i] - prediction"
        case (.weightGradient, "dW1"): return "error * self.lr * X[i]"
        case (.biasGradient, "db1"): return "error * self.lr"
        case (.update, "W1"): return "self.weights += error * self.lr * X[i]"
        case (.update, "b1"): return "self.bias += error * self.lr"
        default: return nil
        }
    }
}
