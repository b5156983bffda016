/// Turns a parsed lesson file into a ``Lesson``, collecting every problem it finds.
///
/// The decoder never stops at the first problem: it reads everything it can, then either
/// returns the lesson or throws ``LessonError/invalid(path:problems:)`` with all of them.
public struct LessonDecoder {
    /// Keys of the top-level object, of `network`, of each layer, of `data`, of `training`
    /// and of `training.sampling`.
    static let topKeys = ["name", "title", "summary", "section", "network", "data", "training", "init"]
    static let networkKeys = ["inputs", "layers"]
    static let layerKeys = ["units", "activation"]
    static let dataKeys = ["X", "y"]
    static let trainingKeys = ["learningRate", "epochs", "seed", "sampling"]
    static let samplingKeys = ["first", "every", "last"]

    /// The largest number of epochs a lesson may ask for.
    public static let maximumEpochs = 10_000_000
    /// The largest seed: 2⁵³, the largest whole number a JSON number (a double) holds exactly.
    public static let maximumSeed: UInt64 = 1 << 53
    /// The largest layer a lesson may ask for.
    public static let maximumUnits = 100_000
    /// The most layers with weights a lesson may ask for. Each layer adds ten steps to every
    /// epoch; a hundred is far more than a lesson needs and keeps a typo (an array of 100000
    /// layers) from hanging the trainer.
    public static let maximumLayers = 100

    private var problems: [LessonProblem] = []

    /// Decodes the lesson in `document`; `fallbackName` names it when the file says no `name`.
    public static func decode(_ document: JSONValue, fallbackName: String, path: String) throws(LessonError) -> Lesson {
        var decoder = LessonDecoder()
        let lesson = decoder.lesson(document, fallbackName: fallbackName)
        guard decoder.problems.isEmpty, let lesson else {
            throw .invalid(path: path, problems: decoder.problems)
        }
        return lesson
    }

    private mutating func lesson(_ document: JSONValue, fallbackName: String) -> Lesson? {
        guard let top = object(document, at: "") else { return nil }
        checkKeys(top, known: Self.topKeys, at: "")
        let name = optionalString(top, "name", at: "") ?? fallbackName
        let title = optionalString(top, "title", at: "") ?? name
        let summary = optionalString(top, "summary", at: "") ?? ""
        let section = optionalString(top, "section", at: "")
        let network = required(top, "network", at: "").flatMap { networkSpec($0) }
        let (inputs, targets) = required(top, "data", at: "").map { data($0) } ?? (nil, nil)
        let training = required(top, "training", at: "").flatMap { trainingSettings($0) }
        let initial = member(top, "init").map { initialValues($0, network: network) } ?? [:]
        if let network, let inputs, let targets {
            checkShapes(network: network, inputs: inputs, targets: targets)
        }
        guard let network, let inputs, let targets, let training else { return nil }
        return Lesson(name: name, title: title, summary: summary, section: section, network: network,
                      inputs: inputs, targets: targets, training: training, initialValues: initial)
    }

    private mutating func networkSpec(_ value: JSONValue) -> NetworkSpec? {
        guard let members = object(value, at: "network") else { return nil }
        checkKeys(members, known: Self.networkKeys, at: "network")
        let inputs = required(members, "inputs", at: "network").flatMap {
            integer($0, at: "network.inputs", in: 1...Self.maximumUnits)
        }
        guard let layerList = required(members, "layers", at: "network").flatMap({ array($0, at: "network.layers") })
        else { return nil }
        if layerList.isEmpty {
            problems.append(LessonProblem(path: "network.layers", kind: .emptyMatrix))
        }
        guard layerList.count <= Self.maximumLayers else {
            problems.append(LessonProblem(path: "network.layers", kind: .tooManyLayers(
                count: layerList.count, maximum: Self.maximumLayers)))
            return nil
        }
        var layers: [LayerSpec] = []
        for (index, layerValue) in layerList.enumerated() {
            let path = "network.layers[\(index)]"
            guard let layer = object(layerValue, at: path) else { continue }
            checkKeys(layer, known: Self.layerKeys, at: path)
            let units = required(layer, "units", at: path).flatMap { integer($0, at: path + ".units", in: 1...Self.maximumUnits) }
            let activation = required(layer, "activation", at: path).flatMap { activationValue($0, at: path + ".activation") }
            if let units, let activation { layers.append(LayerSpec(units: units, activation: activation)) }
        }
        guard let inputs, layers.count == layerList.count, !layers.isEmpty else { return nil }
        return NetworkSpec(inputs: inputs, layers: layers)
    }

