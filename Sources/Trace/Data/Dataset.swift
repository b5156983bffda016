/// The examples of a lesson read from a data file: inputs `X`, expected outputs `y`, and for
/// each example the line of the file it comes from.
///
/// Row `i` of ``inputs`` and row `i` of ``targets`` are the same example, as in the notes.
public struct Dataset: Equatable, Sendable {
    /// The inputs `X`, `[examples × inputs]`, already multiplied by the scale.
    public var inputs: Matrix
    /// The expected outputs `y`: `[examples × 1]`, or `[examples × classes]` one-hot.
    public var targets: Matrix
    /// The class of each example for one-hot targets, `nil` for ``TargetEncoding/value``.
    public var labels: [Int]?
    /// The line of the data file each example comes from, from 1.
    public var lines: [Int]

    /// A data set from its parts, which must all have one entry per example.
    public init(inputs: Matrix, targets: Matrix, labels: [Int]?, lines: [Int]) {
        precondition(inputs.rows == targets.rows && inputs.rows == lines.count && (labels?.count ?? lines.count) == lines.count,
                     "every part of a data set needs one row per example")
        self.inputs = inputs
        self.targets = targets
        self.labels = labels
        self.lines = lines
    }

    /// Takes the columns `columns` names from `table`.
    ///
    /// - Throws: the first problem, in this order: ``DatasetError/columnOutOfRange(column:columns:)``,
    ///   ``DatasetError/labelAmongInputs(label:inputs:)``, ``DatasetError/invalidScale(value:)``,
    ///   ``DatasetError/tooFewClasses(classes:)``, then
    ///   ``DatasetError/labelNotAClass(line:column:value:classes:others:)`` for the first bad label.
    public init(table: CSVTable, columns: DatasetColumns) throws(DatasetError) {
        for column in [columns.inputs.lowerBound, columns.inputs.upperBound, columns.label]
        where !(1...table.columnCount).contains(column) {
            throw .columnOutOfRange(column: column, columns: table.columnCount)
        }
        if columns.inputs.contains(columns.label) { throw .labelAmongInputs(label: columns.label, inputs: columns.inputs) }
        guard columns.scale.isFinite && columns.scale > 0 else { throw .invalidScale(value: columns.scale) }
        if case .oneHot(let classes) = columns.targets, classes < 2 { throw .tooFewClasses(classes: classes) }

        let first = columns.inputs.lowerBound - 1, width = columns.inputs.count, labelIndex = columns.label - 1
        var x = [Double]()
        x.reserveCapacity(table.rowCount * width)
        for row in 0..<table.rowCount {
            let start = row * table.columnCount + first
            for value in table.values[start..<(start + width)] { x.append(value * columns.scale) }
        }
        let raw = (0..<table.rowCount).map { table[$0, labelIndex] }
        inputs = Matrix(rows: table.rowCount, columns: width, elements: x)
        lines = table.lines
        switch columns.targets {
        case .value:
            targets = Matrix(rows: table.rowCount, columns: 1, elements: raw)
            labels = nil
        case .oneHot(let classes):
            let bad = raw.indices.filter { raw[$0].rounded() != raw[$0] || !(0..<Double(classes)).contains(raw[$0]) }
            if let row = bad.first {
                throw .labelNotAClass(line: table.lines[row], column: columns.label, value: raw[row],
                                      classes: classes, others: bad.count - 1)
            }
            let classOf = raw.map { Int($0) }
            var y = Matrix(rows: table.rowCount, columns: classes)
            for (row, label) in classOf.enumerated() { y[row, label] = 1 }
            targets = y
            labels = classOf
        }
    }

    /// Number of examples.
    public var count: Int { inputs.rows }

    /// How many examples each class has (`nil` for ``TargetEncoding/value``): entry `k` counts label `k`.
    public var classCounts: [Int]? {
        guard let labels else { return nil }
        var counts = Array(repeating: 0, count: targets.columns)
        for label in labels { counts[label] += 1 }
        return counts
    }

    /// The examples at `indices` (from 0), in that order.
    public func examples(_ indices: [Int]) -> Dataset {
        Dataset(inputs: Self.rows(indices, of: inputs), targets: Self.rows(indices, of: targets),
                labels: labels.map { all in indices.map { all[$0] } }, lines: indices.map { lines[$0] })
    }

    /// The data set with every input row, seen as a `from` image, resampled to a `to` image by
    /// ``ImageResampler`` (bilinear): the 8 × 8 digits become the 28 × 28 inputs of the CNN lesson.
    ///
    /// - Throws: ``DatasetError/imageSizeMismatch(inputs:height:width:)`` when the inputs are not
    ///   `from.height × from.width` columns.
    public func resizingImages(from source: ImageResampler.Size, to target: ImageResampler.Size) throws(DatasetError) -> Dataset {
        guard inputs.columns == source.pixels else {
            throw .imageSizeMismatch(inputs: inputs.columns, height: source.height, width: source.width)
        }
        var copy = self
        copy.inputs = ImageResampler(from: source, to: target).resample(rows: inputs)
        return copy
    }

    private static func rows(_ indices: [Int], of matrix: Matrix) -> Matrix {
        var elements = [Double]()
        elements.reserveCapacity(indices.count * matrix.columns)
        for row in indices {
            elements.append(contentsOf: matrix.elements[(row * matrix.columns)..<((row + 1) * matrix.columns)])
        }
        return Matrix(rows: indices.count, columns: matrix.columns, elements: elements)
    }
}
