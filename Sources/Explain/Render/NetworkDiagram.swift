import Trace

/// A picture in a few lines of the network's data path with the current step marked:
///
///     adelante   X ──▶ Z₁ ─σ─▶ A₁ ──▶ Z₂ ─σ─▶ A₂ ──▶ error ──▶ loss
///     atrás      δ_hidden ◀── Error_hidden ◀── δ_out ◀── error
///     ajuste     W₂ b₂ ← ΔW₂ Δb₂ · W₁ b₁ ← ΔW₁ Δb₁
///
/// The step's result is shown as `⟦δ_out⟧`, so the student sees where in the gradient flow the
/// step is, in any terminal and in plain text. The rows follow the steps the epoch computes, so
/// pooling (`P₁`), flattening (`F`), dropout (`─⊙M₂─▶`) and losses without an `error` step draw
/// as the trace has them. A network that is not all dense gets a first row with the shapes its
/// layers pass on, instead of its neurons:
///
///     red        1×28×28 → conv 32@3×3 → 32×26×26 → maxpool 2×2 → 32×13×13 → …
///
/// A row longer than the width continues on the next lines, indented.
public struct NetworkDiagram: Sendable {
    /// The network drawn.
    public let network: NetworkSpec

    /// A diagram of `network`.
    public init(network: NetworkSpec) {
        self.network = network
    }

    /// The lines of the diagram with `current` (a canonical name) marked.
    ///
    /// - Parameters:
    ///   - labels: the titles of the rows forward, backward and update.
    ///   - steps: the epoch's steps in order; `nil` draws the steps of the notes' dense networks
    ///     with the squared error (`error`, `delta_out`, `Error_hidden`, …).
    ///   - width: the widest line; longer rows continue on further lines.
    ///   - chainLabel: the title of the row of shapes that networks not all dense get.
    public func lines(current: String, phase: Phase, labels: [String], steps: [StepSummary]? = nil,
                      width: Int = .max, chainLabel: String = "") -> [String] {
        let steps = steps ?? notesSteps
        func mark(_ step: StepSummary) -> String {
            let symbol = Notation.symbol(for: step.name)
            return step.name == current && step.phase == phase ? "⟦\(symbol)⟧" : symbol
        }
        // Forward: the data, then every value computed from it up to the loss.
        var forward = [mark(StepSummary(name: "X", phase: .forward, operation: .data))]
        var previous = "X", mask: String?
        for step in steps where (step.phase == .forward || step.phase == .error)
            && step.operation != .data && step.operation != .parameter {
            if step.operation == .dropoutMask {
                mask = mark(step)
                continue
            }
            let arrow: String
            if let layer = Self.layer(of: step.name, prefix: "A"), previous == Notation.sumName(layer),
               network.weightLayers.indices.contains(layer - 1) {
                arrow = "─\(network.weightLayers[layer - 1].activation.symbol)─▶"
            } else if let shown = mask {
                arrow = "─⊙\(shown)─▶"
                mask = nil
            } else {
                arrow = "──▶"
            }
            forward.append(arrow + " " + mark(step))
            previous = step.name
        }
        // Backward: the deltas and the errors sent back, from the first layer's (left) to where
        // they start (right).
        let source = steps.contains { $0.name == "error" } ? "error" : "loss"
        let deltas = steps.filter { $0.phase == .backward }.reversed().map(mark)
        let backward = deltas.isEmpty ? [] : [deltas[0]] + deltas.dropFirst().map { "◀── " + $0 } + ["◀── " + source]
        // Update: each layer's parameters and their adjustments, the last layer first.
        let updates = steps.filter { $0.phase == .update }
        func token(_ name: String) -> String {
            mark(updates.first { $0.name == name } ?? StepSummary(name: name, phase: .update, operation: .update))
        }
        let update = stride(from: network.depth, through: 1, by: -1).map { l in
            "\(token(Notation.weightName(l))) \(token(Notation.biasName(l))) ← "
                + "\(token(Notation.weightGradientName(l))) \(token(Notation.biasGradientName(l)))"
        }

        var rows: [(title: String, pieces: [String], separator: String)] = [
            (labels.indices.contains(0) ? labels[0] : "", forward, " "),
            (labels.indices.contains(1) ? labels[1] : "", backward, " "),
            (labels.indices.contains(2) ? labels[2] : "", update, " · "),
        ]
        if !network.isDense { rows.insert((chainLabel, chain, " "), at: 0) }
        let titleWidth = rows.map(\.title.count).max() ?? 0
        return rows.flatMap { row in
            Self.wrap(row.pieces, separator: row.separator, width: width - titleWidth - 2).enumerated().map { index, text in
                (index == 0 ? TextLayout.pad(row.title, to: titleWidth) : String(repeating: " ", count: titleWidth + 2))
                    + "  " + text
            }
        }
    }

