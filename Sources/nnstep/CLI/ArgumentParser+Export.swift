import Explain
import Foundation

/// The command line of `nnstep export KIND SOURCE… [options]`.
extension ArgumentParser {
    /// The options of `export` and the kinds each one applies to.
    static let exportOptions: [String: Set<ExportRequest.Kind>] = [
        "-o": Set(ExportRequest.Kind.allCases), "--output": Set(ExportRequest.Kind.allCases),
        "--lang": Set(ExportRequest.Kind.allCases),
        "--epoch": [.latex, .slides], "--precision": [.latex, .slides],
        "--step": [.latex], "--name": [.latex], "--fragment": [.latex],
        "--steps": [.slides], "--group": [.slides],
    ]

    /// The options of `export` that take no value.
    private static let exportFlags: Set<String> = ["--fragment", "--group"]

    /// Parses the words after `export`: the kind, the sources and the options, in any order.
    static func parseExport(_ words: [String]) throws(UsageError) -> Invocation {
        var options = Invocation.Options()
        var operands: [String] = []
        var given: [(name: String, value: String?)] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("-"), word != "-" else {
                operands.append(word)
                continue
            }
            var name = word, value: String?
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<equals])
                value = String(word[word.index(after: equals)...])
            }
            guard exportOptions[name] != nil else { throw .unknownOption(command: "export", option: name) }
            if value == nil, !exportFlags.contains(name) {
                guard index < words.count else { throw .missingValue(command: "export", option: name) }
                value = words[index]
                index += 1
            }
            given.append((name, value))
        }
        guard let kindWord = operands.first else { throw .missingOperand(command: "export") }
        guard let kind = ExportRequest.Kind(rawValue: kindWord) else { throw .unknownExportKind(kindWord) }
        let sources = Array(operands.dropFirst())
        guard !sources.isEmpty else { throw .missingOperand(command: "export") }
        if kind != .plot, sources.count > 1 { throw .extraOperand(command: "export \(kind.rawValue)", operand: sources[1]) }

        var request = ExportRequest(kind: kind, sources: sources)
        for (name, value) in given {
            guard exportOptions[name]?.contains(kind) == true else {
                throw .optionNotForKind(kind: kind.rawValue, option: name)
            }
            try applyExport(name, value ?? "", to: &request, options: &options)
        }
        if request.step != nil, request.name != nil {
            throw .conflictingOptions(command: "export", first: "--step", second: "--name")
        }
        return Invocation(command: .export(request), options: options)
    }

    /// Sets option `name` with `value` (empty for flags).
    private static func applyExport(_ name: String, _ value: String, to request: inout ExportRequest,
                                    options: inout Invocation.Options) throws(UsageError) {
        func invalid(_ form: UsageError.ValueForm) -> UsageError {
            .invalidValue(command: "export", option: name, value: value, expected: form)
        }
        switch name {
        case "--lang":
            guard let language = Language(rawValue: value.lowercased()) else { throw invalid(.language) }
            options.language = language
        case "--epoch":
            guard let epoch = Int(value), epoch >= 1 else { throw invalid(.positiveInteger) }
            request.epoch = epoch
        case "--step":
            guard let step = Int(value), step >= 1 else { throw invalid(.positiveInteger) }
            request.step = step
        case "--name":
            guard !value.isEmpty else { throw invalid(.stepList) }
            request.name = value
        case "--precision":
            guard let digits = Int(value), (0...12).contains(digits) else { throw invalid(.precision) }
            request.precision = digits
        case "--steps":
            guard let steps = stepSelectors(value) else { throw invalid(.stepList) }
            request.steps = steps
        case "--fragment": request.fragment = true
        case "--group": request.group = true
        default: request.output = value
        }
    }

    /// `7,13-15,delta_out` as selectors; `nil` when an item is empty, a range runs backwards or
    /// a number is below 1.
    static func stepSelectors(_ text: String) -> [ExportRequest.StepSelector]? {
        var selectors: [ExportRequest.StepSelector] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let item = item.trimmingCharacters(in: .whitespaces)
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            if bounds.count == 1, let step = bounds[0], step >= 1 {
                selectors.append(.range(step...step))
            } else if bounds.count == 2, let lower = bounds[0], let upper = bounds[1], 1 <= lower, lower <= upper {
                selectors.append(.range(lower...upper))
            } else if !item.isEmpty, Int(item) == nil, !item.contains("-"),
                      item.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                selectors.append(.name(item))
            } else {
                return nil
            }
        }
        return selectors.isEmpty ? nil : selectors
    }
}
