import Foundation

/// What `data` gives: the training and test examples, and the shapes of the matrices as the
/// file wrote them, for the checks against the network.
struct LessonData {
    /// A matrix of the file (or made from a CSV file): where it is, and its rows and columns.
    struct Part {
        var path: String
        var rows: Int
        var columns: Int
        var shape: Shape { Shape(rows: rows, columns: columns) }
    }

    /// The inputs to train on (after setting the test examples aside).
    var inputs: Matrix?
    /// The expected outputs to train on.
    var targets: Matrix?
    /// The held-out examples, from `testX`/`testY` or from `test`.
    var test: HeldOutSet?
    /// Whether every key of `data` could be read.
    var isComplete = false
    /// Whether the examples are written in the lesson (`X`, `y`) rather than read from a CSV file.
    var isInline = true
    /// `X`, `y`, `testX`, `testY` as given (for a CSV file, the inputs and the targets it makes).
    var x: Part?, y: Part?, testX: Part?, testY: Part?
    /// The classes of a CSV file's one-hot labels.
    var classes: Int?
}

/// `data`: the examples, written in the lesson or read from a CSV file next to it, and the test
/// examples set aside.
extension LessonDecoder {
    /// Keys of `data` with the examples written in the lesson.
    static let inlineDataKeys = ["X", "y", "testX", "testY"]
    /// Keys of `data` that only go with a CSV file.
    static let csvDataKeys = ["csv", "inputs", "label", "classes", "scale", "resize"]
    /// Every key of `data`.
    static let dataKeys = inlineDataKeys + csvDataKeys + ["test"]
    /// The most columns a label may name.
    static let maximumColumn = 1_000_000

    /// The examples of `data`; `seed` chooses the test examples when `test` is a fraction.
    mutating func data(_ value: JSONValue, seed: UInt64) -> LessonData? {
        guard let members = object(value, at: "data") else { return nil }
        let before = problems.count
        checkKeys(members, known: Self.dataKeys, at: "data")
        var data: LessonData
        if member(members, "csv") != nil {
            for key in Self.inlineDataKeys where member(members, key) != nil {
                problems.append(LessonProblem(path: "data." + key, kind: .conflictsWith(other: "data.csv")))
            }
            data = csvData(members)
        } else {
            if member(members, "X") != nil {
                for key in Self.csvDataKeys where member(members, key) != nil {
                    problems.append(LessonProblem(path: "data." + key, kind: .conflictsWith(other: "data.X")))
                }
            }
            data = inlineData(members)
        }
        if let fractionValue = member(members, "test") {
            if data.isInline, member(members, "testX") != nil || member(members, "testY") != nil {
                let key = member(members, "testX") != nil ? "testX" : "testY"
                problems.append(LessonProblem(path: "data." + key, kind: .conflictsWith(other: "data.test")))
            } else if let fraction = fraction(fractionValue, at: "data.test", zeroAllowed: false),
                      let inputs = data.inputs, let targets = data.targets, inputs.rows == targets.rows {
                split(&data, inputs: inputs, targets: targets, fraction: fraction, seed: seed)
            }
        }
        data.isComplete = problems.count == before
        return data
    }

    private mutating func inlineData(_ members: Members) -> LessonData {
        var data = LessonData()
        func part(_ key: String, required isRequired: Bool) -> Matrix? {
            let value = isRequired ? required(members, key, at: "data") : member(members, key)
            return value.flatMap { matrix($0, at: "data." + key) }
        }
        data.inputs = part("X", required: true)
        data.targets = part("y", required: true)
        data.x = data.inputs.map { LessonData.Part(path: "data.X", rows: $0.rows, columns: $0.columns) }
        data.y = data.targets.map { LessonData.Part(path: "data.y", rows: $0.rows, columns: $0.columns) }
        if member(members, "testX") != nil || member(members, "testY") != nil {
            let testInputs = part("testX", required: true)
            let testTargets = part("testY", required: true)
            data.testX = testInputs.map { LessonData.Part(path: "data.testX", rows: $0.rows, columns: $0.columns) }
            data.testY = testTargets.map { LessonData.Part(path: "data.testY", rows: $0.rows, columns: $0.columns) }
            if let testInputs, let testTargets { data.test = HeldOutSet(inputs: testInputs, targets: testTargets) }
        }
        return data
    }

