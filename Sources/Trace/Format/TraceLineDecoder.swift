/// Reads the lines ``TraceLineEncoder`` writes.
public enum TraceLineDecoder {
    /// The header in `value`; throws the first field that is wrong.
    ///
    /// A header of another version is returned with only its version read, so that the caller
    /// can say which version it found.
    public static func header(_ value: JSONValue) throws(FieldError) -> TraceHeader {
        guard case .string(TraceHeader.formatName)? = value["format"] else { throw FieldError(field: "format") }
        let version = try int(value, "version", atLeast: 0)
        guard version == TraceHeader.currentVersion else {
            return TraceHeader(version: version, lesson: "", title: "", network: NetworkSpec(inputs: 0, layers: []),
                               examples: 0, learningRate: 0, epochs: 0, seed: 0, sampling: .default, stepsPerEpoch: 0)
        }
        return try TraceHeader(json: value)
    }

    /// The event in `value`; throws the first field that is wrong.
    public static func event(_ value: JSONValue) throws(FieldError) -> TraceEvent {
            guard case .string(let phaseName)? = value["phase"], let phase = Phase(rawValue: phaseName) else {
                throw FieldError(field: "phase")
            }
            let inputs = try strings(value, "inputs")
            guard case .array(let shapeValues)? = value["inputShapes"], shapeValues.count == inputs.count else {
                throw FieldError(field: "inputShapes")
            }
            let codeName: String?
            switch value["code"] {
            case .string(let name)?: codeName = name
            case .null?: codeName = nil
            default: throw FieldError(field: "code")
            }
            let shape = try self.shape(value["shape"], "shape")
            var values: Matrix?
            switch value["values"] {
            case .null?: values = nil
            case let matrixValue?: values = try matrix(matrixValue, shape: shape)
            case nil: throw FieldError(field: "values")
            }
            return TraceEvent(
                sequence: try int(value, "seq", atLeast: 0), epoch: try int(value, "epoch", atLeast: 1),
                step: try int(value, "step", atLeast: 1),
                batch: value["batch"] == nil ? nil : try int(value, "batch", atLeast: 1),
                phase: phase, operation: OperationKind(rawValue: try string(value, "op")), name: try string(value, "name"),
                codeName: codeName, inputs: inputs,
                inputShapes: try shapeValues.map { value throws(FieldError) in try self.shape(value, "inputShapes") }, shape: shape,
                formula: try string(value, "formula"), values: values)
    }

    /// The field of a trace line that is missing or holds the wrong kind of value.
    public struct FieldError: Error, Equatable, Sendable {
        /// The field's name, as written in the file.
        public var field: String
    }

    /// The whole number under `key`, at least `minimum` and at most 2⁵³ (the integers a JSON
    /// number holds exactly).
    private static func int(_ value: JSONValue, _ key: String, atLeast minimum: Int,
                            field: String? = nil) throws(FieldError) -> Int {
        guard case .number(let number)? = value[key], number.rounded() == number,
              number >= Double(minimum), number <= 9_007_199_254_740_992 else { throw FieldError(field: field ?? key) }
        return Int(number)
    }

    private static func string(_ value: JSONValue, _ key: String) throws(FieldError) -> String {
        guard case .string(let text)? = value[key] else { throw FieldError(field: key) }
        return text
    }

    private static func strings(_ value: JSONValue, _ key: String) throws(FieldError) -> [String] {
        guard case .array(let items)? = value[key] else { throw FieldError(field: key) }
        return try items.map { item throws(FieldError) -> String in
            guard case .string(let text) = item else { throw FieldError(field: key) }
            return text
        }
    }

    private static func shape(_ value: JSONValue?, _ key: String) throws(FieldError) -> Shape {
        guard case .array(let items)? = value else { throw FieldError(field: key) }
        let dimensions = items.compactMap { item -> Int? in
            guard case .number(let n) = item, n.rounded() == n, n >= 0, n <= 1e9 else { return nil }
            return Int(n)
        }
        guard dimensions.count == items.count, dimensions.count == 2 || dimensions.count == 4 else {
            throw FieldError(field: key)
        }
        // Inner dimensions multiply into the matrix's columns: refuse products that overflow.
        var columns = 1
        for dimension in dimensions.dropFirst() {
            let (product, overflow) = columns.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= 1_000_000_000 else { throw FieldError(field: key) }
            columns = product
        }
        return Shape(dimensions)
    }

    private static func matrix(_ value: JSONValue, shape: Shape) throws(FieldError) -> Matrix {
        guard case .array(let rowValues) = value, rowValues.count == shape.rows else {
            throw FieldError(field: "values")
        }
        var elements: [Double] = []
        // Reserve only for values that are there: the shape alone may claim 10⁹ columns.
        if case .array(let cells)? = rowValues.first, cells.count == shape.columns {
            elements.reserveCapacity(rowValues.count * cells.count)
        }
        for rowValue in rowValues {
            guard case .array(let cells) = rowValue, cells.count == shape.columns else {
                throw FieldError(field: "values")
            }
            for cell in cells {
                guard let number = JSONText.number(from: cell) else { throw FieldError(field: "values") }
                elements.append(number)
            }
        }
        return Matrix(rows: shape.rows, columns: shape.columns, elements: elements)
    }
}
