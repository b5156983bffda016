import Foundation
import XCTest

/// Each kind of broken lesson file, through the built binary: the exact message (Spanish by
/// default, English with `--lang en`) and exit status 1. Each file is `Lessons/xor.json` with one
/// mistake, so the expected message names only that mistake.
final class BadLessonTests: XCTestCase {
    /// Runs `nnstep lesson FILE --print` (plus `extra`) and checks the whole of standard error.
    private func assertRefused(_ file: URL, _ extra: [String] = [], stderr expected: String,
                               file source: StaticString = #filePath, line: UInt = #line) throws {
        let result = try NNStepProcess.run(["lesson", file.path, "--print"] + extra)
        XCTAssertEqual(result.status, 1, result.stderr, file: source, line: line)
        XCTAssertFalse(result.signaled, file: source, line: line)
        XCTAssertEqual(result.stdout, "", file: source, line: line)
        XCTAssertEqual(result.stderr, expected, file: source, line: line)
    }

    /// Every activation, as the message lists them.
    private let activations = "heaviside, sigmoid, tanh, relu, leaky_relu, elu, gelu, swish, softmax, linear"

    private func lesson(_ name: String, _ change: @escaping (String) -> String) throws -> URL {
        try NNStepProcess.xorLesson(named: name, change)
    }

    func testInvalidJSONGivesFileLineAndColumn() throws {
        // Line 3 is `  "title": ,`: the comma is character 12.
        let file = try NNStepProcess.file("{\n  \"name\": \"roto\",\n  \"title\": ,\n}\n", named: "roto.json")
        try assertRefused(file, stderr: "\(file.path):3:12: el JSON no es válido: se esperaba un valor (número, texto, lista u objeto) («,»).\n")
        try assertRefused(file, ["--lang", "en"], stderr: "\(file.path):3:12: invalid JSON: expected a value (number, string, list or object) (\",\").\n")
    }

    func testMissingKey() throws {
        let file = try lesson("falta.json") { $0.replacingOccurrences(of: "\"epochs\": 5000,", with: "") }
        try assertRefused(file, stderr: "\(file.path): la lección tiene 1 problema(s):\n  • training.epochs: falta la clave obligatoria\n")
    }

    func testUnknownKeySuggestsTheClosestOneAndTheRequiredKeyIsThenMissing() throws {
        let file = try lesson("errata.json") { $0.replacingOccurrences(of: "\"learningRate\"", with: "\"learningrate\"") }
        try assertRefused(file, stderr: """
            \(file.path): la lección tiene 2 problema(s):
              • training.learningrate: clave desconocida: ¿quisiste decir «learningRate»?
              • training.learningRate: falta la clave obligatoria

            """)
        try assertRefused(file, ["--lang", "en"], stderr: """
            \(file.path): the lesson has 2 problem(s):
              • training.learningrate: unknown key: did you mean "learningRate"?
              • training.learningRate: this required key is missing

            """)
    }

    func testWrongType() throws {
        let file = try lesson("tipo.json") { $0.replacingOccurrences(of: "\"inputs\": 2,", with: "\"inputs\": \"2\",") }
        try assertRefused(file, stderr: "\(file.path): la lección tiene 1 problema(s):\n  • network.inputs: se esperaba un número y hay un texto\n")
    }

    func testIntegerOutOfRangeAndNotWhole() throws {
        let units = try lesson("unidades.json") { $0.replacingOccurrences(of: "{ \"units\": 2,", with: "{ \"units\": 0,") }
        try assertRefused(units, stderr: "\(units.path): la lección tiene 1 problema(s):\n  • network.layers[0].units: 0 no vale: debe ser un número entero entre 1 y 100000\n")
        let epochs = try lesson("epocas.json") { $0.replacingOccurrences(of: "\"epochs\": 5000", with: "\"epochs\": 2.5") }
        try assertRefused(epochs, stderr: "\(epochs.path): la lección tiene 1 problema(s):\n  • training.epochs: 2.5 no vale: debe ser un número entero entre 1 y 10000000\n")
    }

    func testLearningRateMustBeFiniteAndPositive() throws {
        let negative = try lesson("eta.json") { $0.replacingOccurrences(of: "\"learningRate\": 0.5", with: "\"learningRate\": -0.5") }
        try assertRefused(negative, stderr: "\(negative.path): la lección tiene 1 problema(s):\n  • training.learningRate: -0.5 no vale: debe ser un número finito mayor que 0\n")
        // 1e400 is beyond the largest double: JSON reads it as infinity.
        let infinite = try lesson("eta-inf.json") { $0.replacingOccurrences(of: "\"learningRate\": 0.5", with: "\"learningRate\": 1e400") }
        try assertRefused(infinite, ["--lang", "en"], stderr: "\(infinite.path): the lesson has 1 problem(s):\n  • training.learningRate: ∞ is not allowed: it must be a finite number greater than 0\n")
    }

