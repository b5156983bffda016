import Trace
import XCTest
@testable import Explain

/// The layers of §4, forward and backward: convolution, max pooling, flattening and dropout.
final class LayerAnnotationTests: XCTestCase {
    func testConvolutionFollowsTheShapesAndFindsTheStrongestResponse() {
        let a = Annotations(OperationContexts.convolution())
        XCTAssertEqual(a.spanish.title, "Convolución Z₁")
        assertContains(a.es, "4 − 3 + 1 = 2 posiciones por columna: cada mapa pierde 2 filas y 2 columnas, un marco de 1 alrededor. Por eso cada ejemplo pasa de 1×4×4 a 2×2×2.")
        assertContains(a.es, "W₁ tiene 2 columnas, una por filtro, y cada filtro produce un canal de salida: 2 filtros dan 2 mapas de 2×2.")
        assertContains(a.es, "con la convención X·W de siempre")
        assertContains(a.es, "(la matriz de parches, [8×9]) y se multiplica por W₁, [9×2]")
        assertContains(a.es, "[1×28×28] a [32×26×26] con 32 filtros de 3×3 (28 − 2 = 26); aquí, 1×4×4 pasa a 2×2×2.")
        assertContains(a.es, "El valor más alto, 2.0000, está en el ejemplo 2, mapa 2, fila 1, columna 2")
        // The notes' edge detector (§4.1), worked out by hand: −765 + 0 + 765 = 0 and 0 + 0 + 765 = 765.
        assertContains(a.es, "sobre una zona lisa de píxeles a 255 da 0 (no hay cambio, no hay borde)")
        assertContains(a.es, "a blanco (255) da 765, una respuesta muy fuerte")
        assertContains(a.en, "765 on an edge going from black (0) to white (255), a very strong response")
        assertContains(a.en, "every map loses 2 rows and 2 columns, a frame 1 wide all around. That is why each example goes from 1×4×4 to 2×2×2.")
        assertContains(a.en, "The highest value, 2.0000, is in example 2, map 2, row 1, column 2")
        XCTAssertEqual(a.spanish.codeLine, "x = self.pool(F.relu(self.conv1(x)))")
        let second = Annotations(OperationContexts.convolution(layer: 2))
        assertContains(second.es, "[32×13×13] a [64×11×11]")
        XCTAssertEqual(second.english.codeLine, "x = self.pool(F.relu(self.conv2(x)))")
    }

    func testMaxPoolingRoundsDownAndKeepsEachBlocksMaximum() {
        let a = Annotations(OperationContexts.maxPool())
        assertContains(a.es, "bloques de 2×2")
        assertContains(a.es, "1×5×5 pasa a 1×2×2")
        assertContains(a.es, "Como 5 no es múltiplo de 2, 5/2 = 2.5 se redondea hacia abajo a 2, igual que hace PyTorch")
        assertContains(a.es, "De los 25 números de cada ejemplo quedan 4.")
        assertContains(a.es, "(invariancia a la traslación)")
        assertContains(a.es, "el primer bloque del ejemplo 1 en el mapa 1 es (1.0000, 2.0000, 6.0000, 7.0000), y de él queda 7.0000")
        assertContains(a.en, "Since 5 is not a multiple of 2, 5/2 = 2.5 is rounded down to 2, as PyTorch does")
        assertContains(a.en, "(translation invariance)")
    }

    func testFlatteningIsTheNotesView() {
        let notes = Annotations(OperationContexts.flatten())
        assertContains(notes.es, "64·5·5 = 1600 números por ejemplo, [2×64×5×5] → [2×1600]")
        assertContains(notes.es, "Es exactamente el `x = x.view(-1, 64 * 5 * 5)` de los apuntes")
        assertContains(notes.es, "la primera capa densa debe tener 1600 entradas")
        assertContains(notes.en, "64·5·5 = 1600 numbers per example")
        XCTAssertEqual(notes.spanish.codeLine, "x = x.view(-1, 5 * 5 * 64)")
        let other = Annotations(OperationContexts.flatten(channels: 2, side: 3))
        assertContains(other.es, "con estos mapas sería `x.view(-1, 2 * 3 * 3)`, 18 números")
        assertContains(other.en, "with these maps it would be `x.view(-1, 2 * 3 * 3)`, 18 numbers")
        XCTAssertNil(other.spanish.codeLine)
    }

