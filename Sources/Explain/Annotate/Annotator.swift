import Trace

/// Explains trace events in one language, mirroring the course notes (§1–§4): their symbols,
/// their row-major shapes, their code, and this step's own numbers.
///
/// ```swift
/// let annotator = Annotator(language: .spanish)
/// for context in StepContext.epoch(events, learningRate: 0.5, layerCount: 2) {
///     let annotation = annotator.annotate(context)
///     print(annotation.title, annotation.text, annotation.codeLine ?? "")
/// }
/// ```
public struct Annotator: Sendable {
    /// The language of the texts.
    public let language: Language
    /// That language's texts.
    private let catalog: Catalog

    /// An annotator writing in `language`.
    public init(language: Language = .default) {
        self.language = language
        self.catalog = Catalog.of(language)
    }

    /// The title, explanation and code line of one step.
    ///
    /// Without values (an epoch that was not sampled) the explanation covers the operation and
    /// its shapes, and says that the numbers were not kept.
    public func annotate(_ context: StepContext) -> Annotation {
        let facts = facts(for: context)
        return Annotation(title: catalog.render(facts.title.key, facts.title.values),
                          text: facts.sentences.map { catalog.render($0.key, $0.values) }.joined(separator: " "),
                          codeLine: CodeLine.line(for: context))
    }

    /// What the step says, before wording: the fact function of its operation.
    func facts(for context: StepContext) -> Facts {
        let phrases = Phrases(catalog: catalog)
        switch context.event.operation {
        case .data: return .data(context, phrases)
        case .parameter: return .parameter(context, phrases)
        case .affine: return .affine(context, phrases)
        case .sigmoid: return .sigmoid(context, phrases)
        case .heaviside: return .activation(context, phrases, .heaviside)
        case .tanh: return .activation(context, phrases, .tanh)
        case .relu: return .activation(context, phrases, .relu)
        case .leakyRelu: return .activation(context, phrases, .leakyRelu)
        case .elu: return .activation(context, phrases, .elu)
        case .gelu: return .activation(context, phrases, .gelu)
        case .swish: return .activation(context, phrases, .swish)
        case .linear: return .activation(context, phrases, .linear)
        case .softmax: return .softmax(context, phrases)
        case .conv2d: return .convolution(context, phrases)
        case .maxPool: return .maxPool(context, phrases)
        case .flatten: return .flatten(context, phrases)
        case .dropoutMask: return .dropoutMask(context, phrases)
        case .dropout: return .dropout(context, phrases)
        case .residual: return .residual(context, phrases)
        case .meanSquaredError: return .loss(context, phrases)
        case .meanAbsoluteError, .binaryCrossEntropy, .crossEntropy: return .lossValue(context, phrases)
        case .lossGradient: return .lossGradient(context, phrases)
        case .outputDelta: return .outputDelta(context, phrases)
        case .simplifiedDelta: return .simplifiedDelta(context, phrases)
        case .perceptronDelta: return .perceptronDelta(context, phrases)
        case .backpropagate: return .backpropagate(context, phrases)
        case .convBackpropagate: return .convBackpropagate(context, phrases)
        case .poolBackpropagate: return .poolBackpropagate(context, phrases)
        case .dropoutBackpropagate: return .dropoutBackpropagate(context, phrases)
        case .hiddenDelta: return .hiddenDelta(context, phrases)
        case .weightGradient: return .weightGradient(context, phrases)
        case .biasGradient: return .biasGradient(context, phrases)
        case .update: return .update(context, phrases)
        case .epochLoss: return .epochLoss(context, phrases)
        case .testLoss: return .testLoss(context, phrases)
        case .accuracy: return .accuracy(context, phrases)
        case .earlyStop: return .earlyStop(context, phrases)
        case .unknown: return .unknown(context, phrases)
        }
    }
}
