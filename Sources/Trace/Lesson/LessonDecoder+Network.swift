/// `network` and `init`: what one example looks like, the layers, and explicit initial values.
extension LessonDecoder {
    /// Keys of `network`.
    static let networkKeys = ["inputs", "image", "layers"]

    /// The layer types, and the keys each one takes (`type` included).
    static let layerTypes: [(name: String, keys: [String])] = [
        ("dense", ["type", "units", "activation"]),
        ("conv2d", ["type", "filters", "kernel", "activation"]),
        ("maxpool", ["type", "size"]),
        ("flatten", ["type"]),
        ("dropout", ["type", "rate"]),
    ]

    /// Every key some layer type takes.
    static let allLayerKeys = ["type", "units", "activation", "filters", "kernel", "size", "rate"]

    /// The network, when `network` describes one that can be trained; every problem otherwise.
    mutating func networkSpec(_ value: JSONValue) -> NetworkSpec? {
        guard let members = object(value, at: "network") else { return nil }
        checkKeys(members, known: Self.networkKeys, at: "network")
        var inputs: Int?
        var image: TensorShape?
        switch (member(members, "inputs"), member(members, "image")) {
        case (nil, nil):
            problems.append(LessonProblem(path: "network.inputs", kind: .missing))
        case (let count?, nil):
            inputs = integer(count, at: "network.inputs", in: 1...Self.maximumUnits)
        case (nil, let shape?):
            image = imageShape(shape, at: "network.image")
        case (_?, _?):
            let second = members.first { $0.key == "inputs" || $0.key == "image" }?.key == "inputs" ? "image" : "inputs"
            problems.append(LessonProblem(path: "network." + second, kind: .conflictsWith(
                other: "network." + (second == "image" ? "inputs" : "image"))))
        }
        guard let layerList = required(members, "layers", at: "network").flatMap({ array($0, at: "network.layers") })
        else { return nil }
        if layerList.isEmpty {
            problems.append(LessonProblem(path: "network.layers", kind: .emptyMatrix))
        }
        guard layerList.count <= Self.maximumLayers else {
            problems.append(LessonProblem(path: "network.layers", kind: .tooManyLayers(
                count: layerList.count, maximum: Self.maximumLayers)))
            return nil
        }
        var layers: [LayerSpec] = []
        for (index, layerValue) in layerList.enumerated() {
            if let layer = layer(layerValue, at: "network.layers[\(index)]") { layers.append(layer) }
        }
        guard layers.count == layerList.count, let last = layers.last else { return nil }
        if last.kind == .dense { outputActivation = last.activation }
        let spec: NetworkSpec
        if let image {
            spec = NetworkSpec(inputImage: image, layers: layers)
        } else if let inputs {
            spec = NetworkSpec(inputs: inputs, layers: layers)
        } else {
            return nil
        }
        let layoutProblems = NetworkLayout.problems(of: spec)
        let guessed = layersWithGuessedInput(spec, layoutProblems)
        for problem in layoutProblems {
            switch problem {
            case .denseNeedsFlatten(let layer), .needsImage(let layer), .kernelTooLarge(let layer, _, _):
                if guessed.contains(layer) { continue }
            case .dropoutRate, .lastLayerNotDense:
                break
            }
            record(problem, in: spec)
        }
        return layoutProblems.isEmpty ? spec : nil
    }

    /// The layers (from 1) whose input shape the layout had to make up, because a convolution or
    /// a pooling before them got a row instead of maps, or maps smaller than its window. Their
    /// shape problems would only follow from that first one, so they are not reported; a dense
    /// layer's output (a row of its units) is known again, so the layers after it are checked.
    private func layersWithGuessedInput(_ spec: NetworkSpec, _ problems: [LayoutProblem]) -> Set<Int> {
        var broken = Set<Int>()
        for problem in problems {
            switch problem {
            case .needsImage(let layer), .kernelTooLarge(let layer, _, _): broken.insert(layer)
            case .denseNeedsFlatten, .dropoutRate, .lastLayerNotDense: break
            }
        }
        var guessed = Set<Int>()
        var inputIsGuessed = false
        for (index, layer) in spec.layers.enumerated() {
            let number = index + 1
            if inputIsGuessed { guessed.insert(number) }
            switch layer.kind {
            case .dense: inputIsGuessed = false
            case .conv2d, .maxPool: if broken.contains(number) { inputIsGuessed = true }
            case .flatten, .dropout: break
            }
        }
        return guessed
    }

    /// `[channels, height, width]`.
    private mutating func imageShape(_ value: JSONValue, at path: String) -> TensorShape? {
        guard let sides = array(value, at: path) else { return nil }
        guard sides.count == 3 else {
            problems.append(LessonProblem(path: path, kind: .imageDimensions(count: sides.count)))
            return nil
        }
        let channels = integer(sides[0], at: path + "[0]", in: 1...Self.maximumFilters)
        let height = integer(sides[1], at: path + "[1]", in: 1...Self.maximumImageSide)
        let width = integer(sides[2], at: path + "[2]", in: 1...Self.maximumImageSide)
        guard let channels, let height, let width else { return nil }
        return TensorShape(channels: channels, height: height, width: width)
    }

