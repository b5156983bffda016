/// The language of the annotations and of every text the learner reads.
///
/// The raw value is the ISO 639-1 code that `--lang` and lesson files use. Each language has one
/// text catalog (``Catalog``); adding a language means adding a case here and its catalog file.
public enum Language: String, CaseIterable, Sendable {
    /// Spanish, the language of the course notes: the default.
    case spanish = "es"
    /// English.
    case english = "en"

    /// The language used when none is asked for: Spanish.
    public static let `default`: Language = .spanish

    /// The language a code names: `es`, `EN`, or a locale such as `es_ES.UTF-8` or `en-GB`.
    ///
    /// Only the part before the first `_`, `-` or `.` counts, in any case. Returns `nil` for an
    /// empty or unknown code, so that callers can report the mistake; use ``default`` when no
    /// code was given at all.
    public init?(code: String) {
        let language = code.prefix { $0 != "_" && $0 != "-" && $0 != "." }.lowercased()
        self.init(rawValue: language)
    }
}
