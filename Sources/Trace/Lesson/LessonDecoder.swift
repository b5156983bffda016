import Foundation

/// Turns a parsed lesson file into a ``Lesson``, collecting every problem it finds.
///
/// The decoder never stops at the first problem: it reads everything it can, then either
/// returns the lesson or throws ``LessonError/invalid(path:problems:)`` with all of them. Checks
/// that need two parts of the file (the columns of `X` and the network's inputs, the loss and the
/// output layer, the batch size and the examples) run when both parts could be read.
///
/// The parts are read in `LessonDecoder+Network.swift`, `+Training.swift`, `+Data.swift` and
/// `+Variants.swift`; `docs/lesson-format.md` describes the file.
public struct LessonDecoder {
    /// The members of a JSON object, in file order.
    typealias Members = [(key: String, value: JSONValue)]

    /// Keys of the top-level object.
    static let topKeys = ["name", "title", "summary", "section", "network", "data", "training", "init", "variants"]

    /// The largest number of epochs a lesson may ask for.
    public static let maximumEpochs = 10_000_000
    /// The largest seed: 2⁵³, the largest whole number a JSON number (a double) holds exactly.
    public static let maximumSeed: UInt64 = 1 << 53
    /// The largest layer a lesson may ask for, and the most inputs.
    public static let maximumUnits = 100_000
    /// The most layers a lesson may ask for. Each layer adds steps to every epoch; a hundred is
    /// far more than a lesson needs and keeps a typo (an array of 100000 layers) from hanging
    /// the trainer.
    public static let maximumLayers = 100
    /// The most filters of a convolution, and the most channels of an input image.
    public static let maximumFilters = 1024
    /// The largest side of a convolution's kernel or of a pooling window.
    public static let maximumKernel = 32
    /// The largest height or width of an input image.
    public static let maximumImageSide = 1024
    /// The largest batch a lesson may ask for (it must also be at most the training examples).
    public static let maximumBatchSize = 10_000_000
    /// The most variants a lesson may compare: each one is a whole training run.
    public static let maximumVariants = 20

    /// Every problem found so far, in the order found.
    var problems: [LessonProblem] = []
    /// The folder of the lesson file: data files are looked for relative to it.
    let folder: String
    /// The activation of the output layer, once the layers are read (even when they do not fit
    /// together), for the check of the loss.
    var outputActivation: Activation?

    init(folder: String) {
        self.folder = folder
    }

    /// Decodes the lesson in `document`; `fallbackName` names it when the file says no `name`.
    ///
    /// - Parameters:
    ///   - path: the lesson file, for messages.
    ///   - folder: where the data files the lesson names (`"csv": "data/digits.csv"`) are looked
    ///     for; the folder of `path` when `nil`.
    public static func decode(_ document: JSONValue, fallbackName: String, path: String,
                              folder: String? = nil) throws(LessonError) -> Lesson {
        var decoder = LessonDecoder(folder: folder ?? URL(fileURLWithPath: path).deletingLastPathComponent().path)
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
        let training = required(top, "training", at: "").map { trainingSettings($0) }
        let data = required(top, "data", at: "").flatMap { self.data($0, seed: training?.settings.seed ?? 0) }
        let initial = member(top, "init").map { initialValues($0, network: network) } ?? [:]
        if let network, let data { checkShapes(network: network, data: data) }
        if let training { checkTraining(training.settings, data: data) }
        let variants = member(top, "variants").map { self.variants($0, data: data) } ?? []
        guard let network, let data, let training, training.isComplete,
              let inputs = data.inputs, let targets = data.targets else { return nil }
        var lesson = Lesson(name: name, title: title, summary: summary, section: section, network: network,
                            inputs: inputs, targets: targets, training: training.settings, initialValues: initial)
        lesson.testSet = data.test
        lesson.variants = variants
        return lesson
    }

    // MARK: Reading values, recording what is wrong

