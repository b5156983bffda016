import Trace
import XCTest
@testable import Explain

/// The activations beyond the notes' sigmoid: what each does to this step's numbers and the
/// slope the backward pass will use (§1, §3, §3.1).
final class ActivationAnnotationTests: XCTestCase {
    func testReLUCountsTheNegativesTurnedToZeroAndADeadNeuron() {
        let a = Annotations(OperationContexts.relu())
        XCTAssertEqual(a.spanish.title, "Activación ReLU A₁")
        assertContains(a.es, "De los 12 valores de Z₁, 7 eran negativos o 0 y ahora valen 0; los 5 restantes no cambian.")
        assertContains(a.es, "Aquí los valores van de 0.0000 a 3.0000.")
        assertContains(a.es, "mientras que σ' nunca pasa de 0.25")
        assertContains(a.es, "Neuronas que no se activan con ningún ejemplo de este lote: 2.")
        assertContains(a.en, "Of the 12 values of Z₁, 7 were negative or 0 and are now 0; the other 5 do not change.")
        assertContains(a.en, "whereas σ' never goes above 0.25")
        XCTAssertEqual(a.spanish.codeLine, "a1 = relu(z1)")
    }

    func testTheHeavisideStepSaysWhichExamplesFire() {
        let a = Annotations(OperationContexts.heaviside())
        XCTAssertEqual(a.spanish.title, "Escalón de Heaviside A₁")
        assertContains(a.es, "Salidas que se disparan: 1 de 4, las que tenían z > 0; las otras 3 se quedan en 0.")
        assertContains(a.es, "ejemplo 3 (1, 0) → 0; ejemplo 4 (1, 1) → 1")
        assertContains(a.es, "w ← w + η·error·x (§1.1)")
        assertContains(a.en, "Outputs that fire: 1 of 4, those whose z > 0; the other 3 stay at 0.")
        assertContains(a.en, "example 4 (1, 1) → 1")
        XCTAssertEqual(a.spanish.codeLine, "return 1 if z > 0 else 0")
    }

    func testTanhSaturatesAndItsSlopeReachesOne() {
        let a = Annotations(OperationContexts.tanh())
        assertContains(a.es, "2 de los 4 valores pasan de 0.9 en valor absoluto")
        assertContains(a.es, "Aquí los valores van de -0.9951 a 0.9640.")
        assertContains(a.es, "esas pendientes van de 0.0099 a 1.0000")
        assertContains(a.en, "those slopes go from 0.0099 to 1.0000")
        XCTAssertNil(a.spanish.codeLine)
    }

    func testLeakyReLUAndELUKeepSomethingOfTheNegatives() {
        let leaky = Annotations(OperationContexts.leakyRelu())
        assertContains(leaky.es, "2 de los 4 valores de Z₁ eran negativos o 0 y quedan multiplicados por 0.01: el más bajo, -3.0000, pasa a -0.0300.")
        assertContains(leaky.en, "the lowest, -3.0000, becomes -0.0300")
        let elu = Annotations(OperationContexts.elu())
        assertContains(elu.es, "3 de los 4 valores de Z₁ eran negativos o 0; el más bajo, -2.0000, queda en -0.8647.")
        assertContains(elu.es, "esas pendientes van de 0.1353 a 1.0000")
        assertContains(elu.en, "the lowest, -2.0000, ends at -0.8647")
    }

    func testGELUAndSwishSlopesFromTheirOwnNumbers() {
        // GELU(1) = Φ(1) = 0.8413, GELU(−1) = −0.1587; slopes Φ(z) + z·φ(z): 1.0833 and −0.0833.
        let gelu = Annotations(OperationContexts.gelu())
        assertContains(gelu.es, "Aquí los valores van de -0.1587 a 0.8413.")
        assertContains(gelu.es, "esas pendientes van de -0.0833 a 1.0833")
        assertContains(gelu.en, "those slopes go from -0.0833 to 1.0833")
        // Swish(2) = 2·σ(2) = 1.7616, Swish(−1) = −0.2689; slopes 1.0908 and 0.0723.
        let swish = Annotations(OperationContexts.swish())
        assertContains(swish.es, "Aquí los valores van de -0.2689 a 1.7616.")
        assertContains(swish.en, "those slopes go from 0.0723 to 1.0908")
    }

    func testTheIdentityIsThePrediction() {
        let a = Annotations(OperationContexts.linear())
        XCTAssertEqual(a.spanish.title, "Sin activación A₂")
        assertContains(a.es, "Como es la última capa, A₂ es la predicción ŷ de la red para cada ejemplo.")
        assertContains(a.en, "Its derivative is 1 everywhere")
    }

    func testSoftmaxRowsSumOneAndTheFirstExampleIsWrong() {
        // softmax(2, 1, 0) = (0.6652, 0.2447, 0.0900); the right class of example 1 is class 1.
        let a = Annotations(OperationContexts.softmax())
        XCTAssertEqual(a.spanish.title, "Softmax A₂")
        assertContains(a.es, "entre las 3 clases")
        assertContains(a.es, "ninguna fila se aparta de 1 (la que más, suma 1.0000)")
        assertContains(a.es, "En el ejemplo 1, la clase más probable es la clase 0, con una probabilidad de 0.6652.")
        assertContains(a.es, "Pero según y la correcta es la clase 1, que solo recibe 0.2447.")
        assertContains(a.es, "coincide con la de y en 1 de 2 ejemplos")
        assertContains(a.es, "se reducen a ŷ − y (§3.2)")
        assertContains(a.en, "In example 1, the most probable class is class 0, with a probability of 0.6652.")
        assertContains(a.en, "But according to y the right one is class 1, which only gets 0.2447.")
        XCTAssertEqual(a.spanish.codeLine, "predicted_output = softmax(z2)")
    }

    func testAnUndecidedSoftmaxIsCloseToAnEvenSplit() {
        let a = Annotations(OperationContexts.softmax(z: Matrix([[0.1, 0, 0]]), targets: Matrix([[1, 0, 0]])))
        assertContains(a.es, "la clase 0, con una probabilidad de 0.3559")
        assertContains(a.es, "cerca de 1/3 = 0.3333")
        assertContains(a.es, "Es justo la clase que indica y.")
        assertContains(a.en, "close to 1/3 = 0.3333")
    }

    func testAnActivationWithoutValuesStillExplainsItself() {
        var context = OperationContexts.relu()
        context.event.values = nil
        context.values = [:]
        let a = Annotations(context)
        assertContains(a.es, "no se muestreó")
        assertContains(a.es, "Hacia atrás, su derivada será 1 donde z > 0")
        XCTAssertFalse(a.es.contains("Neuronas que no se activan"), a.es)
    }
}
