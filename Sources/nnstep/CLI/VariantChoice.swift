import Trace

/// The run of a lesson that `lesson` and `record` work on: the lesson as its file says, or, for a
/// lesson with variants, the one `--variant` names (the first by default), applied to it.
///
/// The command line's `--epochs`, `--lr` and `--seed` change the lesson before the variant is
/// applied, so a variant's own settings win: `--lr 2` does not turn `η = 10` into `η = 2`.
struct VariantChoice {
    /// The lesson with the chosen variant applied (the lesson itself when it has none).
    let lesson: Lesson
    /// The chosen variant's index, or `nil` for a lesson without variants.
    let index: Int?
    /// The chosen variant's label.
    let label: String?

    /// The run of `lesson` that `choice` (`--variant`: a number from 1 or a label) names.
    ///
    /// - Throws: ``VariantError/noVariants(lesson:)`` when a variant is asked of a lesson that has
    ///   none; ``VariantError/unknown(lesson:choice:labels:)`` when `choice` names none of them.
    init(_ lesson: Lesson, choosing choice: String?) throws(VariantError) {
        guard !lesson.variants.isEmpty else {
            if choice != nil { throw .noVariants(lesson: lesson.name) }
            self.lesson = lesson
            index = nil
            label = nil
            return
        }
        var index = 0
        if let choice {
            guard let found = lesson.variantIndex(choice) else {
                throw .unknown(lesson: lesson.name, choice: choice, labels: lesson.variants.map(\.label))
            }
            index = found
        }
        self.lesson = lesson.applying(lesson.variants[index])
        self.index = index
        label = lesson.variants[index].label
    }
}

/// A `--variant` that cannot be carried out (exit status 2: the command line asked for it).
enum VariantError: Error, Equatable {
    /// The lesson has no variant called `choice`; `labels` are those it has, in order.
    case unknown(lesson: String, choice: String, labels: [String])
    /// `--variant` was given for a lesson without variants.
    case noVariants(lesson: String)
}
