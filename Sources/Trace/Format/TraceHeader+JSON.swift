/// The header line as JSON: ``TraceLineEncoder/header(_:)`` writes it and
/// ``TraceLineDecoder/header(_:)`` reads it. `docs/trace-format.md` lists the keys.
///
/// Keys always come in the same order. The keys added to version 1 after its first networks are
/// written only where they say something (`variant`, `network.image`, a layer's `type` other than
/// `dense`, an optimiser's settings, `earlyStopping`) or always with their value (`testExamples`,
/// `loss`, `batchSize`, …); when reading, every one of them is optional, so headers written
/// before they existed read as the notes' training loop.
extension TraceHeader {
    /// The header line, without its newline.
    var jsonLine: String {
        var line = "{\"format\":\(JSONText.string(TraceHeader.formatName)),\"version\":\(version)"
        line += ",\"lesson\":\(JSONText.string(lesson)),\"title\":\(JSONText.string(title))"
        if let variant { line += ",\"variant\":\(JSONText.string(variant))" }
        line += ",\"network\":{\"inputs\":\(network.inputs)"
        if let image = network.inputImage { line += ",\"image\":[\(image.channels),\(image.height),\(image.width)]" }
        line += ",\"layers\":[" + network.layers.map(Self.json(of:)).joined(separator: ",") + "]}"
        line += ",\"examples\":\(examples),\"testExamples\":\(testExamples)"
        line += ",\"hyperparameters\":{\"learningRate\":\(JSONText.number(learningRate)),\"epochs\":\(epochs)"
        line += ",\"loss\":\(JSONText.string(loss.rawValue)),\"batchSize\":\(batchSize),\"shuffle\":\(shuffle)"
        line += ",\"reduction\":\(JSONText.string(reduction.rawValue)),\"optimizer\":\(JSONText.string(optimizer.name))"
        switch optimizer {
        case .gradientDescent: break
        case .momentum(let momentum): line += ",\"momentum\":\(JSONText.number(momentum))"
        case .adam(let beta1, let beta2, let epsilon):
            line += ",\"beta1\":\(JSONText.number(beta1)),\"beta2\":\(JSONText.number(beta2))"
            line += ",\"epsilon\":\(JSONText.number(epsilon))"
        }
        line += ",\"l2\":\(JSONText.number(l2)),\"initialization\":\(JSONText.string(initialization.rawValue))"
        if let stopping = earlyStopping {
            line += ",\"earlyStopping\":{\"patience\":\(stopping.patience)"
            line += ",\"minImprovement\":\(JSONText.number(stopping.minimumImprovement))}"
        }
        line += "},\"seed\":\(seed)"
        line += ",\"sampling\":{\"first\":\(sampling.first),\"every\":\(sampling.every),\"last\":\(sampling.last)}"
        line += ",\"stepsPerEpoch\":\(stepsPerEpoch)}"
        return line
    }

    /// One layer: `{"units":2,"activation":"sigmoid"}` for a dense layer (as the first traces
    /// wrote it), `{"type":"conv2d","filters":32,"kernel":3,"activation":"relu"}`, …
    private static func json(of layer: LayerSpec) -> String {
        let activation = JSONText.string(layer.activation.rawValue)
        switch layer.kind {
        case .dense:
            return "{\"units\":\(layer.units),\"activation\":\(activation)}"
        case .conv2d(let kernel):
            return "{\"type\":\"conv2d\",\"filters\":\(layer.units),\"kernel\":\(kernel),\"activation\":\(activation)}"
        case .maxPool(let size):
            return "{\"type\":\"maxpool\",\"size\":\(size)}"
        case .flatten:
            return "{\"type\":\"flatten\"}"
        case .dropout(let rate):
            return "{\"type\":\"dropout\",\"rate\":\(JSONText.number(rate))}"
        }
    }

    /// The header in `value`, a version-1 header; throws the first field that is wrong.
    init(json value: JSONValue) throws(TraceLineDecoder.FieldError) {
        typealias Field = HeaderField
        let version = try Field.int(value["version"], atLeast: 0, field: "version")
        guard let network = value["network"], case .array(let layerValues)? = network["layers"], !layerValues.isEmpty else {
            throw .init(field: "network.layers")
        }
        let layers = try layerValues.map { layer throws(TraceLineDecoder.FieldError) in try Self.layer(layer) }
        guard let hyper = value["hyperparameters"] else { throw .init(field: "hyperparameters") }
        guard let rate = hyper["learningRate"].flatMap(JSONText.number(from:)) else {
            throw .init(field: "hyperparameters.learningRate")
        }
        guard let sampling = value["sampling"] else { throw .init(field: "sampling") }
        guard case .bool(let last)? = sampling["last"] else { throw .init(field: "sampling.last") }
        guard case .string(let lesson)? = value["lesson"] else { throw .init(field: "lesson") }
        guard case .string(let title)? = value["title"] else { throw .init(field: "title") }
        let inputs = try Field.int(network["inputs"], atLeast: 1, field: "network.inputs")
        let spec: NetworkSpec
        if let imageValue = network["image"] {
            guard case .array(let sides) = imageValue, sides.count == 3 else { throw .init(field: "network.image") }
            let numbers = try sides.map { side throws(TraceLineDecoder.FieldError) in
                try Field.int(side, atLeast: 1, field: "network.image")
            }
            let image = TensorShape(channels: numbers[0], height: numbers[1], width: numbers[2])
            guard image.count == inputs else { throw .init(field: "network.image") }
            spec = NetworkSpec(inputImage: image, layers: layers)
        } else {
            spec = NetworkSpec(inputs: inputs, layers: layers)
        }
        self.init(
            version: version, lesson: lesson, title: title, network: spec,
            examples: try Field.int(value["examples"], atLeast: 1, field: "examples"), learningRate: rate,
            epochs: try Field.int(hyper["epochs"], atLeast: 1, field: "epochs"),
            seed: UInt64(try Field.int(value["seed"], atLeast: 0, field: "seed")),
            sampling: SamplingPolicy(first: try Field.int(sampling["first"], atLeast: 0, field: "first"),
                                     every: try Field.int(sampling["every"], atLeast: 0, field: "every"), last: last),
            stepsPerEpoch: try Field.int(value["stepsPerEpoch"], atLeast: 1, field: "stepsPerEpoch"))
        if let variantValue = value["variant"] {
            guard case .string(let variant) = variantValue else { throw .init(field: "variant") }
            self.variant = variant
        }
        if let count = value["testExamples"] { testExamples = try Field.int(count, atLeast: 0, field: "testExamples") }
        try readTraining(hyper)
    }