    func testUnknownActivation() throws {
        let file = try lesson("sigmoide.json") { $0.replacingOccurrences(of: "{ \"units\": 1, \"activation\": \"sigmoid\" }", with: "{ \"units\": 1, \"activation\": \"sigmoide\" }") }
        try assertRefused(file, stderr: "\(file.path): la lección tiene 1 problema(s):\n  • network.layers[1].activation: la activación «sigmoide» no existe; las que hay: \(activations)\n")
    }

    func testRaggedRowIsCountedFromZero() throws {
        let file = try lesson("filas.json") { $0.replacingOccurrences(of: "[1, 0], [1, 1]]", with: "[1, 0, 1], [1, 1]]") }
        try assertRefused(file, stderr: "\(file.path): la lección tiene 1 problema(s):\n  • data.X[2]: la fila 2 tiene 3 valores, pero la primera tiene 2: todas las filas deben medir lo mismo\n")
    }

    func testEmptyMatrixAndEmptyLayers() throws {
        let file = try lesson("vacia.json") { $0.replacingOccurrences(of: "\"y\": [[0], [1], [1], [0]]", with: "\"y\": []") }
        try assertRefused(file, stderr: "\(file.path): la lección tiene 1 problema(s):\n  • data.y: está vacía\n")
    }

    func testNumberTooLargeInTheData() throws {
        let file = try lesson("enorme.json") { $0.replacingOccurrences(of: "[[0, 0], [0, 1],", with: "[[0, 0], [0, 1e400],") }
        try assertRefused(file, stderr: "\(file.path): la lección tiene 1 problema(s):\n  • data.X[1][1]: el número es demasiado grande para representarlo (pasa de 1.8e308)\n")
    }

    func testShapesNameBothShapesAndTheRule() throws {
        let columns = try lesson("entradas.json") { $0.replacingOccurrences(of: "\"inputs\": 2,", with: "\"inputs\": 3,") }
        try assertRefused(columns, stderr: "\(columns.path): la lección tiene 1 problema(s):\n  • data.X: tiene forma [4×2], pero debe ser [4×3]: X tiene una columna por cada entrada de la red («network.inputs»)\n")
        let outputs = try lesson("salidas.json") { $0.replacingOccurrences(of: "[[0], [1], [1], [0]]", with: "[[0, 1], [1, 0], [1, 0], [0, 1]]") }
        try assertRefused(outputs, stderr: "\(outputs.path): la lección tiene 1 problema(s):\n  • data.y: tiene forma [4×2], pero debe ser [4×1]: y tiene una columna por cada neurona de la capa de salida\n")
        let rows = try lesson("ejemplos.json") { $0.replacingOccurrences(of: "[[0], [1], [1], [0]]", with: "[[0], [1], [1]]") }
        try assertRefused(rows, stderr: "\(rows.path): la lección tiene 1 problema(s):\n  • data.y: tiene forma [3×1], pero debe ser [4×1]: X e y tienen una fila por ejemplo, así que deben tener las mismas filas\n")
        let bias = try lesson("sesgo.json") { $0.replacingOccurrences(of: "\"training\": {", with: "\"init\": {\"b1\": [[0.1], [0.2]]},\n  \"training\": {") }
        try assertRefused(bias, stderr: "\(bias.path): la lección tiene 1 problema(s):\n  • init.b1: tiene forma [2×1], pero debe ser [1×2]: b_l es una fila [1 × neuronas de la capa l]\n")
        let weights = try lesson("pesos.json") { $0.replacingOccurrences(of: "\"training\": {", with: "\"init\": {\"W2\": [[0.7, 0.1]]},\n  \"training\": {") }
        try assertRefused(weights, ["--lang", "en"], stderr: "\(weights.path): the lesson has 1 problem(s):\n  • init.W2: has shape [1×2], but it must be [2×1]: W_l is [neurons of the previous layer × neurons of layer l], because the output of one layer is the input of the next\n")
    }

    func testInitKeyThatIsNotAParameter() throws {
        let file = try lesson("w3.json") { $0.replacingOccurrences(of: "\"training\": {", with: "\"init\": {\"W3\": [[1]]},\n  \"training\": {") }
        try assertRefused(file, stderr: "\(file.path): la lección tiene 1 problema(s):\n  • init.W3: no es un parámetro de esta red; los que tiene son W1, b1, W2, b2\n")
    }

