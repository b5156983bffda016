import Trace
@testable import Explain

/// The Spanish and English annotations of one step.
struct Annotations {
    let spanish: Annotation
    let english: Annotation

    init(_ context: StepContext) {
        spanish = Annotator(language: .spanish).annotate(context)
        english = Annotator(language: .english).annotate(context)
    }

    /// The explanation in Spanish and in English.
    var es: String { spanish.text }
    var en: String { english.text }
}