    /// The optional keys of `hyperparameters`: their defaults are the notes' training loop.
    private mutating func readTraining(_ hyper: JSONValue) throws(TraceLineDecoder.FieldError) {
        typealias Field = HeaderField
        if let name = hyper["loss"] {
            guard case .string(let raw) = name, let loss = Loss(rawValue: raw) else { throw .init(field: "hyperparameters.loss") }
            self.loss = loss
        }
        if let size = hyper["batchSize"] {
            batchSize = try Field.int(size, atLeast: 1, field: "hyperparameters.batchSize")
            guard batchSize <= examples else { throw .init(field: "hyperparameters.batchSize") }
        }
        if let flag = hyper["shuffle"] {
            guard case .bool(let shuffle) = flag else { throw .init(field: "hyperparameters.shuffle") }
            self.shuffle = shuffle
        }
        if let name = hyper["reduction"] {
            guard case .string(let raw) = name, let reduction = Reduction(rawValue: raw) else {
                throw .init(field: "hyperparameters.reduction")
            }
            self.reduction = reduction
        }
        if let name = hyper["optimizer"] {
            func setting(_ key: String) throws(TraceLineDecoder.FieldError) -> Double {
                guard let number = hyper[key].flatMap(JSONText.number(from:)) else {
                    throw .init(field: "hyperparameters." + key)
                }
                return number
            }
            switch name {
            case .string("sgd"): optimizer = .gradientDescent
            case .string("momentum"): optimizer = .momentum(try setting("momentum"))
            case .string("adam"):
                optimizer = .adam(beta1: try setting("beta1"), beta2: try setting("beta2"), epsilon: try setting("epsilon"))
            default: throw .init(field: "hyperparameters.optimizer")
            }
        }
        if let strength = hyper["l2"] {
            guard let l2 = JSONText.number(from: strength), l2.isFinite, l2 >= 0 else { throw .init(field: "hyperparameters.l2") }
            self.l2 = l2
        }
        if let name = hyper["initialization"] {
            guard case .string(let raw) = name, let initialization = Initialization(rawValue: raw) else {
                throw .init(field: "hyperparameters.initialization")
            }
            self.initialization = initialization
        }
        if let stopping = hyper["earlyStopping"] {
            let field = "hyperparameters.earlyStopping"
            guard let improvement = stopping["minImprovement"].flatMap(JSONText.number(from:)) else {
                throw .init(field: field)
            }
            earlyStopping = EarlyStopping(patience: try Field.int(stopping["patience"], atLeast: 1, field: field),
                                          minimumImprovement: improvement)
        }
    }

    /// One layer of `network.layers`; a layer without `type` is dense.
    private static func layer(_ value: JSONValue) throws(TraceLineDecoder.FieldError) -> LayerSpec {
        typealias Field = HeaderField
        func activation() throws(TraceLineDecoder.FieldError) -> Activation {
            guard case .string(let name)? = value["activation"], let activation = Activation(rawValue: name) else {
                throw .init(field: "network.layers.activation")
            }
            return activation
        }
        let type: String
        switch value["type"] {
        case nil: type = "dense"
        case .string(let name)?: type = name
        default: throw .init(field: "network.layers.type")
        }
        switch type {
        case "dense":
            return LayerSpec(units: try Field.int(value["units"], atLeast: 1, field: "network.layers.units"),
                             activation: try activation())
        case "conv2d":
            return .conv2d(filters: try Field.int(value["filters"], atLeast: 1, field: "network.layers.filters"),
                           kernel: try Field.int(value["kernel"], atLeast: 1, field: "network.layers.kernel"),
                           activation: try activation())
        case "maxpool":
            return .maxPool(size: try Field.int(value["size"], atLeast: 1, field: "network.layers.size"))
        case "flatten":
            return .flatten
        case "dropout":
            guard let rate = value["rate"].flatMap(JSONText.number(from:)), rate >= 0, rate < 1 else {
                throw .init(field: "network.layers.rate")
            }
            return .dropout(rate: rate)
        default:
            throw .init(field: "network.layers.type")
        }
    }
}

/// Reading the whole numbers of a header.
private enum HeaderField {
    /// The whole number `value`, at least `minimum` and at most 2⁵³ (the integers a JSON number
    /// holds exactly).
    static func int(_ value: JSONValue?, atLeast minimum: Int, field: String) throws(TraceLineDecoder.FieldError) -> Int {
        guard case .number(let number)? = value, number.rounded() == number,
              number >= Double(minimum), number <= 9_007_199_254_740_992 else { throw .init(field: field) }
        return Int(number)
    }
}
