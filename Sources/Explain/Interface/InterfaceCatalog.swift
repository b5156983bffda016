import Foundation

/// The interface texts of one language: labels, the stepper's lines, messages and help.
///
/// Kept apart from the code like the annotation catalog: each language is one raw string
/// literal (`InterfaceCatalog+Spanish.swift`, `InterfaceCatalog+English.swift`) in this format:
///
/// - `[key]` on a line of its own opens the entry of the ``InterfaceKey`` with that raw value;
/// - the lines after it, up to the next key or comment, are the entry's text *verbatim*, one
///   output line each (help screens keep their columns); blank lines at its end are dropped;
/// - a line starting with `#` is a comment;
/// - `{name}` is a placeholder filled by the caller (see `Template`).
public struct InterfaceCatalog: Sendable {
    /// The text of each key, by raw value.
    let entries: [String: String]
    /// What was wrong in the text (unknown or repeated keys, text before the first key).
    let issues: [String]

    /// Reads a catalog in the format above.
    init(parsing text: String) {
        var entries: [String: [String]] = [:]
        var issues: [String] = []
        var key: String?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).enumerated() {
            if line.hasPrefix("#") {
                key = nil
            } else if line.hasPrefix("["), line.hasSuffix("]"), !line.contains(" ") {
                let name = String(line.dropFirst().dropLast())
                if entries[name] != nil { issues.append("line \(number + 1): [\(name)] is repeated") }
                if InterfaceKey(rawValue: name) == nil { issues.append("line \(number + 1): [\(name)] is not a key") }
                entries[name] = []
                key = name
            } else if let current = key {
                entries[current]!.append(line)
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                issues.append("line \(number + 1): text outside an entry")
            }
        }
        self.entries = entries.mapValues { lines in
            var lines = lines
            while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
            return lines.joined(separator: "\n")
        }
        self.issues = issues
    }

    /// The catalog of `language`, parsed once.
    public static func of(_ language: Language) -> InterfaceCatalog {
        switch language {
        case .spanish: return spanish
        case .english: return english
        }
    }

    private static let spanish = InterfaceCatalog(parsing: spanishText)
    private static let english = InterfaceCatalog(parsing: englishText)

    /// The text of `key` with its placeholders filled from `values`; a missing entry reads
    /// `[key]`, so the gap shows.
    public func text(_ key: InterfaceKey, _ values: [String: String] = [:]) -> String {
        Template.fill(entries[key.rawValue] ?? "[\(key.rawValue)]", with: values)
    }
}
