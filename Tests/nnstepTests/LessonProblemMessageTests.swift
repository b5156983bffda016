import XCTest
import Trace
@testable import nnstep

/// The wording of every problem of the general lesson format (layers, training settings, data
/// files, variants), exactly, in Spanish and for some in English.
final class LessonProblemMessageTests: XCTestCase {
    private let spanish = Messages(.spanish), english = Messages(.english)

    private func assertSpanish(_ kind: LessonProblem.Kind, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(spanish.problem(kind), expected, file: file, line: line)
    }

    func testNamesAndKeys() {
        assertSpanish(.unknownName(name: "conv", known: ["dense", "conv2d"], category: .layerType),
                      "no hay ningún tipo de capa «conv»; los que hay: dense, conv2d")
        assertSpanish(.unknownName(name: "mce", known: ["mse", "mae"], category: .loss),
                      "la pérdida «mce» no existe; las que hay: mse, mae")
        assertSpanish(.unknownName(name: "avg", known: ["sum", "mean"], category: .reduction),
                      "la reducción «avg» no existe; las que hay: sum, mean (sum suma los gradientes del lote, como el código de los apuntes; mean los promedia)")
        assertSpanish(.unknownName(name: "rmsprop", known: ["sgd", "momentum", "adam"], category: .optimizer),
                      "el optimizador «rmsprop» no existe; los que hay: sgd, momentum, adam")
        assertSpanish(.unknownName(name: "glorot", known: ["uniform", "xavier", "he"], category: .initialization),
                      "la inicialización «glorot» no existe; las que hay: uniform, xavier, he")
        assertSpanish(.keyNotForType(type: "maxpool", known: ["type", "size"], category: .layerType),
                      "una capa maxpool no lleva esta clave; las suyas son: type, size")
        assertSpanish(.keyNotForType(type: "adam", known: ["type", "beta1"], category: .optimizer),
                      "el optimizador adam no lleva esta clave; las suyas son: type, beta1")
        assertSpanish(.conflictsWith(other: "network.inputs"), "no se puede usar junto con «network.inputs»: quita una de las dos")
        XCTAssertEqual(english.problem(.conflictsWith(other: "data.csv")),
                       "cannot be used together with \"data.csv\": remove one of them")
    }

    func testNumbers() {
        assertSpanish(.notAFraction(value: 1, zeroAllowed: true), "1 no vale: debe ser un número mayor o igual que 0 y menor que 1")
        assertSpanish(.notAFraction(value: 0, zeroAllowed: false),
                      "0 no vale: debe ser una fracción mayor que 0 y menor que 1, como 0.2 (el 20 % de los ejemplos)")
        assertSpanish(.negative(value: -0.1), "-0.1 no vale: debe ser un número finito mayor o igual que 0")
        assertSpanish(.imageDimensions(count: 2),
                      "debe ser una lista de tres números enteros [canales, alto, ancho], como [1, 28, 28], y tiene 2")
        assertSpanish(.resizeDimensions(count: 1), "debe ser una lista de dos números enteros [alto, ancho], como [28, 28], y tiene 1")
        assertSpanish(.tooManyVariants(count: 21, maximum: 20),
                      "hay 21 variantes, y una lección puede tener como mucho 20: cada variante es un entrenamiento completo")
    }

    func testLayersThatDoNotFit() {
        assertSpanish(.denseNeedsFlatten(input: TensorShape(channels: 4, height: 6, width: 6)),
                      "una capa densa recibe una fila de números por ejemplo, pero aquí le llegan mapas 4×6×6: pon antes una capa {\"type\": \"flatten\"}")
        assertSpanish(.needsImage(type: "conv2d"),
                      "una capa conv2d trabaja sobre imágenes (mapas canales×alto×ancho), pero recibe una fila de números: da la entrada con «network.image», y no pongas esta capa después de un flatten ni de una capa densa")
        assertSpanish(.kernelTooLarge(size: 9, input: TensorShape(channels: 1, height: 8, width: 8)),
                      "una ventana de 9×9 no cabe en los mapas 1×8×8 que recibe esta capa: debe ser como mucho tan alta y tan ancha como ellos")
        assertSpanish(.dropoutRate(value: 1),
                      "1 no vale: la tasa de dropout es la fracción de salidas que se apagan, de 0 (incluido) a 1 (sin incluir)")
        assertSpanish(.lastLayerNotDense(type: "dropout"),
                      "la última capa es la de salida y debe ser densa, pero es dropout: termina la red con una capa {\"units\": …, \"activation\": …}")
        XCTAssertEqual(english.problem(.denseNeedsFlatten(input: TensorShape(channels: 32, height: 13, width: 13))),
                       "a dense layer takes one row of numbers per example, but here it receives 32×13×13 maps: put a {\"type\": \"flatten\"} layer before it")
    }