    func testTooManyLayers() throws {
        let hidden = String(repeating: "{ \"units\": 2, \"activation\": \"sigmoid\" },\n", count: 100)
        let file = try lesson("capas.json") { $0.replacingOccurrences(of: "\"layers\": [\n", with: "\"layers\": [\n" + hidden) }
        try assertRefused(file, stderr: "\(file.path): la lección tiene 1 problema(s):\n  • network.layers: la red tiene 102 capas, y una lección puede tener como mucho 100\n")
    }

    func testEveryProblemOfAFileIsReportedAtOnce() throws {
        let file = try lesson("todo.json") {
            $0.replacingOccurrences(of: "\"epochs\": 5000", with: "\"epoch\": 5000")
                .replacingOccurrences(of: "\"inputs\": 2,", with: "\"inputs\": -2,")
                .replacingOccurrences(of: "\"activation\": \"sigmoid\" }\n", with: "\"activation\": \"tangente\" }\n")
        }
        try assertRefused(file, stderr: """
            \(file.path): la lección tiene 4 problema(s):
              • network.inputs: -2 no vale: debe ser un número entero entre 1 y 100000
              • network.layers[1].activation: la activación «tangente» no existe; las que hay: \(activations)
              • training.epoch: clave desconocida: ¿quisiste decir «epochs»?
              • training.epochs: falta la clave obligatoria

            """)
    }

    func testLessonFileTooLargeIsRefusedUnlessForced() throws {
        // 17 MB of spaces after a valid lesson: JSON allows them, and the file passes the 16 MB limit.
        let padding = String(repeating: " ", count: 17_000_000)
        let file = try lesson("grande.json") { $0 + padding }
        try assertRefused(file, stderr: "\(file.path): el fichero mide 17 MB y una lección puede medir como mucho 16 MB, así que no se lee. Si de verdad es una lección, ábrela con --force.\n")
        let forced = try NNStepProcess.run(["lesson", file.path, "--print", "--epochs", "1", "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stdout.contains("Época 1/1 · paso 23/23"))
    }

    func testDataFileIsLookedForNextToTheLesson() throws {
        let file = try lesson("csv.json") {
            $0.replacingOccurrences(of: "\"X\": [[0, 0], [0, 1], [1, 0], [1, 1]],\n    \"y\": [[0], [1], [1], [0]]",
                                    with: "\"csv\": \"datos/xor.csv\", \"inputs\": \"1-2\", \"label\": 3")
        }
        let expected = file.deletingLastPathComponent().appendingPathComponent("datos/xor.csv").path
        try assertRefused(file, stderr: "\(file.path): la lección tiene 1 problema(s):\n  • data.csv: no existe el fichero de datos «datos/xor.csv» (se busca junto a la lección: \(expected))\n")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent().appendingPathComponent("datos"),
                                                withIntermediateDirectories: true)
        try "0,0,0\n0,1,1\n1,0,1\n1,1,0\n".write(toFile: expected, atomically: true, encoding: .utf8)
        let result = try NNStepProcess.run(["lesson", file.path, "--print", "--epochs", "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    func testLayersThatDoNotFitAndALossWithoutItsOutput() throws {
        let file = try lesson("capas.json") {
            $0.replacingOccurrences(of: "{ \"units\": 2, \"activation\": \"sigmoid\" },",
                                    with: "{ \"type\": \"conv2d\", \"filters\": 2, \"kernel\": 3, \"activation\": \"relu\" },")
                .replacingOccurrences(of: "\"epochs\": 5000,", with: "\"epochs\": 5000, \"loss\": \"cross_entropy\",")
        }
        try assertRefused(file, ["--lang", "en"], stderr: """
            \(file.path): the lesson has 2 problem(s):
              • network.layers[0]: a conv2d layer works on images (channels×height×width maps), but it receives a row of numbers: give the input with "network.image", and do not put this layer after a flatten or a dense layer
              • training.loss: cross_entropy needs a softmax output layer (one probability per class, adding up to 1), and this network's is sigmoid: write "activation": "softmax" in the last layer, or use another loss ("mse")

            """)
    }

    func testLessonThatDoesNotExist() throws {
        let byName = try NNStepProcess.run(["lesson", "xro", "--print"])
        XCTAssertEqual(byName.status, 1)
        XCTAssertTrue(byName.stderr.hasPrefix("No hay ninguna lección llamada «xro».\nLecciones disponibles: "), byName.stderr)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-existe-\(UUID().uuidString).json").path
        let byPath = try NNStepProcess.run(["lesson", path, "--print"])
        XCTAssertEqual(byPath.status, 1)
        XCTAssertEqual(byPath.stderr, "No existe el fichero de lección «\(path)».\n")
    }
}