    /// One layer of `network.layers`; `type` is `dense` when not given.
    private mutating func layer(_ value: JSONValue, at path: String) -> LayerSpec? {
        guard let members = object(value, at: path) else { return nil }
        var typeName = "dense"
        if let typeValue = member(members, "type") {
            guard let name = string(typeValue, at: path + ".type") else { return nil }
            typeName = name
        }
        guard let type = Self.layerTypes.first(where: { $0.name == typeName }) else {
            problems.append(LessonProblem(path: path + ".type", kind: .unknownName(
                name: typeName, known: Self.layerTypes.map(\.name), category: .layerType)))
            return nil
        }
        checkKeys(members, known: type.keys, ofType: type.name, allKnown: Self.allLayerKeys, category: .layerType, at: path)
        func requiredInteger(_ key: String, _ range: ClosedRange<Int>) -> Int? {
            required(members, key, at: path).flatMap { integer($0, at: path + "." + key, in: range) }
        }
        func requiredActivation() -> Activation? {
            required(members, "activation", at: path).flatMap { activationValue($0, at: path + ".activation") }
        }
        switch type.name {
        case "dense":
            let units = requiredInteger("units", 1...Self.maximumUnits)
            let activation = requiredActivation()
            guard let units, let activation else { return nil }
            return LayerSpec(units: units, activation: activation)
        case "conv2d":
            let filters = requiredInteger("filters", 1...Self.maximumFilters)
            let kernel = requiredInteger("kernel", 1...Self.maximumKernel)
            let activation = requiredActivation()
            guard let filters, let kernel, let activation else { return nil }
            return .conv2d(filters: filters, kernel: kernel, activation: activation)
        case "maxpool":
            return requiredInteger("size", 1...Self.maximumKernel).map { .maxPool(size: $0) }
        case "flatten":
            return .flatten
        default:
            return required(members, "rate", at: path).flatMap { number($0, at: path + ".rate") }.map { .dropout(rate: $0) }
        }
    }

    mutating func activationValue(_ value: JSONValue, at path: String) -> Activation? {
        guard let name = string(value, at: path) else { return nil }
        guard let activation = Activation(rawValue: name) else {
            problems.append(LessonProblem(path: path, kind: .unknownActivation(
                name: name, known: Activation.allCases.map(\.rawValue))))
            return nil
        }
        return activation
    }

    /// Records a layout problem of `spec` at the layer, or the key of the layer, it concerns.
    private mutating func record(_ problem: LayoutProblem, in spec: NetworkSpec) {
        let layout = spec.layout
        func path(_ layer: Int) -> String { "network.layers[\(layer - 1)]" }
        switch problem {
        case .denseNeedsFlatten(let layer):
            let input = layout.stages[layer - 1].input.image ?? TensorShape(channels: 1, height: 1, width: 1)
            problems.append(LessonProblem(path: path(layer), kind: .denseNeedsFlatten(input: input)))
        case .needsImage(let layer):
            problems.append(LessonProblem(path: path(layer), kind: .needsImage(type: spec.layers[layer - 1].kind.name)))
        case .kernelTooLarge(let layer, let kernel, let input):
            let key = spec.layers[layer - 1].kind.name == "maxpool" ? ".size" : ".kernel"
            problems.append(LessonProblem(path: path(layer) + key, kind: .kernelTooLarge(size: kernel, input: input)))
        case .dropoutRate(let layer, let rate):
            problems.append(LessonProblem(path: path(layer) + ".rate", kind: .dropoutRate(value: rate)))
        case .lastLayerNotDense:
            let last = spec.layers.count
            problems.append(LessonProblem(path: path(last), kind: .lastLayerNotDense(type: spec.layers[last - 1].kind.name)))
        }
    }

    /// `init`: explicit initial values, each of the shape of its parameter in `network`.
    mutating func initialValues(_ value: JSONValue, network: NetworkSpec?) -> [String: Matrix] {
        guard let members = object(value, at: "init") else { return [:] }
        var known: [String: (shape: Shape, rule: LessonProblem.ShapeRule)] = [:]
        if let network {
            for (index, layer) in network.weightLayers.enumerated() {
                let l = index + 1
                let isConvolution = layer.kind != .dense
                known[Notation.weightName(l)] = (network.weightShape(ofLayer: l),
                                                 isConvolution ? .convolutionWeightShape : .weightShape)
                known[Notation.biasName(l)] = (network.biasShape(ofLayer: l), .biasShape)
            }
        }
        let names = known.keys.sorted { ($0.dropFirst().count, $0.dropFirst(), $0) < ($1.dropFirst().count, $1.dropFirst(), $1) }
        var result: [String: Matrix] = [:]
        for (key, entry) in members {
            let path = "init." + key
            guard let matrix = matrix(entry, at: path) else { continue }
            guard network != nil else { continue }
            guard let expected = known[key] else {
                problems.append(LessonProblem(path: path, kind: .unknownParameter(known: names)))
                continue
            }
            guard matrix.shape == expected.shape else {
                problems.append(LessonProblem(path: path, kind: .shapeMismatch(
                    found: matrix.shape, expected: expected.shape, rule: expected.rule)))
                continue
            }
            result[key] = matrix
        }
        return result
    }
}