    mutating func matrix(_ value: JSONValue, at path: String) -> Matrix? {
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

    mutating func object(_ value: JSONValue, at path: String) -> Members? {
        if case .object(let members) = value { return members }
        wrongType(value, expected: .object, at: path)
        return nil
    }

    mutating func array(_ value: JSONValue, at path: String) -> [JSONValue]? {
        if case .array(let elements) = value { return elements }
        wrongType(value, expected: .array, at: path)
        return nil
    }

    mutating func string(_ value: JSONValue, at path: String) -> String? {
        if case .string(let text) = value { return text }
        wrongType(value, expected: .string, at: path)
        return nil
    }

    mutating func bool(_ value: JSONValue, at path: String) -> Bool? {
        if case .bool(let flag) = value { return flag }
        wrongType(value, expected: .bool, at: path)
        return nil
    }

    mutating func integer(_ value: JSONValue, at path: String, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let number) = value else { wrongType(value, expected: .number, at: path); return nil }
        guard number.rounded() == number, number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            problems.append(LessonProblem(path: path, kind: .integerOutOfRange(value: number, range: range)))
            return nil
        }
        return Int(number)
    }

    /// A number that must be finite and greater than 0.
    mutating func positive(_ value: JSONValue, at path: String) -> Double? {
        guard case .number(let number) = value else { wrongType(value, expected: .number, at: path); return nil }
        guard number.isFinite, number > 0 else {
            problems.append(LessonProblem(path: path, kind: .notPositive(value: number)))
            return nil
        }
        return number
    }

    /// A number that must be finite and at least 0.
    mutating func nonNegative(_ value: JSONValue, at path: String) -> Double? {
        guard case .number(let number) = value else { wrongType(value, expected: .number, at: path); return nil }
        guard number.isFinite, number >= 0 else {
            problems.append(LessonProblem(path: path, kind: .negative(value: number)))
            return nil
        }
        return number
    }

    /// A number in `[0, 1)` when `zeroAllowed`, in `(0, 1)` otherwise.
    mutating func fraction(_ value: JSONValue, at path: String, zeroAllowed: Bool) -> Double? {
        guard case .number(let number) = value else { wrongType(value, expected: .number, at: path); return nil }
        guard number < 1, zeroAllowed ? number >= 0 : number > 0 else {
            problems.append(LessonProblem(path: path, kind: .notAFraction(value: number, zeroAllowed: zeroAllowed)))
            return nil
        }
        return number
    }

    /// Any JSON number (a JSON number is never NaN; `1e400` reads as infinity).
    mutating func number(_ value: JSONValue, at path: String) -> Double? {
        if case .number(let number) = value { return number }
        wrongType(value, expected: .number, at: path)
        return nil
    }

    /// One of `choices` by its name, or a problem listing them.
    mutating func choice<Choice>(_ value: JSONValue, at path: String, _ choices: [(String, Choice)],
                                 category: LessonProblem.NameCategory) -> Choice? {
        guard let name = string(value, at: path) else { return nil }
        guard let chosen = choices.first(where: { $0.0 == name }) else {
            problems.append(LessonProblem(path: path, kind: .unknownName(name: name, known: choices.map(\.0),
                                                                         category: category)))
            return nil
        }
        return chosen.1
    }

    mutating func optionalString(_ members: Members, _ key: String, at path: String) -> String? {
        guard let value = member(members, key) else { return nil }
        return string(value, at: join(path, key))
    }

    mutating func required(_ members: Members, _ key: String, at path: String) -> JSONValue? {
        guard let value = member(members, key) else {
            problems.append(LessonProblem(path: join(path, key), kind: .missing))
            return nil
        }
        return value
    }

    mutating func checkKeys(_ members: Members, known: [String], at path: String) {
        for (key, _) in members where !known.contains(key) {
            problems.append(LessonProblem(path: join(path, key), kind: .unknownKey(suggestion: Self.closest(to: key, in: known))))
        }
    }

    /// Like ``checkKeys(_:known:at:)`` for an object whose keys depend on its `type` (a layer,
    /// an optimiser): a key of another type is named as such, with the keys this type takes.
    mutating func checkKeys(_ members: Members, known: [String], ofType type: String, allKnown: [String],
                            category: LessonProblem.NameCategory, at path: String) {
        for (key, _) in members where !known.contains(key) {
            let kind: LessonProblem.Kind = allKnown.contains(key)
                ? .keyNotForType(type: type, known: known, category: category)
                : .unknownKey(suggestion: Self.closest(to: key, in: known))
            problems.append(LessonProblem(path: join(path, key), kind: kind))
        }
    }

    mutating func wrongType(_ value: JSONValue, expected: JSONValue.Kind, at path: String) {
        problems.append(LessonProblem(path: path, kind: .wrongType(expected: expected, found: value.kind)))
    }

    func member(_ members: Members, _ key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

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
