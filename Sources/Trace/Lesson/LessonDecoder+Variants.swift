import Foundation

/// `variants`: runs of the same lesson with a few settings changed, to compare them.
extension LessonDecoder {
    /// Keys of each variant.
    static let variantKeys = ["label", "learningRate", "seed", "epochs", "hiddenActivation", "y"]

    /// The variants of `variants`; `data` is the lesson's, whose `y` a variant's `y` replaces.
    mutating func variants(_ value: JSONValue, data: LessonData?) -> [LessonVariant] {
        guard let list = array(value, at: "variants") else { return [] }
        guard list.count <= Self.maximumVariants else {
            problems.append(LessonProblem(path: "variants", kind: .tooManyVariants(
                count: list.count, maximum: Self.maximumVariants)))
            return []
        }
        var variants: [LessonVariant] = []
        var firstWithLabel: [String: Int] = [:]
        for (index, item) in list.enumerated() {
            let path = "variants[\(index)]"
            guard let members = object(item, at: path) else { continue }
            let before = problems.count
            checkKeys(members, known: Self.variantKeys, at: path)
            let label = required(members, "label", at: path).flatMap { string($0, at: path + ".label") }
            if let label {
                let trimmed = label.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty {
                    problems.append(LessonProblem(path: path + ".label", kind: .emptyLabel))
                } else if let first = firstWithLabel[trimmed] {
                    problems.append(LessonProblem(path: path + ".label", kind: .duplicateLabel(label: label, first: first)))
                } else {
                    firstWithLabel[trimmed] = index
                }
            }
            let rate = member(members, "learningRate").flatMap { positive($0, at: path + ".learningRate") }
            let seed = member(members, "seed").flatMap { integer($0, at: path + ".seed", in: 0...Int(Self.maximumSeed)) }
            let epochs = member(members, "epochs").flatMap { integer($0, at: path + ".epochs", in: 1...Self.maximumEpochs) }
            let activation = member(members, "hiddenActivation").flatMap {
                activationValue($0, at: path + ".hiddenActivation")
            }
            let targets = member(members, "y").flatMap { variantTargets($0, at: path + ".y", data: data) }
            guard let label, problems.count == before else { continue }
            variants.append(LessonVariant(label: label, learningRate: rate, seed: seed.map(UInt64.init), epochs: epochs,
                                          hiddenActivation: activation, targets: targets))
        }
        return variants
    }

    /// A variant's `y`: it replaces the lesson's `y` written in the file, so it has its shape;
    /// with a CSV file or with test examples there is no such `y` to replace.
    private mutating func variantTargets(_ value: JSONValue, at path: String, data: LessonData?) -> Matrix? {
        guard let matrix = matrix(value, at: path), let data else { return nil }
        if !data.isInline {
            problems.append(LessonProblem(path: path, kind: .conflictsWith(other: "data.csv")))
            return nil
        }
        if data.test != nil || data.testX != nil {
            problems.append(LessonProblem(path: path, kind: .conflictsWith(other: data.testX != nil ? "data.testX" : "data.test")))
            return nil
        }
        if let y = data.y, matrix.shape != y.shape {
            problems.append(LessonProblem(path: path, kind: .shapeMismatch(found: matrix.shape, expected: y.shape,
                                                                           rule: .variantTargets)))
            return nil
        }
        return matrix
    }
}
