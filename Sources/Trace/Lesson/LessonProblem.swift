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

        // MARK: Names and keys

        /// A name that is not one of the choices of its `category` (a layer type, a loss…);
        /// `known` lists the choices.
        case unknownName(name: String, known: [String], category: NameCategory)
        /// A key that other layer types or optimisers have, but not this `type`; `known` lists
        /// the keys this type takes.
        case keyNotForType(type: String, known: [String], category: NameCategory)
        /// Two keys that say the same thing in two ways (`inputs` and `image`, `X` and `csv`):
        /// only one may be given. `other` is the path of the one given first.
        case conflictsWith(other: String)

        // MARK: Numbers

        /// A number that must be at least 0 and less than 1 (`zeroAllowed`), or greater than 0 and
        /// less than 1.
        case notAFraction(value: Double, zeroAllowed: Bool)
        /// A number that must be finite and at least 0 (`l2`, `minImprovement`).
        case negative(value: Double)
        /// `network.image` is not three numbers `[channels, height, width]`; it has `count`.
        case imageDimensions(count: Int)
        /// `data.resize` is not two numbers `[height, width]`; it has `count`.
        case resizeDimensions(count: Int)
        /// `variants` lists `count` runs, more than the `maximum` a lesson may compare.
        case tooManyVariants(count: Int, maximum: Int)

        // MARK: Layers that do not fit together

        /// A dense layer that receives maps `input`: a `flatten` must come before it.
        case denseNeedsFlatten(input: TensorShape)
        /// A layer of `type` (`conv2d`, `maxpool`, `flatten`) that receives a row of numbers
        /// instead of images.
        case needsImage(type: String)
        /// A kernel or pooling window of `size × size` larger than the `input` maps it slides over.
        case kernelTooLarge(size: Int, input: TensorShape)
        /// A dropout rate outside `[0, 1)`.
        case dropoutRate(value: Double)
        /// The last layer, of `type`, is not a dense layer: the output layer must be dense.
        case lastLayerNotDense(type: String)

        // MARK: Training against the network and the data

        /// `loss` needs an output layer with the activation `required`, and it has `found`.
        case lossNeedsActivation(loss: Loss, required: Activation, found: Activation)
        /// A batch of `size` examples, more than the `examples` there are to train on.
        case batchSizeTooLarge(size: Int, examples: Int)
        /// Early stopping watches the test loss, and the lesson has no test data.
        case needsTestData
        /// A test `fraction` of `examples` examples that leaves `test` of them to test and the
        /// rest to train, one of the two none.
        case testSplitEmpty(fraction: Double, examples: Int, test: Int)

        // MARK: Data files

        /// The CSV file `file` (as the lesson writes it) could not be read as a table of numbers;
        /// `resolved` is the path it was looked for at, next to the lesson.
        case csv(file: String, resolved: String, error: CSVError)
        /// `inputs` of a CSV file that is not a range of columns like `"1-64"`.
        case badColumnRange(text: String)
        /// Column `column` (from 1) does not exist: `file` has `columns` columns.
        case columnOutOfRange(column: Int, columns: Int, file: String)
        /// The label column is one of the input columns `inputs`: the network would see the answer.
        case labelAmongInputs(label: Int, inputs: ClosedRange<Int>)
        /// The label at `line` and `column` of `file` is `value`, not a whole number from 0 to
        /// `classes − 1`; `others` more rows have such a label.
        case labelNotAClass(file: String, line: Int, column: Int, value: Double, classes: Int, others: Int)
        /// `resize` needs square images, and `inputs` input columns are not a square number.
        case imageNotSquare(inputs: Int)
        /// There are `classes` classes but the output layer has `outputs` neurons.
        case classesMismatch(classes: Int, outputs: Int)

        // MARK: Variants

        /// A variant with an empty label.
        case emptyLabel
        /// A label already used by variant `first` (counted from 0).
        case duplicateLabel(label: String, first: Int)
    }

    /// What a name or a key belongs to, so that a message can say "layer type" or "loss".
    public enum NameCategory: String, Equatable, Sendable {
        /// `type` of a layer: `dense`, `conv2d`, `maxpool`, `flatten`, `dropout`.
        case layerType
        /// `training.loss`: `mse`, `mae`, `bce`, `cross_entropy`.
        case loss
        /// `training.reduction`: `sum`, `mean`.
        case reduction
        /// `training.optimizer`: `sgd`, `momentum`, `adam`.
        case optimizer
        /// `training.initialization`: `uniform`, `xavier`, `he`.
        case initialization
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
        /// `X` has one column per number of the input image: `channels·height·width`.
        case columnsOfImage
        /// A convolution's `W_l` is `[channels of its input·k·k × filters]`: one column per filter.
        case convolutionWeightShape
        /// A variant's `y` has the shape of the lesson's `y`.
        case variantTargets
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
