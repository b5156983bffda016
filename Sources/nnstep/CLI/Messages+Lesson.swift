import Explain
import Trace

/// The problems of a lesson file, worded from the catalog (`problem.…` and `rule.…` keys).
extension Messages {
    /// One problem of a lesson file, without its path.
    func problem(_ kind: LessonProblem.Kind) -> String {
        switch kind {
        case .missing: return catalog.text(.problemMissing)
        case .wrongType(let expected, let found):
            return catalog.text(.problemWrongType, ["expected": self.kind(expected), "found": self.kind(found)])
        case .unknownKey(let suggestion?): return catalog.text(.problemUnknownKeySuggestion, ["suggestion": suggestion])
        case .unknownKey(nil): return catalog.text(.problemUnknownKey)
        case .integerOutOfRange(let value, let range):
            return catalog.text(.problemIntegerRange, ["value": number(value), "min": "\(range.lowerBound)",
                                                       "max": "\(range.upperBound)"])
        case .notPositive(let value): return catalog.text(.problemNotPositive, ["value": number(value)])
        case .notFinite: return catalog.text(.problemNotFinite)
        case .unknownActivation(let name, let known):
            return catalog.text(.problemUnknownActivation, ["name": name, "known": list(known)])
        case .raggedRow(let row, let count, let expected):
            return catalog.text(.problemRaggedRow, ["row": "\(row)", "count": "\(count)", "expected": "\(expected)"])
        case .emptyMatrix: return catalog.text(.problemEmpty)
        case .shapeMismatch(let found, let expected, let rule):
            return catalog.text(.problemShape, ["found": found.bracketed, "expected": expected.bracketed,
                                                "rule": self.rule(rule)])
        case .unknownParameter(let known): return catalog.text(.problemUnknownParameter, ["known": list(known)])
        case .tooManyLayers(let count, let maximum):
            return catalog.text(.problemTooManyLayers, ["count": "\(count)", "max": "\(maximum)"])
        case .unknownName(let name, let known, let category):
            let key: InterfaceKey = switch category {
            case .layerType: .problemUnknownLayerType
            case .loss: .problemUnknownLoss
            case .reduction: .problemUnknownReduction
            case .optimizer: .problemUnknownOptimizer
            case .initialization: .problemUnknownInitialization
            }
            return catalog.text(key, ["name": name, "known": list(known)])
        case .keyNotForType(let type, let known, let category):
            return catalog.text(category == .optimizer ? .problemKeyNotForOptimizer : .problemKeyNotForLayerType,
                                ["type": type, "known": list(known)])
        case .conflictsWith(let other): return catalog.text(.problemConflict, ["other": other])
        case .notAFraction(let value, let zeroAllowed):
            return catalog.text(zeroAllowed ? .problemFraction : .problemOpenFraction, ["value": number(value)])
        case .negative(let value): return catalog.text(.problemNegative, ["value": number(value)])
        case .imageDimensions(let count): return catalog.text(.problemImageDimensions, ["count": "\(count)"])
        case .resizeDimensions(let count): return catalog.text(.problemResizeDimensions, ["count": "\(count)"])
        case .tooManyVariants(let count, let maximum):
            return catalog.text(.problemTooManyVariants, ["count": "\(count)", "max": "\(maximum)"])
        case .denseNeedsFlatten(let input): return catalog.text(.problemDenseNeedsFlatten, ["input": input.description])
        case .needsImage(let type): return catalog.text(.problemNeedsImage, ["type": type])
        case .kernelTooLarge(let size, let input):
            return catalog.text(.problemKernelTooLarge, ["size": "\(size)", "input": input.description])
        case .dropoutRate(let value): return catalog.text(.problemDropoutRate, ["value": number(value)])
        case .lastLayerNotDense(let type): return catalog.text(.problemLastLayerNotDense, ["type": type])
        case .lossNeedsActivation(let loss, let required, let found):
            return catalog.text(required == .softmax ? .problemLossNeedsSoftmax : .problemLossNeedsSigmoid,
                                ["loss": loss.rawValue, "found": found.rawValue])
        case .batchSizeTooLarge(let size, let examples):
            return catalog.text(.problemBatchSizeTooLarge, ["size": "\(size)", "examples": "\(examples)"])
        case .needsTestData: return catalog.text(.problemNeedsTestData)
        case .testSplitEmpty(let fraction, let examples, let test):
            return catalog.text(.problemTestSplitEmpty, ["examples": "\(examples)", "fraction": number(fraction),
                                                          "test": "\(test)", "train": "\(examples - test)"])
        case .csv(let file, let resolved, let error): return csv(error, file: file, resolved: resolved)
        case .badColumnRange(let text): return catalog.text(.problemBadColumnRange, ["text": text])
        case .columnOutOfRange(let column, let columns, let file):
            return catalog.text(.problemColumnOutOfRange, ["column": "\(column)", "columns": "\(columns)", "file": file])
        case .labelAmongInputs(let label, let inputs):
            return catalog.text(.problemLabelAmongInputs, ["label": "\(label)",
                                                           "inputs": "\(inputs.lowerBound)-\(inputs.upperBound)"])
        case .labelNotAClass(let file, let line, let column, let value, let classes, let others):
            return catalog.text(others == 0 ? .problemLabelNotAClass : .problemLabelNotAClassOthers, [
                "file": file, "line": "\(line)", "column": "\(column)", "value": number(value),
                "classes": "\(classes)", "last": "\(classes - 1)", "others": "\(others)"])
        case .imageNotSquare(let inputs): return catalog.text(.problemImageNotSquare, ["inputs": "\(inputs)"])
        case .classesMismatch(let classes, let outputs):
            return catalog.text(.problemClassesMismatch, ["classes": "\(classes)", "outputs": "\(outputs)"])
        case .emptyLabel: return catalog.text(.problemEmptyLabel)
        case .duplicateLabel(let label, let first):
            return catalog.text(.problemDuplicateLabel, ["label": label, "first": "\(first)"])
        }
    }

