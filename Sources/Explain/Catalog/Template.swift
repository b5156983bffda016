/// `{name}` placeholders in catalog templates: filling them and listing them.
///
/// A placeholder is `{`, a name of letters and digits, and `}`. A placeholder with no value is
/// left as written, so a missing value shows up in the output (and in the catalog tests) instead
/// of vanishing silently.
enum Template {
    /// `template` with every `{name}` that `values` knows replaced by its value.
    static func fill(_ template: String, with values: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let (name, after) = placeholder(at: open, in: rest), let value = values[name] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[after...]
        }
        return result + rest
    }

    /// The names of the placeholders in `template`, in order of appearance.
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            if let (name, after) = placeholder(at: open, in: rest) {
                names.append(name)
                rest = rest[after...]
            } else {
                rest = rest[rest.index(after: open)...]
            }
        }
        return names
    }

    /// The name of the placeholder opened at `open`, and the index just past its `}`.
    private static func placeholder(at open: Substring.Index, in text: Substring) -> (String, Substring.Index)? {
        let start = text.index(after: open)
        guard let close = text[start...].firstIndex(of: "}") else { return nil }
        let name = text[start..<close]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        return (String(name), text.index(after: close))
    }
}
