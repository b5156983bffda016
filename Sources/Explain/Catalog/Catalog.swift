import Foundation

/// The texts of one language, keyed by ``CatalogKey`` and kept apart from the code that decides
/// what a step says: rewording a step or adding a language touches no logic.
///
/// ## Format
/// Each language's catalog is one raw string literal in its own file (`Catalog+Spanish.swift`,
/// `Catalog+English.swift`), compiled into the binary so that `nnstep` works from any directory
/// without a resource bundle. It is parsed on first use, line by line:
///
/// - a line starting with `#` is a comment, and blank lines are ignored;
/// - `[key]` opens the entry of the ``CatalogKey`` whose raw value is `key`;
/// - any other line is template text of the entry above it. The lines of an entry are trimmed
///   and joined with one space, so a long template can be wrapped anywhere;
/// - `{name}` is a placeholder for a value the annotator computes (see ``Template``).
///
/// Text before the first key, a key written twice and a key that ``CatalogKey`` does not know are
/// recorded in ``issues``; the catalog tests require it to be empty and every key to be present.
struct Catalog: Sendable {
    /// The template of each key, by raw value.
    let templates: [String: String]
    /// What was wrong in the text, one message per problem.
    let issues: [String]

    /// Reads a catalog written in the format above.
    init(parsing text: String) {
        var templates: [String: String] = [:]
        var issues: [String] = []
        var key: String?
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast())
                if templates[name] != nil { issues.append("line \(number + 1): [\(name)] is repeated") }
                if CatalogKey(rawValue: name) == nil { issues.append("line \(number + 1): [\(name)] is not a key") }
                templates[name] = ""
                key = name
            } else if let current = key {
                templates[current] = templates[current]!.isEmpty ? line : templates[current]! + " " + line
            } else {
                issues.append("line \(number + 1): text before the first [key]")
            }
        }
        self.templates = templates
        self.issues = issues
    }

    /// The catalog of `language`, parsed once.
    static func of(_ language: Language) -> Catalog {
        switch language {
        case .spanish: return spanish
        case .english: return english
        }
    }

    private static let spanish = Catalog(parsing: spanishText)
    private static let english = Catalog(parsing: englishText)

    /// The template of `key`; a missing one reads `[key]`, so that the gap is visible.
    func template(_ key: CatalogKey) -> String {
        templates[key.rawValue] ?? "[\(key.rawValue)]"
    }

    /// The template of `key` with its placeholders filled from `values`.
    func render(_ key: CatalogKey, _ values: [String: String] = [:]) -> String {
        Template.fill(template(key), with: values)
    }
}