    func testTrainingAgainstTheNetworkAndTheData() {
        assertSpanish(.lossNeedsActivation(loss: .crossEntropy, required: .softmax, found: .sigmoid),
                      "cross_entropy necesita una capa de salida softmax (una probabilidad por clase, que suman 1), y la de esta red es sigmoid: pon \"activation\": \"softmax\" en la última capa, o usa otra pérdida (\"mse\")")
        assertSpanish(.lossNeedsActivation(loss: .binaryCrossEntropy, required: .sigmoid, found: .softmax),
                      "bce necesita una capa de salida sigmoid (una probabilidad entre 0 y 1 por salida), y la de esta red es softmax: pon \"activation\": \"sigmoid\" en la última capa, o usa otra pérdida (\"mse\")")
        assertSpanish(.batchSizeTooLarge(size: 64, examples: 4),
                      "64 no vale: un lote no puede tener más ejemplos que los 4 de entrenamiento (sin «batchSize» se entrena con todos a la vez)")
        assertSpanish(.needsTestData,
                      "la parada temprana vigila la pérdida de los ejemplos de prueba, y esta lección no tiene: añade «data.test» (una fracción, como 0.2) o «data.testX» y «data.testY»")
        assertSpanish(.testSplitEmpty(fraction: 0.9, examples: 4, test: 4),
                      "de 4 ejemplos, la fracción 0.9 aparta 4 para la prueba y deja 0 para entrenar: cada parte necesita al menos un ejemplo")
    }

    func testDataFiles() {
        let file = "data/digitos.csv"
        func csv(_ error: CSVError) -> LessonProblem.Kind { .csv(file: file, resolved: "/curso/data/digitos.csv", error: error) }
        assertSpanish(csv(.notFound), "no existe el fichero de datos «data/digitos.csv» (se busca junto a la lección: /curso/data/digitos.csv)")
        assertSpanish(csv(.notRegularFile), "«data/digitos.csv» no es un fichero de datos: es una carpeta, una tubería o un dispositivo")
        assertSpanish(csv(.unreadable(reason: "Permiso denegado")), "no se puede leer «data/digitos.csv»: Permiso denegado")
        assertSpanish(csv(.tooLarge(bytes: 200_000_000, limit: 128 << 20)),
                      "«data/digitos.csv» mide 200 MB y un fichero de datos puede medir como mucho 134 MB")
        assertSpanish(csv(.empty), "«data/digitos.csv» no tiene ninguna fila de números: está vacío o solo tiene la cabecera")
        assertSpanish(csv(.notANumber(line: 3, column: 2, text: "siete")),
                      "«data/digitos.csv», línea 3, columna 2: «siete» no es un número")
        assertSpanish(csv(.notANumber(line: 3, column: 65, text: "")), "«data/digitos.csv», línea 3, columna 65: la celda está vacía")
        assertSpanish(csv(.notFinite(line: 4, column: 1, text: "1e400")),
                      "«data/digitos.csv», línea 4, columna 1: 1e400 es demasiado grande para representarlo (pasa de 1.8e308)")
        assertSpanish(csv(.cellCount(line: 9, count: 64, expected: 65, firstLine: 1)),
                      "«data/digitos.csv», línea 9: tiene 64 valores, pero la línea 1 tiene 65: todas las filas deben medir lo mismo")
        assertSpanish(csv(.semicolonSeparated(line: 1)),
                      "«data/digitos.csv», línea 1: los valores parecen separados por «;», como los exporta una hoja de cálculo en español; nnstep lee valores separados por comas y con punto decimal (1.5)")
        assertSpanish(.badColumnRange(text: "64-1"),
                      "«64-1» no es un rango de columnas: escribe \"1-64\" (de la columna 1 a la 64, contando desde 1) o un número de columna")
        assertSpanish(.columnOutOfRange(column: 66, columns: 65, file: file),
                      "la columna 66 no existe: «data/digitos.csv» tiene 65 columnas, contadas desde 1")
        assertSpanish(.labelAmongInputs(label: 64, inputs: 1...64),
                      "la columna 64 de la etiqueta está entre las de entrada (1-64): la red vería la respuesta")
        assertSpanish(.labelNotAClass(file: file, line: 6, column: 65, value: 5, classes: 5, others: 0),
                      "«data/digitos.csv», línea 6, columna 65: la etiqueta 5 no es una clase: con 5 clases, debe ser un número entero de 0 a 4")
        assertSpanish(.labelNotAClass(file: file, line: 6, column: 65, value: 5, classes: 5, others: 895),
                      "«data/digitos.csv», línea 6, columna 65: la etiqueta 5 no es una clase: con 5 clases, debe ser un número entero de 0 a 4 (y 895 filas más tienen etiquetas así)")
        assertSpanish(.imageNotSquare(inputs: 63),
                      "para redimensionar, las 63 columnas de entrada deben formar una imagen cuadrada (8×8 = 64 columnas), y 63 no es un número al cuadrado")
        assertSpanish(.classesMismatch(classes: 10, outputs: 8),
                      "hay 10 clases, pero la capa de salida tiene 8 neuronas: hace falta una neurona de salida por clase")
    }

