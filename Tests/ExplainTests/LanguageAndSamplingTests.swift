import Trace
import XCTest
@testable import Explain

/// The same steps in both languages, and in an epoch whose matrices were not kept.
final class LanguageAndSamplingTests: XCTestCase {
    func testSpanishIsWhatTheDefaultAnnotatorWrites() {
        for context in XOREpoch.notes().contexts() {
            XCTAssertEqual(Annotator().annotate(context), Annotator(language: .spanish).annotate(context))
        }
    }

    func testEnglishDiffersButKeepsTheNumbersAndTheCode() {
        for context in XOREpoch.notes().contexts() {
            let spanish = Annotator(language: .spanish).annotate(context)
            let english = Annotator(language: .english).annotate(context)
            XCTAssertNotEqual(spanish.text, english.text, context.event.name)
            XCTAssertEqual(spanish.codeLine, english.codeLine, context.event.name)
        }
        let english = Annotator(language: .english)
        let hidden = english.annotate(XOREpoch.notes().context("Error_hidden"))
        XCTAssertEqual(hidden.title, "Backpropagated error Error_hidden")
        assertContains(hidden.text, "[4×1]·[1×2] → [4×2]")
        let product = HandContexts.weightGradient(x: XOREpoch.inputs, deltas: HandContexts.simpleDeltas)
        let gradient = english.annotate(product)
        assertContains(gradient.text, "Row 1 (weights leaving x₁): only the examples where x₁ ≠ 0 contribute "
                                      + "(examples 3 and 4)")
    }

    func testUnsampledStepsAreExplainedWithoutNumbers() {
        for language in Language.allCases {
            let annotator = Annotator(language: language)
            for context in XOREpoch.notes(epoch: 9, sampled: false).contexts() where context.event.name != "loss" {
                let annotation = annotator.annotate(context)
                XCTAssertFalse(annotation.title.isEmpty)
                assertContains(annotation.text, language == .spanish ? "La época 9 no se muestreó"
                                                                            : "Epoch 9 was not sampled")
                XCTAssertNil(annotation.text.range(of: #"\d\.\d{4}"#, options: .regularExpression), annotation.text)
            }
        }
        let hidden = Annotator().annotate(XOREpoch.notes(epoch: 9, sampled: false).context("Error_hidden"))
        assertContains(hidden.text, "[4×1]·[1×2] → [4×2]")
    }
}
