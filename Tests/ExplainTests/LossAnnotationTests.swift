import Foundation
import Trace
import XCTest
@testable import Explain

/// The losses besides the squared error, the loss's gradient, the simplified delta of §3.2 and
/// the perceptron's rule of §1.1.
final class LossAnnotationTests: XCTestCase {
    func testMeanAbsoluteErrorNamesTheLargestGapAndItsBatch() {
        let a = Annotations(OperationContexts.loss(.meanAbsoluteError, targets: Matrix([[1], [0]]),
                                                   prediction: Matrix([[0.8], [0.4]]), value: 0.3, batch: 2))
        XCTAssertEqual(a.spanish.title, "Pérdida (error absoluto medio)")
        assertContains(a.es, "sobre los 2 números de la salida A₂")
        assertContains(a.es, "En la época 1 vale 0.3000.")
        assertContains(a.es, "Es la pérdida del lote 2")
        assertContains(a.es, "El mayor error es el del ejemplo 2: |0 − 0.4000| = 0.4000.")
        assertContains(a.en, "This is the loss of batch 2")
        assertContains(a.en, "The largest error is that of example 2: |0 − 0.4000| = 0.4000.")
    }

    func testBinaryCrossEntropyNamesTheMostExpensiveTerm() {
        // −ln 0.9 = 0.1054 and −ln(1 − 0.2) = 0.2231: their mean is 0.1643.
        let a = Annotations(OperationContexts.loss(.binaryCrossEntropy, targets: Matrix([[1], [0]]),
                                                   prediction: Matrix([[0.9], [0.2]]), value: 0.1643))
        assertContains(a.es, "En la época 1 vale 0.1643.")
        assertContains(a.es, "El término más caro es el del ejemplo 2: y = 0 y ŷ = 0.2000 cuestan 0.2231.")
        assertContains(a.en, "The most expensive term is that of example 2: y = 0 and ŷ = 0.2000 cost 0.2231.")
    }

    func testCrossEntropyIsMinusTheLogarithmOfTheRightClass() {
        let probabilities = OperationContexts.probabilities
        let loss = (-log(probabilities[0, 1]) - log(probabilities[1, 2])) / 2
        XCTAssertEqual(Matrix.fixed(loss, digits: 4), "0.7513")
        let a = Annotations(OperationContexts.loss(.crossEntropy, targets: OperationContexts.classTargets,
                                                   prediction: probabilities, value: loss, previousLoss: 0.9))
        XCTAssertEqual(a.spanish.title, "Pérdida (entropía cruzada)")
        assertContains(a.es, "L = −ln(ŷ de esa clase) (§3.2)")
        assertContains(a.es, "la media sobre los 2 ejemplos del lote")
        assertContains(a.es, "En el ejemplo 1 la clase correcta es la clase 1 y la red le da 0.2447: −ln(0.2447) = 1.4076.")
        assertContains(a.es, "costaría ln(3) = 1.0986: la red ya sabe más que eso")
        assertContains(a.es, "Ha bajado 0.1487 desde la anterior pérdida registrada (0.9000).")
        assertContains(a.en, "In example 1 the right class is class 1 and the network gives it 0.2447: −ln(0.2447) = 1.4076.")
        assertContains(a.en, "would cost ln(3) = 1.0986: the network already knows more than that")
    }

    func testCrossEntropyNamesTheCostliestExample() {
        let a = Annotations(OperationContexts.loss(.crossEntropy, targets: Matrix([[1, 0, 0], [0, 1, 0]]),
                                                   prediction: Matrix([[0.5, 0.25, 0.25], [0.3, 0.1, 0.6]]),
                                                   value: 1.4979))
        assertContains(a.es, "El que más cuesta es el ejemplo 2: a su clase correcta, la clase 1, solo le da 0.1000, y −ln(0.1000) = 2.3026.")
        assertContains(a.es, "de momento la red no mejora eso")
        assertContains(a.en, "The costliest is example 2: its right class, class 1, only gets 0.1000")
    }