    func testVariantsAndShapeRules() {
        assertSpanish(.emptyLabel, "está vacía: cada variante necesita un nombre que la distinga en la comparación")
        assertSpanish(.duplicateLabel(label: "η = 1", first: 0),
                      "la etiqueta «η = 1» ya la tiene la variante 0: cada variante necesita una etiqueta distinta")
        assertSpanish(.shapeMismatch(found: Shape(rows: 3, columns: 1), expected: Shape(rows: 4, columns: 1), rule: .variantTargets),
                      "tiene forma [3×1], pero debe ser [4×1]: la y de una variante sustituye a «data.y», así que tiene su misma forma")
        assertSpanish(.shapeMismatch(found: Shape(rows: 3, columns: 4), expected: Shape(rows: 9, columns: 4), rule: .convolutionWeightShape),
                      "tiene forma [3×4], pero debe ser [9×4]: W_l de una convolución mide [canales de su entrada·k·k × filtros]: una columna por filtro")
        assertSpanish(.shapeMismatch(found: Shape(rows: 2, columns: 63), expected: Shape(rows: 2, columns: 64), rule: .columnsOfImage),
                      "tiene forma [2×63], pero debe ser [2×64]: X tiene una columna por cada número de la imagen de entrada: canales·alto·ancho de «network.image»")
    }

    func testTheWholeReportOfADecodedLesson() throws {
        let text = """
            {"network": {"inputs": 2, "layers": [{"units": 2, "activation": "relu"}, {"type": "dropout", "rate": 0.5}]},
             "data": {"X": [[0, 0], [1, 1]], "y": [[0], [1]]},
             "training": {"learningRate": 0.1, "epochs": 10, "batchSize": 3, "earlyStopping": {"patience": 2}},
             "variants": [{"label": "a"}, {"label": "a"}]}
            """
        XCTAssertThrowsError(try LessonDecoder.decode(JSONParser.parse(text), fallbackName: "x", path: "x.json")) { error in
            guard let error = error as? LessonError else { return XCTFail("\(error)") }
            XCTAssertEqual(self.spanish.lesson(error), """
                x.json: la lección tiene 4 problema(s):
                  • network.layers[1]: la última capa es la de salida y debe ser densa, pero es dropout: termina la red con una capa {"units": …, "activation": …}
                  • training.batchSize: 3 no vale: un lote no puede tener más ejemplos que los 2 de entrenamiento (sin «batchSize» se entrena con todos a la vez)
                  • training.earlyStopping: la parada temprana vigila la pérdida de los ejemplos de prueba, y esta lección no tiene: añade «data.test» (una fracción, como 0.2) o «data.testX» y «data.testY»
                  • variants[1].label: la etiqueta «a» ya la tiene la variante 0: cada variante necesita una etiqueta distinta
                """)
        }
    }
}