    /// Sets `fraction` of the examples aside as the test set, chosen by ``DataSplit`` with `seed`.
    private mutating func split(_ data: inout LessonData, inputs: Matrix, targets: Matrix, fraction: Double, seed: UInt64) {
        let examples = inputs.rows
        let testCount = DataSplit.testCount(examples: examples, testFraction: fraction)
        guard testCount >= 1, testCount < examples,
              let split = try? DataSplit(examples: examples, testFraction: fraction, seed: seed) else {
            problems.append(LessonProblem(path: "data.test", kind: .testSplitEmpty(
                fraction: fraction, examples: examples, test: testCount)))
            return
        }
        let all = Dataset(inputs: inputs, targets: targets, labels: nil, lines: Array(1...examples))
        let (train, test) = split.parts(of: all)
        data.inputs = train.inputs
        data.targets = train.targets
        data.test = HeldOutSet(inputs: test.inputs, targets: test.targets)
    }

    // MARK: CSV files

    private mutating func csvData(_ members: Members) -> LessonData {
        var data = LessonData()
        data.isInline = false
        let file = member(members, "csv").flatMap { string($0, at: "data.csv") }
        let inputs = required(members, "inputs", at: "data").flatMap { columnRange($0, at: "data.inputs") }
        let label = required(members, "label", at: "data").flatMap {
            integer($0, at: "data.label", in: 1...Self.maximumColumn)
        }
        var classes: Int?? = .some(nil)
        if let value = member(members, "classes") { classes = integer(value, at: "data.classes", in: 2...Self.maximumUnits) }
        let scale = member(members, "scale").map { positive($0, at: "data.scale") } ?? 1
        var resize: ImageResampler.Size?? = .some(nil)
        if let value = member(members, "resize") { resize = resizeSize(value, at: "data.resize") }
        guard let file, !file.isEmpty else {
            if file?.isEmpty == true { problems.append(LessonProblem(path: "data.csv", kind: .emptyMatrix)) }
            return data
        }
        let resolved = file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file)
        let table: CSVTable
        do {
            table = try CSVTable.read(contentsOfFile: resolved)
        } catch {
            problems.append(LessonProblem(path: "data.csv", kind: .csv(file: file, resolved: resolved, error: error)))
            return data
        }
        guard let inputs, let label, let classes, let scale, let resize else { return data }
        let targets: TargetEncoding = classes.map { .oneHot(classes: $0) } ?? .value
        let columns = DatasetColumns(inputs: inputs, label: label, targets: targets, scale: scale)
        var dataset: Dataset
        do {
            dataset = try Dataset(table: table, columns: columns)
        } catch {
            record(error, file: file, columns: columns)
            return data
        }
        var inputsPath = "data.inputs"
        if let resize {
            let side = Int(Double(inputs.count).squareRoot().rounded())
            guard side * side == inputs.count,
                  let resized = try? dataset.resizingImages(from: ImageResampler.Size(height: side, width: side), to: resize)
            else {
                problems.append(LessonProblem(path: "data.resize", kind: .imageNotSquare(inputs: inputs.count)))
                return data
            }
            dataset = resized
            inputsPath = "data.resize"
        }
        data.inputs = dataset.inputs
        data.targets = dataset.targets
        data.classes = classes
        data.x = LessonData.Part(path: inputsPath, rows: dataset.inputs.rows, columns: dataset.inputs.columns)
        data.y = LessonData.Part(path: "data.label", rows: dataset.targets.rows, columns: dataset.targets.columns)
        return data
    }

    /// `"1-64"` (columns 1 to 64), `"7"` or `7`.
    private mutating func columnRange(_ value: JSONValue, at path: String) -> ClosedRange<Int>? {
        switch value {
        case .string(let text):
            guard let range = DatasetColumns.columnRange(text), range.lowerBound >= 1 else {
                problems.append(LessonProblem(path: path, kind: .badColumnRange(text: text)))
                return nil
            }
            return range
        case .number:
            return integer(value, at: path, in: 1...Self.maximumColumn).map { $0...$0 }
        default:
            wrongType(value, expected: .string, at: path)
            return nil
        }
    }

    /// `[height, width]`.
    private mutating func resizeSize(_ value: JSONValue, at path: String) -> ImageResampler.Size? {
        guard let sides = array(value, at: path) else { return nil }
        guard sides.count == 2 else {
            problems.append(LessonProblem(path: path, kind: .resizeDimensions(count: sides.count)))
            return nil
        }
        let height = integer(sides[0], at: path + "[0]", in: 1...Self.maximumImageSide)
        let width = integer(sides[1], at: path + "[1]", in: 1...Self.maximumImageSide)
        guard let height, let width else { return nil }
        return ImageResampler.Size(height: height, width: width)
    }

    /// Records why `columns` could not make a data set of `file`.
    private mutating func record(_ error: DatasetError, file: String, columns: DatasetColumns) {
        switch error {
        case .columnOutOfRange(let column, let count):
            let path = column == columns.label && !columns.inputs.contains(column) ? "data.label" : "data.inputs"
            problems.append(LessonProblem(path: path, kind: .columnOutOfRange(column: column, columns: count, file: file)))
        case .labelAmongInputs(let label, let inputs):
            problems.append(LessonProblem(path: "data.label", kind: .labelAmongInputs(label: label, inputs: inputs)))
        case .tooFewClasses(let classes):
            problems.append(LessonProblem(path: "data.classes", kind: .integerOutOfRange(
                value: Double(classes), range: 2...Self.maximumUnits)))
        case .invalidScale(let value):
            problems.append(LessonProblem(path: "data.scale", kind: .notPositive(value: value)))
        case .labelNotAClass(let line, let column, let value, let classes, let others):
            problems.append(LessonProblem(path: "data.label", kind: .labelNotAClass(
                file: file, line: line, column: column, value: value, classes: classes, others: others)))
        case .imageSizeMismatch(let inputs, _, _):
            problems.append(LessonProblem(path: "data.resize", kind: .imageNotSquare(inputs: inputs)))
        case .invalidTestFraction(let value):
            problems.append(LessonProblem(path: "data.test", kind: .notAFraction(value: value, zeroAllowed: false)))
        case .noTrainingExamples(let examples, let test):
            problems.append(LessonProblem(path: "data.test", kind: .testSplitEmpty(
                fraction: Double(test) / Double(max(examples, 1)), examples: examples, test: test)))
        }
    }

    // MARK: Shapes against the network

    /// `X` has one column per input, `y` one per output neuron (or class), and both, and the
    /// test matrices, one row per example.
    mutating func checkShapes(network: NetworkSpec, data: LessonData) {
        let outputs = network.units(ofLayer: network.depth)
        let inputsRule: LessonProblem.ShapeRule = network.inputImage == nil ? .columnsOfX : .columnsOfImage
        for part in [data.x, data.testX].compactMap({ $0 }) where part.columns != network.inputs {
            problems.append(LessonProblem(path: part.path, kind: .shapeMismatch(
                found: part.shape, expected: Shape(rows: part.rows, columns: network.inputs), rule: inputsRule)))
        }
        if let classes = data.classes {
            if classes != outputs {
                problems.append(LessonProblem(path: "data.classes", kind: .classesMismatch(classes: classes, outputs: outputs)))
            }
        } else {
            for part in [data.y, data.testY].compactMap({ $0 }) where part.columns != outputs {
                problems.append(LessonProblem(path: part.path, kind: .shapeMismatch(
                    found: part.shape, expected: Shape(rows: part.rows, columns: outputs), rule: .columnsOfY)))
            }
        }
        for case let (x?, y?) in [(data.x, data.y), (data.testX, data.testY)] where x.rows != y.rows {
            problems.append(LessonProblem(path: y.path, kind: .shapeMismatch(
                found: y.shape, expected: Shape(rows: x.rows, columns: y.columns), rule: .rowsOfXAndY)))
        }
    }
}