    private mutating func activationValue(_ value: JSONValue, at path: String) -> Activation? {
        guard let name = string(value, at: path) else { return nil }
        guard let activation = Activation(rawValue: name) else {
            problems.append(LessonProblem(path: path, kind: .unknownActivation(
                name: name, known: Activation.allCases.map(\.rawValue))))
            return nil
        }
        return activation
    }

    private mutating func data(_ value: JSONValue) -> (Matrix?, Matrix?) {
        guard let members = object(value, at: "data") else { return (nil, nil) }
        checkKeys(members, known: Self.dataKeys, at: "data")
        let inputs = required(members, "X", at: "data").flatMap { matrix($0, at: "data.X") }
        let targets = required(members, "y", at: "data").flatMap { matrix($0, at: "data.y") }
        return (inputs, targets)
    }

    private mutating func trainingSettings(_ value: JSONValue) -> TrainingSettings? {
        guard let members = object(value, at: "training") else { return nil }
        checkKeys(members, known: Self.trainingKeys, at: "training")
        let rate = required(members, "learningRate", at: "training").flatMap { positive($0, at: "training.learningRate") }
        let epochs = required(members, "epochs", at: "training").flatMap {
            integer($0, at: "training.epochs", in: 1...Self.maximumEpochs)
        }
        let seed = member(members, "seed").map { integer($0, at: "training.seed", in: 0...Int(Self.maximumSeed)) } ?? 0
        let sampling = member(members, "sampling").map { samplingPolicy($0) } ?? .default
        guard let rate, let epochs, let seed, let sampling else { return nil }
        return TrainingSettings(learningRate: rate, epochs: epochs, seed: UInt64(seed), sampling: sampling)
    }

    private mutating func samplingPolicy(_ value: JSONValue) -> SamplingPolicy? {
        let path = "training.sampling"
        guard let members = object(value, at: path) else { return nil }
        checkKeys(members, known: Self.samplingKeys, at: path)
        let defaults = SamplingPolicy.default
        let first = member(members, "first").map { integer($0, at: path + ".first", in: 0...Self.maximumEpochs) } ?? defaults.first
        let every = member(members, "every").map { integer($0, at: path + ".every", in: 0...Self.maximumEpochs) } ?? defaults.every
        var last: Bool? = defaults.last
        if let value = member(members, "last") {
            if case .bool(let flag) = value { last = flag } else { wrongType(value, expected: .bool, at: path + ".last"); last = nil }
        }
        guard let first, let every, let last else { return nil }
        return SamplingPolicy(first: first, every: every, last: last)
    }

    private mutating func initialValues(_ value: JSONValue, network: NetworkSpec?) -> [String: Matrix] {
        guard let members = object(value, at: "init") else { return [:] }
        var known: [String: Shape] = [:]
        if let network {
            for l in 1...network.depth {
                known[Notation.weightName(l)] = network.weightShape(ofLayer: l)
                known[Notation.biasName(l)] = network.biasShape(ofLayer: l)
            }
        }
        let names = known.keys.sorted { ($0.dropFirst(), $0) < ($1.dropFirst(), $1) }
        var result: [String: Matrix] = [:]
        for (key, entry) in members {
            let path = "init." + key
            guard let matrix = matrix(entry, at: path) else { continue }
            guard network != nil else { continue }
            guard let expected = known[key] else {
                problems.append(LessonProblem(path: path, kind: .unknownParameter(known: names)))
                continue
            }
            let isBias = key.hasPrefix("b")
            guard matrix.shape == expected else {
                problems.append(LessonProblem(path: path, kind: .shapeMismatch(
                    found: matrix.shape, expected: expected, rule: isBias ? .biasShape : .weightShape)))
                continue
            }
            result[key] = matrix
        }
        return result
    }

    private mutating func checkShapes(network: NetworkSpec, inputs: Matrix, targets: Matrix) {
        if inputs.columns != network.inputs {
            problems.append(LessonProblem(path: "data.X", kind: .shapeMismatch(
                found: inputs.shape, expected: Shape(rows: inputs.rows, columns: network.inputs), rule: .columnsOfX)))
        }
        let outputs = network.units(ofLayer: network.depth)
        if targets.columns != outputs {
            problems.append(LessonProblem(path: "data.y", kind: .shapeMismatch(
                found: targets.shape, expected: Shape(rows: targets.rows, columns: outputs), rule: .columnsOfY)))
        }
        if targets.rows != inputs.rows {
            problems.append(LessonProblem(path: "data.y", kind: .shapeMismatch(
                found: targets.shape, expected: Shape(rows: inputs.rows, columns: targets.columns), rule: .rowsOfXAndY)))
        }
    }

