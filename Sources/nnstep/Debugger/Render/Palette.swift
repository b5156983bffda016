/// The debugger's colours, or none: with colour off (`--color never`, `NO_COLOR`, output that
/// is not a terminal) every style is left out and the text is plain. The escape codes come from
/// ``ANSI``.
struct Palette: Equatable, Sendable {
    /// Whether text is coloured.
    var isEnabled: Bool

    /// No colour: tests, pipes, `--color never`.
    static let plain = Palette(isEnabled: false)

    /// What a piece of text is, which decides its colour.
    enum Style: Equatable, Sendable {
        /// A value that went up (green).
        case increase
        /// A value that went down (red).
        case decrease
        /// A breakpoint that stopped the debugger (yellow).
        case hit
        /// A command that failed (red).
        case failure
        /// The current line of a listing (bold).
        case emphasis
        /// Level `n` (0 lowest … ``HeatMap/shades`` − 1 highest) of a heat map's scale.
        case heat(Int)
    }

    /// The 256-colour palette entries of the heat-map levels, from cold to hot: blue, cyan,
    /// green, yellow, red.
    static let heatColours = [27, 44, 113, 220, 196]

    /// `text` in `style`, or `text` unchanged when colour is off.
    func paint(_ text: String, _ style: Style) -> String {
        guard isEnabled, !text.isEmpty else { return text }
        return code(style) + text + ANSI.resetStyle
    }

    private func code(_ style: Style) -> String {
        switch style {
        case .increase: return ANSI.green
        case .decrease, .failure: return ANSI.red
        case .hit: return ANSI.yellow
        case .emphasis: return ANSI.bold
        case .heat(let level): return ANSI.foreground256(Self.heatColours[min(max(level, 0), Self.heatColours.count - 1)])
        }
    }
}
