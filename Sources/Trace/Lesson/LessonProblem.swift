/// One thing wrong in a lesson file, with where it is.
///
/// The decoder collects every problem of a file before reporting, so a student fixes them all
/// in one go. Messages in Spanish and English are made from these values by the `Explain`
/// library; this type only holds the facts.
public struct LessonProblem: Equatable, Sendable {
    /// Where in the document: `training.learningRate`, `data.X[2]`, `init.W1`.
    public var path: String
    /// What is wrong.
    public var kind: Kind

    /// A problem at `path`.
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// What is wrong at a place of a lesson file.
    public enum Kind: Equatable, Sendable {
        /// A required key is missing.
        case missing
        /// The value is of another JSON kind than expected (`expected`: number, text, …).
        case wrongType(expected: JSONValue.Kind, found: JSONValue.Kind)
        /// A key the format does not know; `suggestion` is the closest known key, if any is close.
        case unknownKey(suggestion: String?)
        /// A number that must be a whole number in a range.
        case integerOutOfRange(value: Double, range: ClosedRange<Int>)
        /// A number that must be finite and greater than zero.
        case notPositive(value: Double)
        /// A number too large for a double (written like `1e400`), which would read as infinity.
        case notFinite
        /// An activation the engine does not know; `known` lists those it does.
        case unknownActivation(name: String, known: [String])
        /// Row `row` has `count` elements where the first row has `expected`.
        case raggedRow(row: Int, count: Int, expected: Int)
        /// A matrix with no rows or no columns.
        case emptyMatrix
        /// A matrix whose shape breaks the rule that one layer's output is the next one's input;
        /// `rule` names the rule (`columnsOfX`, `rowsOfXAndY`, …).
        case shapeMismatch(found: Shape, expected: Shape, rule: ShapeRule)
        /// A value of `init` that names no parameter of the network (`known` lists them).
        case unknownParameter(known: [String])
        /// `network.layers` lists `count` layers, more than the `maximum` a lesson may have.
        case tooManyLayers(count: Int, maximum: Int)
    }

    /// Which consistency rule a shape breaks.
    public enum ShapeRule: String, Equatable, Sendable {
        /// `X` has one column per network input.
        case columnsOfX
        /// `y` has one column per output neuron.
        case columnsOfY
        /// `X` and `y` have one row per example each.
        case rowsOfXAndY
        /// `W_l` is `[units of layer l−1 × units of layer l]`: the output of one layer is the
        /// input of the next.
        case weightShape
        /// `b_l` is `[1 × units of layer l]`.
        case biasShape
    }
}

/// A lesson file that could not be used.
public enum LessonError: Error, Equatable, Sendable {
    /// No lesson has this name; `available` lists those that exist.
    case notFound(name: String, available: [String])
    /// The path is a folder, FIFO, socket or device, not a file that can be read whole.
    case notRegularFile(path: String)
    /// The file exists but could not be read (`reason`: the system's message).
    case unreadable(path: String, reason: String)
    /// The file is not valid JSON.
    case syntax(path: String, error: JSONSyntaxError)
    /// The file is JSON but says something wrong: every problem found.
    case invalid(path: String, problems: [LessonProblem])
    /// The file has `bytes` bytes, more than the `limit` a lesson file may have.
    case tooLarge(path: String, bytes: Int, limit: Int)
}
