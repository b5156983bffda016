import Trace
import XCTest
@testable import Explain

/// The notes' code lines, quoted exactly, for the loops the notes write: the multilayer XOR
/// loop, §3's MNIST loop, §1's perceptron and §4's CNN; none for other networks.
final class NotesCodeLineTests: XCTestCase {
    /// The contexts of one batch of the plan the engine builds for `network`, without values.
    private func plan(_ network: NetworkSpec, loss: Loss = .squaredError, rows: Int = 4,
                      withNetwork: Bool = true) -> [StepContext] {
        var settings = TrainingSettings(learningRate: 0.5, epochs: 1, seed: 1, sampling: .all)
        settings.loss = loss
        let steps = EpochPlan(spec: network, settings: settings, rows: rows).steps
        let events = steps.enumerated().map { TraceEvent(spec: $1, sequence: $0, epoch: 1, step: $0 + 1, values: nil) }
        return StepContext.epoch(events, learningRate: 0.5, layerCount: network.depth,
                                 network: withNetwork ? network : nil)
    }

    private func lines(_ contexts: [StepContext]) -> [String: String] {
        var lines: [String: String] = [:]
        for context in contexts {
            let key = context.event.operation == .update ? context.event.name + "←" : context.event.name
            lines[key] = CodeLine.line(for: context)
        }
        return lines
    }

    func testTheMNISTLoopOfSection3() {
        let network = NetworkSpec(inputs: 64, layers: [LayerSpec(units: 128, activation: .relu),
                                                       LayerSpec(units: 10, activation: .softmax)])
        let lines = lines(plan(network, loss: .crossEntropy))
        XCTAssertEqual(lines["Z1"], "z1 = np.dot(X_train, W1) + b1")
        XCTAssertEqual(lines["A1"], "a1 = relu(z1)")
        XCTAssertEqual(lines["Z2"], "z2 = np.dot(a1, W2) + b2")
        XCTAssertEqual(lines["A2"], "predicted_output = softmax(z2)")
        XCTAssertEqual(lines["delta_out"], "d_output = predicted_output - y_train")
        XCTAssertEqual(lines["Error_hidden"], "error_hidden = d_output.dot(W2.T)")
        XCTAssertEqual(lines["delta_hidden"], "d_hidden = error_hidden * relu_derivative(z1)")
        XCTAssertEqual(lines["W2←"], "W2 -= learning_rate * a1.T.dot(d_output)")
        XCTAssertEqual(lines["W1←"], "W1 -= learning_rate * X_train.T.dot(d_hidden)")
        XCTAssertNil(lines["b1←"])
    }

    func testTheXORLoopIsUnchanged() {
        let network = NetworkSpec(inputs: 2, layers: [LayerSpec(units: 2, activation: .sigmoid),
                                                      LayerSpec(units: 1, activation: .sigmoid)])
        for withNetwork in [true, false] {
            let lines = lines(plan(network, withNetwork: withNetwork))
            XCTAssertEqual(lines["A1"], "hidden_layer_output = sigmoid(hidden_layer_input)")
            XCTAssertEqual(lines["delta_out"], "d_predicted_output = error * sigmoid_derivative(predicted_output)")
            XCTAssertEqual(lines["W1←"], "W1 += X.T.dot(d_hidden_layer) * learning_rate")
            XCTAssertEqual(lines.count, 17)
        }
    }

    func testThePerceptronOfSection1() {
        let network = NetworkSpec(inputs: 2, layers: [LayerSpec(units: 1, activation: .heaviside)])
        let lines = lines(plan(network))
        XCTAssertEqual(lines["Z1"], "z = np.dot(x, self.weights) + self.bias")
        XCTAssertEqual(lines["A1"], "return 1 if z > 0 else 0")
        XCTAssertEqual(lines["error"], "error = y[i] - prediction")
        XCTAssertEqual(lines["W1←"], "self.weights += error * self.lr * X[i]")
        XCTAssertEqual(lines["b1←"], "self.bias += error * self.lr")
    }

    func testTheCNNOfSection4() {
        let network = NetworkSpec(inputImage: TensorShape(channels: 1, height: 28, width: 28), layers: [
            .conv2d(filters: 32, kernel: 3, activation: .relu), .maxPool(size: 2),
            .conv2d(filters: 64, kernel: 3, activation: .relu), .maxPool(size: 2), .flatten,
            LayerSpec(units: 128, activation: .relu), LayerSpec(units: 10, activation: .softmax),
        ])
        let lines = lines(plan(network, loss: .crossEntropy, rows: 2))
        XCTAssertEqual(lines["Z1"], "x = self.pool(F.relu(self.conv1(x)))")
        XCTAssertEqual(lines["P2"], "x = self.pool(F.relu(self.conv2(x)))")
        XCTAssertEqual(lines["F"], "x = x.view(-1, 5 * 5 * 64)")
        XCTAssertNil(lines["Z3"])
    }

    func testOtherNetworksHaveNoLine() {
        let network = NetworkSpec(inputs: 2, layers: [LayerSpec(units: 2, activation: .relu),
                                                      LayerSpec(units: 1, activation: .sigmoid)])
        let lines = lines(plan(network))
        XCTAssertNil(lines["A1"])
        XCTAssertNil(lines["delta_hidden"])
    }
}
