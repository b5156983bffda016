import Trace

/// The matrices a recording names, and every way a student may call them: the canonical name
/// (`delta_hidden`), the notes' code variable (`d_hidden_layer`) or the symbol (`δ_hidden`).
struct NameIndex: Sendable {
    /// Canonical names, in the order an epoch computes them first.
    let names: [String]
    /// The shape of each canonical name.
    let shapes: [String: Shape]
    /// The step (from 1) of an epoch where each canonical name is first computed.
    let steps: [String: Int]
    /// Every accepted spelling and its canonical name.
    private let aliases: [String: String]

    /// The names of the first kept epoch of `recording` (every epoch computes the same ones).
    init(recording: Recording) {
        var names: [String] = [], shapes: [String: Shape] = [:], steps: [String: Int] = [:]
        var aliases: [String: String] = [:]
        for event in recording.epochs.first?.events ?? [] where shapes[event.name] == nil {
            names.append(event.name)
            shapes[event.name] = event.shape
            steps[event.name] = event.step
            for alias in [event.name, event.codeName, Notation.symbol(for: event.name)].compactMap({ $0 }) {
                aliases[alias] = aliases[alias] ?? event.name
            }
        }
        self.names = names
        self.shapes = shapes
        self.steps = steps
        self.aliases = aliases
    }

    /// The canonical name `typed` stands for, if any.
    func canonical(_ typed: String) -> String? {
        aliases[typed]
    }
}
