import Trace

/// What one step says, before it is worded: catalog keys in order, each with the values that
/// fill its placeholders.
///
/// A fact function per operation (`Facts+Affine.swift`, …) reads the step's shapes and numbers
/// and decides which sentences hold; the ``Annotator`` words them with its language's catalog.
/// A new operation needs a fact function, its catalog entries and a case in ``Annotator``.
struct Facts: Sendable {
    /// One sentence: a catalog key and the values of its placeholders.
    struct Sentence: Sendable, Equatable {
        /// The template to use.
        var key: CatalogKey
        /// The value of each placeholder.
        var values: [String: String]
    }

    /// The step being explained.
    let context: StepContext
    /// Wording of examples, neurons and lists in the annotation's language.
    let phrases: Phrases
    /// The key of the heading.
    private let titleKey: CatalogKey
    /// Values every sentence of the step may use: `result`, `shape`, `rule`, `formula`, `epoch`,
    /// `step`, `layer`, `layers`, `layerName`, `eta`, plus those added by ``set(_:)``.
    private(set) var common: [String: String]
    /// The explanation so far, sentence by sentence.
    private(set) var sentences: [Sentence] = []

    /// Facts with the heading `title` and no sentence yet.
    init(title: CatalogKey, context: StepContext, phrases: Phrases) {
        let event = context.event
        self.context = context
        self.phrases = phrases
        self.titleKey = title
        self.common = [
            "result": Notation.symbol(for: event.name), "shape": event.shape.description, "rule": event.shapeRule,
            "formula": event.formula, "epoch": String(event.epoch), "step": String(event.step),
            "layer": String(context.layer), "layers": String(context.layerCount),
            "layerName": phrases.layer(context.layer, of: context.layerCount),
            "eta": Numbers.compact(context.learningRate),
        ]
    }

    /// The heading, with the common values.
    var title: Sentence { Sentence(key: titleKey, values: common) }

    /// Adds values that the sentences said from now on may use.
    mutating func set(_ values: [String: String]) {
        common.merge(values) { $1 }
    }

    /// Appends the sentence `key`, with the common values and `values` (which win).
    mutating func say(_ key: CatalogKey, _ values: [String: String] = [:]) {
        sentences.append(Sentence(key: key, values: common.merging(values) { $1 }))
    }

    /// The step's own values, or `nil` after saying that the epoch was not sampled.
    mutating func sampledValues() -> Matrix? {
        guard let values = context.event.values else {
            say(.unsampled)
            return nil
        }
        return values
    }

    /// The symbol of operand `index` (`W₂`), or `?` when the event lists fewer operands.
    func symbol(_ index: Int) -> String {
        index < context.event.inputs.count ? Notation.symbol(for: context.event.inputs[index]) : "?"
    }

    /// The value of operand `index` in this epoch, if it was recorded.
    func operand(_ index: Int) -> Matrix? {
        index < context.event.inputs.count ? context.values[context.event.inputs[index]] : nil
    }

    /// The data `X`, if this epoch recorded it, to name examples by their inputs.
    var inputs: Matrix? { context.values["X"] }

    /// `ejemplo 3 (1, 0)`: an example named by its inputs when they are known.
    func example(_ row: Int) -> String { phrases.example(row, inputs: inputs) }
}
