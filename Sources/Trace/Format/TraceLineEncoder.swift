/// Writes trace lines: the header and one line per event, JSON with a fixed key order.
///
/// The layout is documented in `docs/trace-format.md`. Keys always come in the same order and
/// numbers in their shortest exact form, so the same run gives the same bytes on every machine.
public enum TraceLineEncoder {
    /// The header line, without its newline.
    public static func header(_ header: TraceHeader) -> String {
        header.jsonLine
    }

    /// One event's line, without its newline.
    public static func event(_ event: TraceEvent) -> String {
        var bytes: [UInt8] = []
        append(event, stepBytes: stepBytes(event), to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The middle of an event's line that depends only on its step, not on its numbers:
    /// from `,"phase":` to the comma before `"values"`. A writer computes it once per step.
    public static func stepBytes(_ event: TraceEvent) -> [UInt8] {
        var part = ",\"phase\":\(JSONText.string(event.phase.rawValue)),\"op\":\(JSONText.string(event.operation.rawValue))"
        part += ",\"name\":\(JSONText.string(event.name)),\"code\":"
        part += event.codeName.map(JSONText.string) ?? "null"
        part += ",\"inputs\":\(JSONText.strings(event.inputs))"
        part += ",\"inputShapes\":[" + event.inputShapes.map(JSONText.shape).joined(separator: ",") + "]"
        part += ",\"shape\":\(JSONText.shape(event.shape)),\"formula\":\(JSONText.string(event.formula)),"
        return Array(part.utf8)
    }

    /// Appends `event`'s line (without its newline) to `bytes`, given its ``stepBytes(_:)``.
    public static func append(_ event: TraceEvent, stepBytes: [UInt8], to bytes: inout [UInt8]) {
        appendASCII("{\"seq\":", to: &bytes)
        appendInteger(event.sequence, to: &bytes)
        appendASCII(",\"epoch\":", to: &bytes)
        appendInteger(event.epoch, to: &bytes)
        appendASCII(",\"step\":", to: &bytes)
        appendInteger(event.step, to: &bytes)
        if let batch = event.batch {
            appendASCII(",\"batch\":", to: &bytes)
            appendInteger(batch, to: &bytes)
        }
        bytes.append(contentsOf: stepBytes)
        appendASCII("\"values\":", to: &bytes)
        if let matrix = event.values {
            JSONText.appendMatrix(matrix, to: &bytes)
        } else {
            appendASCII("null", to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private static func appendASCII(_ text: StaticString, to bytes: inout [UInt8]) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends the decimal digits of a non-negative integer (a negative one gets its sign).
    private static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}
