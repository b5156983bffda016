import Trace

/// Seeded structural changes to the lines of a valid trace, keeping them valid JSON.
struct TraceScrambler {
    private var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    private mutating func below(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    private mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// The lines after one to four changes.
    mutating func scramble(_ lines: [JSONValue]) -> [JSONValue] {
        var lines = lines
        for _ in 0...below(4) {
            let index = below(lines.count)
            switch below(6) {
            case 0: lines.swapAt(index, below(lines.count))
            case 1: lines.insert(lines[index], at: below(lines.count + 1))
            case 2 where lines.count > 2: lines.remove(at: 1 + below(lines.count - 1))
            case 3: lines[0] = change(lines[0], Self.headerChanges)
            default: lines[index] = change(lines[index], Self.eventChanges)
            }
        }
        return lines
    }

    /// `line` with one member set to one of the values `changes` offers for it.
    private mutating func change(_ line: JSONValue, _ changes: [(String, [String])]) -> JSONValue {
        guard case .object(var members) = line else { return line }
        let (key, texts) = pick(changes)
        guard let value = try? JSONParser.parse(pick(texts)) else { return line }
        if key == "values", case .array(let rows)? = line["values"] {
            let number = value
            members = members.map { $0.key == "values" ? ("values", .array(rows.map { row in
                guard case .array(let cells) = row else { return row }
                return .array(cells.map { _ in number })
            })) : $0 }
        } else if let position = members.firstIndex(where: { $0.key == key }) {
            members[position].value = value
        } else {
            members.append((key, value))
        }
        return .object(members)
    }

    private static let eventChanges: [(String, [String])] = [
        ("epoch", ["1", "2", "3", "0", "99", "10000000"]),
        ("step", ["1", "7", "12", "23", "24", "1000"]),
        ("seq", ["0", "5", "9007199254740992"]),
        ("name", ["\"Z1\"", "\"W1\"", "\"delta_out\"", "\"loss\"", "\"X\"", "\"y\"", "\"zzz\"", "\"\"", "\"W0\"",
                  "\"W99999999999999999999\"", "\"delta_\"", "\"Error_\"", "\"dW\"", "\"δ\""]),
        ("op", ["\"data\"", "\"parameter\"", "\"affine\"", "\"sigmoid\"", "\"residual\"", "\"mse\"", "\"output_delta\"",
                "\"backpropagate\"", "\"hidden_delta\"", "\"weight_gradient\"", "\"bias_gradient\"", "\"update\"",
                "\"softmax\""]),
        ("phase", ["\"forward\"", "\"error\"", "\"backward\"", "\"update\""]),
        ("inputs", ["[]", "[\"X\"]", "[\"zzz\"]"]),
        ("inputShapes", ["[]", "[[4,2]]", "[[0,0]]", "[[1000000000,1]]"]),
        ("values", ["\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "1e308", "-1e308", "0", "-0.0", "5e-324", "1"]),
        ("code", ["null", "\"x\""]),
        ("formula", ["\"\"", "\"∑∏ 🙂 \\u0000\"", "\"a\\nb\""]),
    ]

    private static let headerChanges: [(String, [String])] = [
        ("stepsPerEpoch", ["1", "22", "24", "1000000"]),
        ("epochs", ["1", "2", "10000000"]),
        ("examples", ["1", "3", "1000"]),
        ("title", ["\"\"", "\"" + String(repeating: "ñ", count: 500) + "\"", "\"\\u001b[31mrojo\""]),
        ("hyperparameters", ["{\"learningRate\":\"Infinity\",\"epochs\":3}", "{\"learningRate\":1e308,\"epochs\":1}"]),
        ("network", ["{\"inputs\":2,\"layers\":[{\"units\":1,\"activation\":\"sigmoid\"}]}",
                     "{\"inputs\":7,\"layers\":[{\"units\":3,\"activation\":\"sigmoid\"},{\"units\":2,\"activation\":\"sigmoid\"},{\"units\":1,\"activation\":\"sigmoid\"}]}"]),
        ("sampling", ["{\"first\":0,\"every\":0,\"last\":false}", "{\"first\":1,\"every\":1,\"last\":true}"]),
    ]

    /// `value` as compact JSON text.
    static func render(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return JSONText.number(number)
        case .string(let text): return JSONText.string(text)
        case .array(let items): return "[" + items.map(render).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { JSONText.string($0.key) + ":" + render($0.value) }.joined(separator: ",") + "}"
        }
    }
}