    /// Why a CSV file could not be read, for the lesson that names it `file`.
    private func csv(_ error: CSVError, file: String, resolved: String) -> String {
        switch error {
        case .notFound: return catalog.text(.problemCSVNotFound, ["file": file, "resolved": resolved])
        case .notRegularFile: return catalog.text(.problemCSVNotRegularFile, ["file": file])
        case .unreadable(let reason): return catalog.text(.problemCSVUnreadable, ["file": file, "reason": reason])
        case .tooLarge(let bytes, let limit):
            return catalog.text(.problemCSVTooLarge, ["file": file, "size": ByteCount.text(Double(bytes)),
                                                      "limit": ByteCount.text(Double(limit))])
        case .empty: return catalog.text(.problemCSVEmpty, ["file": file])
        case .notANumber(let line, let column, let text):
            return catalog.text(text.isEmpty ? .problemCSVEmptyCell : .problemCSVNotANumber,
                                ["file": file, "line": "\(line)", "column": "\(column)", "text": text])
        case .notFinite(let line, let column, let text):
            return catalog.text(.problemCSVNotFinite, ["file": file, "line": "\(line)", "column": "\(column)", "text": text])
        case .cellCount(let line, let count, let expected, let firstLine):
            return catalog.text(.problemCSVCellCount, ["file": file, "line": "\(line)", "count": "\(count)",
                                                       "expected": "\(expected)", "first": "\(firstLine)"])
        case .semicolonSeparated(let line): return catalog.text(.problemCSVSemicolon, ["file": file, "line": "\(line)"])
        }
    }

    private func rule(_ rule: LessonProblem.ShapeRule) -> String {
        switch rule {
        case .columnsOfX: return catalog.text(.ruleColumnsOfX)
        case .columnsOfY: return catalog.text(.ruleColumnsOfY)
        case .rowsOfXAndY: return catalog.text(.ruleRowsOfXAndY)
        case .weightShape: return catalog.text(.ruleWeightShape)
        case .biasShape: return catalog.text(.ruleBiasShape)
        case .columnsOfImage: return catalog.text(.ruleColumnsOfImage)
        case .convolutionWeightShape: return catalog.text(.ruleConvolutionWeightShape)
        case .variantTargets: return catalog.text(.ruleVariantTargets)
        }
    }

    /// `sigmoid, tanh, relu`.
    private func list(_ names: [String]) -> String { names.joined(separator: ", ") }
}