    func testTheDropoutMaskCountsWhatIsSwitchedOff() {
        let a = Annotations(OperationContexts.dropoutMask())
        assertContains(a.es, "se apaga con probabilidad p = 0.2")
        assertContains(a.es, "En este lote se apagan 3 de 10, el 30.0 % (se esperaba en torno al 20 %).")
        assertContains(a.es, "(redundancia)")
        assertContains(a.es, "sobreajuste (§3.3, §4.3)")
        assertContains(a.en, "In this batch 3 of 10 are switched off, 30.0 % (about 20 % was expected).")
    }

    func testDropoutRescalesTheSurvivors() {
        let a = Annotations(OperationContexts.dropout())
        assertContains(a.es, "se multiplican por 1/(1 − 0.2) = 1.25")
        assertContains(a.es, "Quedan a 0 3 de 10 valores; uno que sobrevive, 0.4000, pasa a 0.5000.")
        assertContains(a.en, "one survivor, 0.4000, becomes 0.5000")
    }

    func testGradientsGoBackThroughConvolutionPoolingAndDropout() {
        let convolution = Annotations(OperationContexts.convBackpropagate())
        XCTAssertEqual(convolution.spanish.title, "Error retropropagado por la convolución Error_P1")
        assertContains(convolution.es, "El delta δ₂ ([1×2×2×2]) vuelve a los mapas de entrada de la convolución ([1×2×4×4])")
        assertContains(convolution.es, "girados 180 grados")
        assertContains(convolution.es, "uno del centro entra en 9 (3×3)")
        assertContains(convolution.es, "El mayor en valor absoluto es -0.9000, en el ejemplo 1, mapa 2, fila 3, columna 4.")
        assertContains(convolution.en, "turned by 180 degrees")
        let pool = Annotations(OperationContexts.poolBackpropagate())
        assertContains(pool.es, "la posición del máximo de su bloque de 2×2")
        assertContains(pool.es, "Por eso 12 de los 16 valores de Error₁ son 0 y solo 4 reciben gradiente")
        assertContains(pool.en, "That is why 12 of the 16 values of Error₁ are 0 and only 4 receive a gradient")
        let dropout = Annotations(OperationContexts.dropoutBackpropagate())
        assertContains(dropout.es, "multiplicado por el mismo 2 de la pasada hacia delante")
        assertContains(dropout.es, "La máscara deja a 0 2 de los 4 valores.")
        assertContains(dropout.en, "The mask sets 2 of the 4 values to 0.")
    }

    func testAConvolutionsParametersAreItsFilters() {
        let weights = Annotations(OperationContexts.convolutionParameter(bias: false))
        assertContains(weights.es, "W₁ guarda los 2 filtros de la capa oculta (capa 1 de 2), uno por columna (9×2): cada columna tiene los 9 pesos de un parche de 1×3×3 de X")
        assertContains(weights.es, "El de mayor valor absoluto es -0.8000 (fila 5, columna 2): pertenece al filtro 2.")
        assertContains(weights.en, "W₁ holds the 2 filters of the hidden layer (layer 1 of 2), one per column (9×2)")
        let bias = Annotations(OperationContexts.convolutionParameter(bias: true))
        assertContains(bias.es, "b₁ guarda un sesgo por filtro de la capa oculta (capa 1 de 2)")
    }

    func testLayersAreReadFromNamesAndOperands() {
        XCTAssertEqual(OperationContexts.maxPool().layer, 1)
        XCTAssertEqual(OperationContexts.flatten().layer, 2)
        XCTAssertEqual(OperationContexts.dropoutMask().layer, 2)
        XCTAssertEqual(OperationContexts.convBackpropagate().layer, 1)
        let back = OperationContexts.event(.backpropagate, "Error_F", inputs: ["delta_3", "W3"],
                                           inputShapes: [Shape(rows: 2, columns: 4), Shape(rows: 18, columns: 4)],
                                           formula: "Error_F = δ₃·W₃ᵀ", values: nil, shape: Shape(rows: 2, columns: 18))
        XCTAssertEqual(OperationContexts.context(back, layers: 3).layer, 2)
    }
}
