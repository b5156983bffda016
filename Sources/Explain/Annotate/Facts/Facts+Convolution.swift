import Trace

extension Facts {
    /// `Z_l = A_{l−1} ⋆ W_l + b_l`: the shape journey (a `k×k` filter without padding loses a
    /// frame of `(k−1)/2` pixels: 28×28 → 26×26), one output channel per filter, the product
    /// `patches·W` that keeps the notes' `X·W` convention, the notes' shapes, and where the
    /// strongest response is (§4, §4.1, §4.2).
    static func convolution(_ context: StepContext, _ phrases: Phrases) -> Facts {
        let event = context.event
        var facts = Facts(title: .convTitle, context: context, phrases: phrases)
        facts.set(["input": facts.symbol(0), "weights": facts.symbol(1), "bias": facts.symbol(2)])
        guard let geometry = ConvolutionGeometry(event) else {
            facts.say(.unknownMeaning, ["operation": event.operation.rawValue])
            _ = facts.sampledValues()
            return facts
        }
        facts.set(geometry.values)
        facts.say(.convMeaning)
        facts.say(.convShapes)
        facts.say(.convFilters)
        facts.say(.convProduct)
        switch context.layer {
        case 1:
            facts.say(.convNotesFirst)
            if geometry.kernel == 3, geometry.input.channels == 1 {
                let example = EdgeDetectorExample()
                facts.say(.convEdgeExample, ["flat": Numbers.compact(example.flat), "edge": Numbers.compact(example.edge)])
            }
        case 2: facts.say(.convNotesSecond)
        default: break
        }
        guard let maps = facts.sampledValues(), let top = maps.largest else { return facts }
        let place = geometry.output.place(ofColumn: top.column)
        facts.say(.convLargest, [
            "value": Numbers.fixed(top.value), "example": facts.example(top.row), "map": phrases.map(place.channel),
            "row": String(place.y + 1), "column": String(place.x + 1),
        ])
        facts.say(.affineNext)
        return facts
    }
}

/// The sizes of a convolution step, read from its shapes: input `[B×C×H×W]`, weights
/// `[C·k·k × F]`, output `[B×F×oh×ow]`.
struct ConvolutionGeometry {
    let input: TensorShape
    let output: TensorShape
    let kernel: Int
    let patchSize: Int
    let batch: Int

    init?(_ event: TraceEvent) {
        guard let input = event.inputShapes.first?.image, let output = event.shape.image, event.inputShapes.count > 1,
              event.inputShapes[1].dimensions.count == 2 else { return nil }
        self.input = input
        self.output = output
        self.kernel = input.height - output.height + 1
        self.patchSize = event.inputShapes[1].dimensions[0]
        self.batch = event.shape.rows
    }

    /// The placeholders every convolution sentence may use.
    var values: [String: String] {
        let lost = kernel - 1
        return [
            "filters": String(output.channels), "kernel": String(kernel), "inChannels": String(input.channels),
            "inImage": input.description, "outImage": output.description,
            "inHeight": String(input.height), "outHeight": String(output.height), "outWidth": String(output.width),
            "lost": String(lost), "border": Numbers.compact(Double(lost) / 2),
            "patchSize": String(patchSize), "patchRows": String(batch * output.height * output.width),
            "positions": String(output.height * output.width),
        ]
    }
}

extension TensorShape {
    /// The channel, row and column (from 0) of column `column` of an example's row, which is
    /// laid out channel by channel, then row by row.
    func place(ofColumn column: Int) -> (channel: Int, y: Int, x: Int) {
        let inMap = column % max(mapSize, 1)
        return (column / max(mapSize, 1), inMap / max(width, 1), inMap % max(width, 1))
    }
}