    func testTheLossGradientIsRecognisedFromItsNumbers() {
        let absolute = Annotations(OperationContexts.lossGradient(.meanAbsoluteError, targets: Matrix([[1], [0]]),
                                                                  prediction: Matrix([[0.8], [0.4]])))
        XCTAssertEqual(absolute.spanish.title, "Gradiente de la pérdida dA2")
        assertContains(absolute.es, "Con el MAE solo queda el signo")
        assertContains(absolute.es, "El mayor en valor absoluto es -1.0000, en el ejemplo 1, neurona 1.")
        let crossEntropy = Annotations(OperationContexts.lossGradient(.crossEntropy, targets: Matrix([[1, 0]]),
                                                                      prediction: Matrix([[0.25, 0.5]])))
        assertContains(crossEntropy.es, "Con la entropía cruzada vale −y/ŷ")
        assertContains(crossEntropy.es, "-4.0000")
        assertContains(crossEntropy.en, "With the cross-entropy it is −y/ŷ")
        let binary = Annotations(OperationContexts.lossGradient(.binaryCrossEntropy, targets: Matrix([[1], [0]]),
                                                                prediction: Matrix([[0.5], [0.5]])))
        assertContains(binary.en, "With the BCE it is (ŷ − y) / (ŷ·(1 − ŷ))")
        let squared = Annotations(OperationContexts.lossGradient(.squaredError, targets: Matrix([[1]]),
                                                                 prediction: Matrix([[0.3]])))
        assertContains(squared.es, "Con estos números es ŷ − y")
    }

    func testTheSimplifiedDeltaIsTheXORSubtractionReversed() {
        let a = Annotations(OperationContexts.simplifiedDelta(prediction: OperationContexts.probabilities,
                                                              targets: OperationContexts.classTargets))
        XCTAssertEqual(a.spanish.title, "Delta de salida δ_out")
        assertContains(a.es, "δ_out = A₂ − y: es la simplificación de los apuntes (§3.2)")
        assertContains(a.es, "∂L/∂Z = ŷ − y")
        assertContains(a.es, "allí error = y − ŷ, aquí ŷ − y")
        assertContains(a.es, "`W2 -= learning_rate * a1.T.dot(d_output)`")
        assertContains(a.es, "la clase correcta es la clase 1: la red le da 0.2447, así que su delta es 0.2447 − 1 = -0.7553")
        assertContains(a.en, "there error = y − ŷ, here ŷ − y")
        assertContains(a.en, "so its delta is 0.2447 − 1 = -0.7553")
        XCTAssertEqual(a.spanish.codeLine, "d_output = predicted_output - y_train")
        let binary = Annotations(OperationContexts.simplifiedDelta(prediction: Matrix([[0.9], [0.3]]),
                                                                   targets: Matrix([[1], [1]])))
        assertContains(binary.es, "con sigmoide y entropía cruzada binaria")
        assertContains(binary.es, "El mayor en valor absoluto es el del ejemplo 2: ŷ = 0.3000 frente a y = 1, delta -0.7000.")
    }

    func testThePerceptronRuleHasNoDerivative() {
        let a = Annotations(OperationContexts.perceptronDelta(errors: Matrix([[0], [1], [0], [-1]])))
        XCTAssertEqual(a.spanish.title, "Error del perceptrón δ₁")
        assertContains(a.es, "w ← w + η·error·x")
        assertContains(a.es, "Se equivoca en 2 de 4 ejemplos (ejemplo 2 (0, 1) y ejemplo 4 (1, 1))")
        assertContains(a.es, "aquí se suman las correcciones de los 4 ejemplos del lote")
        assertContains(a.en, "It is wrong in 2 of 4 examples (example 2 (0, 1) and example 4 (1, 1))")
        let single = Annotations(OperationContexts.perceptronDelta(errors: Matrix([[0]])))
        assertContains(single.es, "No se equivoca en ningún ejemplo")
        assertContains(single.es, "Como en el código de los apuntes, se corrige tras cada ejemplo")
        assertContains(single.en, "As in the notes' code, it corrects after every example")
    }
}
