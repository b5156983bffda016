/// What a run of a lesson will need, estimated before training starts, so that a run too
/// large for the machine is refused with a message instead of being killed by the system.
///
/// The estimates come from the lesson alone (its network, data, epochs and sampling): a batch
/// of the ``EpochPlan`` has a known number of steps, and each step's result a known shape; a
/// kept epoch records its first batch in full. With
///
/// - `v`: the numbers of one batch (the elements of every step's result),
/// - `s`: the steps of one batch,
/// - `k`: the epochs kept in full, out of `E` epochs,
/// - `d`: the numbers of the data set (inputs and targets, training and test),
/// - `p`: the numbers of the convolutions' patch matrices (two per convolution),
///
/// the three figures are
///
///     training  = 16·v + 8·d + 8·p                           (8-byte numbers)
///     trace     = 1 KiB + k·(s·256 + v·20) + (E − k)·256     (lines of ~256 bytes + ~20 per number)
///     recording = k·(s·256 + v·8) + (E − k)·256              (events in memory, 8 bytes per number)
///
/// They are deliberately rough — within a factor of two of what the program really uses (see
/// `docs/errors.md`) — and computed in `Double`, so that absurd lessons cannot overflow them.
public struct ResourceEstimate: Equatable, Sendable {
    /// Bytes of a trace line besides its numbers (keys, names, shapes, formula), and of one
    /// event in memory besides its numbers.
    public static let bytesPerEvent = 256.0
    /// Bytes one number takes in a trace line: up to 17 digits, sign, point, exponent, comma.
    public static let bytesPerTraceNumber = 20.0
    /// Bytes one number takes in memory: a `Double`.
    public static let bytesPerNumber = 8.0

    /// Epochs of the run.
    public var epochs: Int
    /// Epochs that keep every step.
    public var keptEpochs: Int
    /// Steps of one epoch.
    public var stepsPerEpoch: Int
    /// Numbers of one batch: the elements of every step's result.
    public var numbersPerEpoch: Double
    /// Numbers the trainer holds besides the steps' results: the data and the patch matrices.
    public var fixedNumbers: Double

    /// The estimate for `lesson` as it will run, keeping `extraEpochs` in full as well.
    public init(lesson: Lesson, extraEpochs: Set<Int> = []) {
        let rows = min(lesson.training.batchSize ?? lesson.inputs.rows, lesson.inputs.rows)
        let plan = EpochPlan(spec: lesson.network, settings: lesson.training, rows: rows)
        let data = [lesson.inputs, lesson.targets] + (lesson.testSet.map { [$0.inputs, $0.targets] } ?? [])
        fixedNumbers = data.reduce(0.0) { $0 + Double($1.rows) * Double($1.columns) }
        for stage in lesson.network.layout.stages {
            guard case .conv2d(let kernel) = stage.layer.kind, let input = stage.input.image,
                  let output = stage.output.image else { continue }
            fixedNumbers += 2 * Double(rows) * Double(output.mapSize) * Double(input.channels * kernel * kernel)
        }
        epochs = lesson.training.epochs
        keptEpochs = lesson.training.sampling.keptCount(of: epochs, extra: extraEpochs)
        stepsPerEpoch = plan.count
        numbersPerEpoch = plan.steps.reduce(0.0) { total, step in
            total + step.shape.dimensions.reduce(1.0) { $0 * Double($1) }
        }
    }

    /// Memory the trainer holds while it runs: every result of one batch, twice (the results
    /// and the parameters' copies), the data and the convolutions' patches.
    public var trainingBytes: Double {
        2 * Self.bytesPerNumber * numbersPerEpoch + Self.bytesPerNumber * fixedNumbers
    }

    /// Size of the trace file `nnstep record` writes.
    public var traceFileBytes: Double {
        1024 + Double(keptEpochs) * (Double(stepsPerEpoch) * Self.bytesPerEvent + numbersPerEpoch * Self.bytesPerTraceNumber)
            + Double(epochs - keptEpochs) * Self.bytesPerEvent
    }

    /// Memory of the recording `nnstep lesson` keeps for the stepper: the kept epochs' events
    /// and the loss event of every other epoch.
    public var recordingBytes: Double {
        Double(keptEpochs) * (Double(stepsPerEpoch) * Self.bytesPerEvent + numbersPerEpoch * Self.bytesPerNumber)
            + Double(epochs - keptEpochs) * Self.bytesPerEvent
    }
}