    // MARK: Reading values, recording what is wrong

    private mutating func matrix(_ value: JSONValue, at path: String) -> Matrix? {
        guard let rowValues = array(value, at: path) else { return nil }
        var rows: [[Double]] = []
        var ok = true
        for (r, rowValue) in rowValues.enumerated() {
            guard let cells = array(rowValue, at: "\(path)[\(r)]") else { ok = false; continue }
            var row: [Double] = []
            for (c, cell) in cells.enumerated() {
                guard case .number(let number) = cell else {
                    wrongType(cell, expected: .number, at: "\(path)[\(r)][\(c)]")
                    ok = false
                    continue
                }
                guard number.isFinite else {
                    problems.append(LessonProblem(path: "\(path)[\(r)][\(c)]", kind: .notFinite))
                    ok = false
                    continue
                }
                row.append(number)
            }
            rows.append(row)
        }
        guard ok else { return nil }
        guard let first = rows.first, !first.isEmpty else {
            problems.append(LessonProblem(path: path, kind: .emptyMatrix))
            return nil
        }
        for (r, row) in rows.enumerated() where row.count != first.count {
            problems.append(LessonProblem(path: "\(path)[\(r)]", kind: .raggedRow(row: r, count: row.count, expected: first.count)))
            ok = false
        }
        return ok ? Matrix(validating: rows) : nil
    }

    private mutating func object(_ value: JSONValue, at path: String) -> [(key: String, value: JSONValue)]? {
        if case .object(let members) = value { return members }
        wrongType(value, expected: .object, at: path)
        return nil
    }

    private mutating func array(_ value: JSONValue, at path: String) -> [JSONValue]? {
        if case .array(let elements) = value { return elements }
        wrongType(value, expected: .array, at: path)
        return nil
    }

    private mutating func string(_ value: JSONValue, at path: String) -> String? {
        if case .string(let text) = value { return text }
        wrongType(value, expected: .string, at: path)
        return nil
    }

    private mutating func integer(_ value: JSONValue, at path: String, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let number) = value else { wrongType(value, expected: .number, at: path); return nil }
        guard number.rounded() == number, number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            problems.append(LessonProblem(path: path, kind: .integerOutOfRange(value: number, range: range)))
            return nil
        }
        return Int(number)
    }

    private mutating func positive(_ value: JSONValue, at path: String) -> Double? {
        guard case .number(let number) = value else { wrongType(value, expected: .number, at: path); return nil }
        guard number.isFinite, number > 0 else {
            problems.append(LessonProblem(path: path, kind: .notPositive(value: number)))
            return nil
        }
        return number
    }

    private mutating func optionalString(_ members: [(key: String, value: JSONValue)], _ key: String, at path: String) -> String? {
        guard let value = members.first(where: { $0.key == key })?.value else { return nil }
        return string(value, at: join(path, key))
    }

    private mutating func required(_ members: [(key: String, value: JSONValue)], _ key: String, at path: String) -> JSONValue? {
        guard let value = members.first(where: { $0.key == key })?.value else {
            problems.append(LessonProblem(path: join(path, key), kind: .missing))
            return nil
        }
        return value
    }

    private mutating func checkKeys(_ members: [(key: String, value: JSONValue)], known: [String], at path: String) {
        for (key, _) in members where !known.contains(key) {
            problems.append(LessonProblem(path: join(path, key), kind: .unknownKey(suggestion: Self.closest(to: key, in: known))))
        }
    }

    private mutating func wrongType(_ value: JSONValue, expected: JSONValue.Kind, at path: String) {
        problems.append(LessonProblem(path: path, kind: .wrongType(expected: expected, found: value.kind)))
    }

    private func member(_ members: [(key: String, value: JSONValue)], _ key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The known key nearest to `key` by edit distance, ignoring case, if it is near enough to
    /// be a typo: at most 2 edits, or a third of the key's length for keys longer than 6.
    static func closest(to key: String, in known: [String]) -> String? {
        let scored = known.map { ($0, editDistance(key.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, key.count / 3) ? best.0 : nil
    }

    /// The Levenshtein distance between two strings, counted in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
