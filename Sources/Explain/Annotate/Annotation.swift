/// The explanation of one step, ready to show.
public struct Annotation: Sendable, Equatable {
    /// A short heading: `Delta de salida δ_out`.
    public var title: String
    /// A few sentences of plain text about this step's shapes and numbers.
    public var text: String
    /// The line of the notes' Python code that computes the same value, if there is one:
    /// `d_predicted_output = error * sigmoid_derivative(predicted_output)`.
    public var codeLine: String?

    /// An annotation with every field given.
    public init(title: String, text: String, codeLine: String?) {
        self.title = title
        self.text = text
        self.codeLine = codeLine
    }
}
