/// `training`: learning rate, epochs, seed, sampling, loss, batches, optimiser, regularisation,
/// early stopping and initialisation; and the checks of these settings against the network and
/// the data.
extension LessonDecoder {
    /// Keys of `training`.
    static let trainingKeys = ["learningRate", "epochs", "seed", "sampling", "loss", "batchSize", "shuffle",
                               "reduction", "optimizer", "l2", "earlyStopping", "initialization"]
    /// Keys of `training.sampling`.
    static let samplingKeys = ["first", "every", "last"]
    /// Keys of `training.earlyStopping`.
    static let earlyStoppingKeys = ["patience", "minImprovement"]
    /// The optimisers, and the keys of each one's object form (`type` included).
    static let optimizerTypes: [(name: String, keys: [String])] = [
        ("sgd", ["type"]),
        ("momentum", ["type", "momentum"]),
        ("adam", ["type", "beta1", "beta2", "epsilon"]),
    ]
    /// Every key some optimiser object takes.
    static let allOptimizerKeys = ["type", "momentum", "beta1", "beta2", "epsilon"]

    /// The defaults of the optimisers' settings: PyTorch's for Adam, the usual 0.9 for momentum.
    public static let defaultMomentum = 0.9
    /// β₁, β₂ and ε of Adam when the lesson does not give them.
    public static let defaultAdam = (beta1: 0.9, beta2: 0.999, epsilon: 1e-8)

    /// The losses by the names lesson files use.
    static var losses: [(String, Loss)] { Loss.allCases.map { ($0.rawValue, $0) } }

    /// The settings `training` gives, with defaults for what it does not, and whether every key
    /// could be read (when not, the problems say why, and the values are defaults).
    mutating func trainingSettings(_ value: JSONValue) -> (settings: TrainingSettings, isComplete: Bool) {
        var settings = TrainingSettings(learningRate: 1, epochs: 1, seed: 0, sampling: .default)
        guard let members = object(value, at: "training") else { return (settings, false) }
        let before = problems.count
        let path = "training"
        checkKeys(members, known: Self.trainingKeys, at: path)
        func optional<T>(_ key: String, _ read: (inout LessonDecoder, JSONValue, String) -> T?) -> T? {
            member(members, key).flatMap { read(&self, $0, path + "." + key) }
        }
        if let rate = required(members, "learningRate", at: path).flatMap({ positive($0, at: path + ".learningRate") }) {
            settings.learningRate = rate
        }
        if let epochs = required(members, "epochs", at: path).flatMap({
            integer($0, at: path + ".epochs", in: 1...Self.maximumEpochs)
        }) {
            settings.epochs = epochs
        }
        if let seed = optional("seed", { $0.integer($1, at: $2, in: 0...Int(Self.maximumSeed)) }) {
            settings.seed = UInt64(seed)
        }
        if let sampling = optional("sampling", { $0.samplingPolicy($1, at: $2) }) { settings.sampling = sampling }
        if let loss = optional("loss", { $0.choice($1, at: $2, Self.losses, category: .loss) }) { settings.loss = loss }
        settings.batchSize = optional("batchSize", { $0.integer($1, at: $2, in: 1...Self.maximumBatchSize) })
        if let shuffle = optional("shuffle", { $0.bool($1, at: $2) }) { settings.shuffle = shuffle }
        if let reduction = optional("reduction", {
            $0.choice($1, at: $2, Reduction.allCases.map { ($0.rawValue, $0) }, category: .reduction)
        }) {
            settings.reduction = reduction
        }
        if let optimizer = optional("optimizer", { $0.optimizer($1, at: $2) }) { settings.optimizer = optimizer }
        if let l2 = optional("l2", { $0.nonNegative($1, at: $2) }) { settings.l2 = l2 }
        settings.earlyStopping = optional("earlyStopping", { $0.earlyStopping($1, at: $2) })
        if let initialization = optional("initialization", {
            $0.choice($1, at: $2, Initialization.allCases.map { ($0.rawValue, $0) }, category: .initialization)
        }) {
            settings.initialization = initialization
        }
        return (settings, problems.count == before)
    }

    private mutating func samplingPolicy(_ value: JSONValue, at path: String) -> SamplingPolicy? {
        guard let members = object(value, at: path) else { return nil }
        checkKeys(members, known: Self.samplingKeys, at: path)
        let defaults = SamplingPolicy.default
        let first = member(members, "first").map { integer($0, at: path + ".first", in: 0...Self.maximumEpochs) } ?? defaults.first
        let every = member(members, "every").map { integer($0, at: path + ".every", in: 0...Self.maximumEpochs) } ?? defaults.every
        let last = member(members, "last").map { bool($0, at: path + ".last") } ?? defaults.last
        guard let first, let every, let last else { return nil }
        return SamplingPolicy(first: first, every: every, last: last)
    }

