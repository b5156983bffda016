import Trace

/// The notes' symbols in LaTeX: `delta_out` is `\delta_{out}`, `Error_hidden` is
/// `\text{Error}_{hidden}`, `dW2` is `\Delta W_2`, as §2.2 writes them; deeper networks'
/// `delta_3`, `Error_2` are `\delta_3`, `\text{Error}_2`. The layers of §4 read `P_1` (pooled
/// maps), `F` (flattened), `M_2` and `D_2` (dropout's mask and output), and the gradients that
/// reach them `\text{Error}_{P_1}`, `\text{Error}_{D_2}`; the loss's gradient `dA3` is
/// `\mathrm{d}A_3`, and an epoch's summary `\overline{\text{loss}}`, `\text{loss}_{\text{test}}`,
/// `\text{acc}_{\text{test}}`.
///
/// The LaTeX counterpart of ``Notation/symbol(for:)``. A name the notes do not have (from a
/// newer or hand-made trace) is typeset as escaped text, so no name can inject LaTeX.
public enum LaTeXNotation {
    /// The symbol of a canonical name, in math mode.
    public static func symbol(for name: String) -> String {
        symbol(for: name, element: nil)
    }

    /// The symbol of one element (row) of a named matrix: `\delta_{out,i}`, `\text{error}_{i}`.
    public static func element(of name: String, index: String) -> String {
        symbol(for: name, element: index)
    }

    /// The activation's function in math mode: `\sigma`, `\operatorname{ReLU}`, `\tanh`, `H`.
    public static func function(_ activation: Activation) -> String {
        switch activation {
        case .sigmoid: return "\\sigma"
        case .heaviside: return "H"
        case .tanh: return "\\tanh"
        case .relu: return "\\operatorname{ReLU}"
        case .leakyRelu: return "\\operatorname{LeakyReLU}"
        case .elu: return "\\operatorname{ELU}"
        case .gelu: return "\\operatorname{GELU}"
        case .swish: return "\\operatorname{Swish}"
        case .softmax: return "\\operatorname{softmax}"
        case .linear: return "\\operatorname{id}"
        }
    }

    /// The activation's definition, as a side note to `A = f(Z)`; `nil` for the sigmoid (the
    /// notes define it in their text) and the identity.
    public static func definition(_ activation: Activation) -> String? {
        let f = function(activation)
        switch activation {
        case .sigmoid, .linear: return nil
        case .heaviside: return "\(f)(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}"
        case .tanh: return "\(f)(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}"
        case .relu: return "\(f)(z) = \\max(0, z)"
        case .leakyRelu: return "\(f)(z) = \\max(0.01\\,z, z)"
        case .elu: return "\(f)(z) = \\begin{cases} z & z > 0 \\\\ e^{z} - 1 & z \\le 0 \\end{cases}"
        case .gelu: return "\(f)(z) = z\\,\\Phi(z)"
        case .swish: return "\(f)(z) = z\\,\\sigma(z)"
        case .softmax: return "\(f)(z)_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}"
        }
    }

    /// The layer a name such as `A2`, `Z2` or `W2` belongs to, if it has one.
    public static func layer(of name: String) -> Int? {
        guard let first = name.first, "WbZA".contains(first) else { return nil }
        return Int(name.dropFirst())
    }

    /// Pairs of Unicode symbol and LaTeX for `names`, for ``LaTeXEscaper/text(_:symbols:)``:
    /// `δ_out` → `\delta_{out}`, `W₂ᵀ` → `W_2^T`, `X` → `X`. Names whose symbol is a lowercase
    /// word (`y`, `error`) are left out: in running text they cannot be told from ordinary words
    /// («cada ejemplo y cada columna»).
    public static func textSymbols(for names: [String]) -> [(unicode: String, latex: String)] {
        var pairs: [(unicode: String, latex: String)] = []
        var seen = Set<String>()
        for name in names where seen.insert(name).inserted {
            let unicode = Notation.symbol(for: name), latex = symbol(for: name)
            pairs.append((unicode + "ᵀ", latex + "^T"))
            if !unicode.allSatisfy({ $0.isASCII && $0.isLowercase }) { pairs.append((unicode, latex)) }
        }
        return pairs
    }

    /// The symbol with `element` appended to its subscript.
    private static func symbol(for name: String, element: String?) -> String {
        func subscripted(_ base: String, _ tail: String?) -> String {
            let joined = [tail, element].compactMap { $0 }.joined(separator: ",")
            if joined.isEmpty { return base }
            return base + (joined.count == 1 ? "_" + joined : "_{" + joined + "}")
        }
        if name.hasPrefix("delta_"), let tail = word(name.dropFirst(6)) { return subscripted("\\delta", tail) }
        if name.hasPrefix("Error_"), let tail = mapName(name.dropFirst(6)) { return subscripted("\\text{Error}", tail) }
        if name.hasPrefix("Error_"), let tail = word(name.dropFirst(6)) { return subscripted("\\text{Error}", tail) }
        if name.hasPrefix("dA"), let layer = Int(name.dropFirst(2)) { return subscripted("\\mathrm{d}A", "\(layer)") }
        if let map = mapName(Substring(name)) { return element.map { "(\(map))_{\($0)}" } ?? map }
        if name.hasPrefix("dW"), let layer = Int(name.dropFirst(2)) { return subscripted("\\Delta W", "\(layer)") }
        if name.hasPrefix("db"), let layer = Int(name.dropFirst(2)) { return subscripted("\\Delta b", "\(layer)") }
        if let first = name.first, let layer = layer(of: name) { return subscripted(String(first), "\(layer)") }
        switch name {
        case "X", "y": return subscripted(name, nil)
        case "error", "loss": return subscripted("\\text{\(name)}", nil)
        case "epoch_loss": return subscripted("\\overline{\\text{loss}}", nil)
        case "test_loss": return subscripted("\\text{loss}_{\\text{test}}", nil)
        case "test_accuracy": return subscripted("\\text{acc}_{\\text{test}}", nil)
        default: return subscripted("\\text{\(LaTeXEscaper.text(name))}", nil)
        }
    }

    /// The symbol of a value of §4's layers: `P1` → `P_1`, `M2` → `M_2`, `D2` → `D_2`, `F` → `F`.
    private static func mapName(_ name: Substring) -> String? {
        if name == "F" { return "F" }
        guard let first = name.first, "PMD".contains(first), let layer = Int(name.dropFirst()) else { return nil }
        return layer < 10 ? "\(first)_\(layer)" : "\(first)_{\(layer)}"
    }

    /// `tail` if it is a plain word or number that can stand in a subscript as it is.
    private static func word(_ tail: Substring) -> String? {
        guard !tail.isEmpty, tail.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        return String(tail)
    }
}
