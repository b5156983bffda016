/// Writes trace lines: the header and one line per event, JSON with a fixed key order.
///
/// The layout is documented in `docs/trace-format.md`. Keys always come in the same order and
/// numbers in their shortest exact form, so the same run gives the same bytes on every machine.
public enum TraceLineEncoder {
    /// The header line, without its newline.
    public static func header(_ header: TraceHeader) -> String {
        let layers = header.network.layers.map {
            "{\"units\":\($0.units),\"activation\":\(JSONText.string($0.activation.rawValue))}"
        }.joined(separator: ",")
        let sampling = header.sampling
        return "{\"format\":\(JSONText.string(TraceHeader.formatName)),\"version\":\(header.version)"
            + ",\"lesson\":\(JSONText.string(header.lesson)),\"title\":\(JSONText.string(header.title))"
            + ",\"network\":{\"inputs\":\(header.network.inputs),\"layers\":[\(layers)]}"
            + ",\"examples\":\(header.examples)"
            + ",\"hyperparameters\":{\"learningRate\":\(JSONText.number(header.learningRate)),\"epochs\":\(header.epochs)}"
            + ",\"seed\":\(header.seed)"
            + ",\"sampling\":{\"first\":\(sampling.first),\"every\":\(sampling.every),\"last\":\(sampling.last)}"
            + ",\"stepsPerEpoch\":\(header.stepsPerEpoch)}"
    }

    /// One event's line, without its newline.
    public static func event(_ event: TraceEvent) -> String {
        var line = "{\"seq\":\(event.sequence),\"epoch\":\(event.epoch),\"step\":\(event.step)"
        line += ",\"phase\":\(JSONText.string(event.phase.rawValue)),\"op\":\(JSONText.string(event.operation.rawValue))"
        line += ",\"name\":\(JSONText.string(event.name)),\"code\":"
        line += event.codeName.map(JSONText.string) ?? "null"
        line += ",\"inputs\":\(JSONText.strings(event.inputs))"
        line += ",\"inputShapes\":[" + event.inputShapes.map(JSONText.shape).joined(separator: ",") + "]"
        line += ",\"shape\":\(JSONText.shape(event.shape)),\"formula\":\(JSONText.string(event.formula))"
        line += ",\"values\":" + (event.values.map(JSONText.matrix) ?? "null") + "}"
        return line
    }
}
