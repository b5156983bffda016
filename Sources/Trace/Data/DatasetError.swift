/// Why the columns a lesson names cannot make a data set from a table, or cannot be split.
///
/// The values hold the facts; the `Explain` library words them in Spanish and English. Columns
/// and lines count from 1, as in ``CSVError``.
public enum DatasetError: Error, Equatable, Sendable {
    /// Column `column` does not exist: the table's columns are 1 … `columns`.
    case columnOutOfRange(column: Int, columns: Int)
    /// The label column is also one of the inputs, so the network would see the answer.
    case labelAmongInputs(label: Int, inputs: ClosedRange<Int>)
    /// One-hot targets need at least 2 classes.
    case tooFewClasses(classes: Int)
    /// The input scale is not a finite number greater than 0.
    case invalidScale(value: Double)
    /// The label at `line`, `column` of the file is `value`, which is not a whole number in
    /// `0..<classes`; `others` more rows have such a label (the first is reported).
    case labelNotAClass(line: Int, column: Int, value: Double, classes: Int, others: Int)
    /// Images of `height × width` pixels need that many inputs, but the inputs are `inputs` columns.
    case imageSizeMismatch(inputs: Int, height: Int, width: Int)
    /// The test fraction is not a number in `0 ..< 1`.
    case invalidTestFraction(value: Double)
    /// Setting `test` of the `examples` aside as the test part leaves no example to train on.
    case noTrainingExamples(examples: Int, test: Int)
}
