/// The names and symbols of the notes, in one place.
///
/// Canonical names (`Z1`, `delta_out`, `dW2`) are what traces, commands and tests use; symbols
/// (`Z₁`, `δ_out`, `ΔW₂`) are what formulas show. For the notes' network with one hidden layer
/// the deltas keep the notes' names `delta_out`, `Error_hidden` and `delta_hidden`; deeper
/// networks number them by layer (`delta_3`, `Error_2`).
public enum Notation {
    /// `W1`, `W2`, …
    public static func weightName(_ layer: Int) -> String { "W\(layer)" }
    /// `b1`, `b2`, …
    public static func biasName(_ layer: Int) -> String { "b\(layer)" }
    /// `Z1`, `Z2`, …
    public static func sumName(_ layer: Int) -> String { "Z\(layer)" }
    /// `A1`, `A2`, …; `A0` is the input `X`.
    public static func activationName(_ layer: Int) -> String { layer == 0 ? "X" : "A\(layer)" }
    /// `dW1`, `dW2`, …: the adjustment ΔW of a weight matrix, η included.
    public static func weightGradientName(_ layer: Int) -> String { "dW\(layer)" }
    /// `db1`, `db2`, …
    public static func biasGradientName(_ layer: Int) -> String { "db\(layer)" }

    /// The delta of `layer` in a network of `depth` layers: `delta_out` / `delta_hidden` for the
    /// notes' two-layer network, `delta_l` otherwise.
    public static func deltaName(_ layer: Int, depth: Int) -> String {
        guard depth == 2 else { return "delta_\(layer)" }
        return layer == 2 ? "delta_out" : "delta_hidden"
    }

    /// The error sent back into `layer` (`Error_hidden` in the two-layer network, `Error_l` otherwise).
    public static func backErrorName(_ layer: Int, depth: Int) -> String {
        depth == 2 ? "Error_hidden" : "Error_\(layer)"
    }

    /// The variable of the notes' code (`src/multicapa.py`) for a canonical name, in the
    /// two-layer network only.
    public static func codeName(for name: String, depth: Int) -> String? {
        guard depth == 2 else { return nil }
        let names = [
            "X": "X", "y": "y", "W1": "W1", "b1": "b1", "W2": "W2", "b2": "b2",
            "Z1": "hidden_layer_input", "A1": "hidden_layer_output",
            "Z2": "output_layer_input", "A2": "predicted_output", "error": "error",
            "delta_out": "d_predicted_output", "Error_hidden": "error_hidden_layer",
            "delta_hidden": "d_hidden_layer",
        ]
        return names[name]
    }

    /// The symbol of a canonical name in formulas: `delta_out` → `δ_out`, `dW2` → `ΔW₂`,
    /// `Z1` → `Z₁`; unknown names are returned unchanged.
    public static func symbol(for name: String) -> String {
        if name.hasPrefix("delta_") { return "δ" + subscripted(String(name.dropFirst(6))) }
        if name.hasPrefix("Error_") { return "Error" + subscripted(String(name.dropFirst(6))) }
        if name.hasPrefix("dW"), let layer = Int(name.dropFirst(2)) { return "ΔW" + subscriptDigits(layer) }
        if name.hasPrefix("db"), let layer = Int(name.dropFirst(2)) { return "Δb" + subscriptDigits(layer) }
        if let first = name.first, "WbZA".contains(first), let layer = Int(name.dropFirst()) {
            return String(first) + subscriptDigits(layer)
        }
        return name
    }

    /// `_out` for words, `₃` for numbers: the tail of a delta or error symbol.
    private static func subscripted(_ tail: String) -> String {
        if let layer = Int(tail) { return subscriptDigits(layer) }
        return "_" + tail
    }

    /// `12` → `₁₂`.
    public static func subscriptDigits(_ number: Int) -> String {
        let digits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return String(String(number).map { $0.isNumber ? digits[$0.wholeNumberValue!] : $0 })
    }
}
