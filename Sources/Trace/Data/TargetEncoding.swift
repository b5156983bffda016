/// How the label column of a data file becomes the expected outputs `y` of the network.
public enum TargetEncoding: Equatable, Sendable {
    /// `y` is the label itself, one column: `[examples × 1]`. For a single sigmoid output
    /// (labels 0 and 1) or a value to approximate.
    case value
    /// `y` is one-hot over `classes` classes: `[examples × classes]`, with a 1 in the column of the
    /// label and 0 elsewhere. Every label must be a whole number in `0..<classes`; the digits
    /// use `.oneHot(classes: 10)`, so the digit 3 becomes `[0, 0, 0, 1, 0, 0, 0, 0, 0, 0]`.
    case oneHot(classes: Int)
}