    /// The steps of one batch of the run `header` describes, as its plan computes them: what an
    /// epoch that was not kept whole (cut short by a NaN, or only its summary) would have had;
    /// `nil` for a network that cannot be trained.
    public static func steps(of header: TraceHeader) -> [StepSummary]? {
        let network = header.network
        guard network.depth >= 1, NetworkLayout.problems(of: network).isEmpty else { return nil }
        return EpochPlan(spec: network, settings: header.training, rows: max(header.batchSize, 1)).steps
            .map { StepSummary(name: $0.name, phase: $0.phase, operation: $0.operation) }
    }

    /// The shapes one example takes through the layers, with the layers between them:
    /// `1×28×28`, `→ conv 32@3×3`, `→ 32×26×26`, …
    public var chain: [String] {
        let layout = network.layout
        func shape(_ example: ExampleShape) -> String { example.image?.description ?? "\(example.width)" }
        var pieces = [network.inputImage?.description ?? "\(network.inputs)"]
        for stage in layout.stages {
            let layer: String
            switch stage.layer.kind {
            case .dense: layer = "dense \(stage.layer.units)"
            case .conv2d(let kernel): layer = "conv \(stage.layer.units)@\(kernel)×\(kernel)"
            case .maxPool(let size): layer = "maxpool \(size)×\(size)"
            case .flatten: layer = "flatten"
            case .dropout(let rate): layer = "dropout \(rate)"
            }
            pieces += ["→ " + layer, "→ " + shape(stage.output)]
        }
        return pieces
    }

    /// The steps of the notes' networks, dense with the squared error, when no epoch gives them.
    private var notesSteps: [StepSummary] {
        let depth = network.depth
        var steps: [StepSummary] = []
        for l in 1...max(depth, 1) {
            steps.append(StepSummary(name: Notation.sumName(l), phase: .forward, operation: .affine))
            steps.append(StepSummary(name: Notation.activationName(l), phase: .forward, operation: .sigmoid))
        }
        steps.append(StepSummary(name: "error", phase: .error, operation: .residual))
        steps.append(StepSummary(name: "loss", phase: .error, operation: .meanSquaredError))
        for l in stride(from: depth, through: 1, by: -1) {
            steps.append(StepSummary(name: Notation.deltaName(l, depth: depth), phase: .backward,
                                     operation: l == depth ? .outputDelta : .hiddenDelta))
            if l > 1 {
                steps.append(StepSummary(name: Notation.backErrorName(l - 1, depth: depth), phase: .backward,
                                         operation: .backpropagate))
            }
        }
        return steps
    }

    /// `3` for `A3` with prefix `A`.
    private static func layer(of name: String, prefix: Character) -> Int? {
        guard name.first == prefix else { return nil }
        return Int(name.dropFirst())
    }

    /// `pieces` joined by `separator` into lines of at most `width` characters (a piece longer
    /// than that has a line of its own).
    static func wrap(_ pieces: [String], separator: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for piece in pieces {
            if line.isEmpty {
                line = piece
            } else if line.count + separator.count + piece.count <= width {
                line += separator + piece
            } else {
                lines.append(line)
                line = piece
            }
        }
        return lines + [line]
    }
}