    /// `"sgd"`, `"momentum"`, `"adam"`, or an object with a `type` and that optimiser's settings.
    private mutating func optimizer(_ value: JSONValue, at path: String) -> Optimizer? {
        let names = Self.optimizerTypes.map { ($0.name, $0.name) }
        if case .string = value {
            return choice(value, at: path, names, category: .optimizer).map { Self.defaultOptimizer(named: $0) }
        }
        guard case .object(let members) = value else {
            problems.append(LessonProblem(path: path, kind: .wrongType(expected: .string, found: value.kind)))
            return nil
        }
        guard let name = required(members, "type", at: path).flatMap({
            choice($0, at: path + ".type", names, category: .optimizer)
        }) else {
            checkKeys(members, known: Self.allOptimizerKeys, at: path)
            return nil
        }
        let keys = Self.optimizerTypes.first { $0.name == name }?.keys ?? ["type"]
        checkKeys(members, known: keys, ofType: name, allKnown: Self.allOptimizerKeys, category: .optimizer, at: path)
        func setting(_ key: String, _ read: (inout LessonDecoder, JSONValue, String) -> Double?, default fallback: Double) -> Double? {
            guard let value = member(members, key) else { return fallback }
            return read(&self, value, path + "." + key)
        }
        switch name {
        case "momentum":
            return setting("momentum", { $0.fraction($1, at: $2, zeroAllowed: true) }, default: Self.defaultMomentum)
                .map { .momentum($0) }
        case "adam":
            let beta1 = setting("beta1", { $0.fraction($1, at: $2, zeroAllowed: true) }, default: Self.defaultAdam.beta1)
            let beta2 = setting("beta2", { $0.fraction($1, at: $2, zeroAllowed: true) }, default: Self.defaultAdam.beta2)
            let epsilon = setting("epsilon", { $0.positive($1, at: $2) }, default: Self.defaultAdam.epsilon)
            guard let beta1, let beta2, let epsilon else { return nil }
            return .adam(beta1: beta1, beta2: beta2, epsilon: epsilon)
        default:
            return .gradientDescent
        }
    }

    /// The optimiser `name` with its default settings.
    static func defaultOptimizer(named name: String) -> Optimizer {
        switch name {
        case "momentum": return .momentum(defaultMomentum)
        case "adam": return .adam(beta1: defaultAdam.beta1, beta2: defaultAdam.beta2, epsilon: defaultAdam.epsilon)
        default: return .gradientDescent
        }
    }

    private mutating func earlyStopping(_ value: JSONValue, at path: String) -> EarlyStopping? {
        guard let members = object(value, at: path) else { return nil }
        checkKeys(members, known: Self.earlyStoppingKeys, at: path)
        let patience = required(members, "patience", at: path).flatMap {
            integer($0, at: path + ".patience", in: 1...Self.maximumEpochs)
        }
        let improvement = member(members, "minImprovement").map { nonNegative($0, at: path + ".minImprovement") } ?? 0
        guard let patience, let improvement else { return nil }
        return EarlyStopping(patience: patience, minimumImprovement: improvement)
    }

    /// The checks of the settings against the network and the data: the loss fits the output
    /// layer, a batch is no larger than the training examples, early stopping has test data.
    mutating func checkTraining(_ settings: TrainingSettings, data: LessonData?) {
        if let output = outputActivation {
            let required: Activation? = switch settings.loss {
            case .crossEntropy: .softmax
            case .binaryCrossEntropy: .sigmoid
            case .squaredError, .meanAbsoluteError: nil
            }
            if let required, output != required {
                problems.append(LessonProblem(path: "training.loss", kind: .lossNeedsActivation(
                    loss: settings.loss, required: required, found: output)))
            }
        }
        if let size = settings.batchSize, let examples = data?.inputs?.rows, size > examples {
            problems.append(LessonProblem(path: "training.batchSize", kind: .batchSizeTooLarge(size: size, examples: examples)))
        }
        if settings.earlyStopping != nil, let data, data.test == nil, data.isComplete {
            problems.append(LessonProblem(path: "training.earlyStopping", kind: .needsTestData))
        }
    }
}
