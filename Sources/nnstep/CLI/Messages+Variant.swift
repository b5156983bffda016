import Explain

/// The messages of `--variant`.
extension Messages {
    /// Why `--variant` cannot be carried out, and which variants there are.
    func variant(_ error: VariantError) -> String {
        switch error {
        case .unknown(let lesson, let choice, let labels):
            let list = labels.enumerated().map { "\($0.offset + 1) (\($0.element))" }.joined(separator: ", ")
            return catalog.text(.runUnknownVariant, ["lesson": lesson, "choice": choice, "variants": list,
                                                     "example": labels.count > 1 ? labels[1] : labels.first ?? ""])
        case .noVariants(let lesson):
            return catalog.text(.runNoVariants, ["lesson": lesson])
        }
    }
}
