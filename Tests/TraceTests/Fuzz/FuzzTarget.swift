import Trace

/// What the fuzz tests do with one input: read it the way nnstep does, and check that what
/// comes out is either a clean error or a result that keeps the documented rules.
///
/// A rule broken by a result is returned as text (the caller fails the test with it); a trap
/// ends the process, which the parent test (see ``CrashProbe``) reports.
enum FuzzTarget {
    /// How one input ended.
    enum Outcome: Equatable {
        /// Read and valid.
        case accepted
        /// Refused with an error of the documented kind.
        case rejected
        /// Read, but the result breaks a rule: what is wrong.
        case broken(String)
    }

    /// A lesson run that stays small is trained for this many epochs at most.
    static let trainedEpochs = 2
    /// Lessons with more numbers per epoch than this are decoded but not trained.
    static let trainedNumbersLimit = 20_000.0

    /// Parses `bytes` as a lesson file and decodes it; a lesson that decodes is checked against
    /// the rules of `docs/lesson-format.md` and, when small, trained for a couple of epochs.
    static func lesson(_ bytes: [UInt8]) -> Outcome {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes: bytes)
        } catch {
            return .rejected
        }
        let lesson: Lesson
        do {
            lesson = try LessonDecoder.decode(document, fallbackName: "fuzz", path: "fuzz.json")
        } catch {
            if case .invalid(_, let problems) = error, problems.isEmpty { return .broken("rejected with no problem") }
            return .rejected
        }
        if let broken = brokenRule(lesson) { return .broken(broken) }
        let estimate = ResourceEstimate(lesson: lesson)
        for bytes in [estimate.trainingBytes, estimate.traceFileBytes, estimate.recordingBytes]
        where !(bytes.isFinite && bytes > 0) {
            return .broken("estimate \(bytes)")
        }
        var small = lesson
        small.training.epochs = min(lesson.training.epochs, trainedEpochs)
        guard ResourceEstimate(lesson: small).numbersPerEpoch <= trainedNumbersLimit else { return .accepted }
        var sink = MemorySink(sampling: small.training.sampling, totalEpochs: small.training.epochs)
        var trainer = small.makeTrainer()
        do {
            for epoch in 1...small.training.epochs { try trainer.runEpoch(epoch, into: &sink) }
        } catch is TrainingError {
            return .accepted
        } catch {
            return .broken("training threw \(error)")
        }
        return .accepted
    }

    /// The first rule of `docs/lesson-format.md` that a decoded lesson breaks, if any.
    static func brokenRule(_ lesson: Lesson) -> String? {
        let network = lesson.network
        let widths = [network.inputs] + network.layers.map(\.units)
        if !(1...LessonDecoder.maximumLayers).contains(network.layers.count) { return "\(network.layers.count) layers" }
        if !widths.allSatisfy({ (1...LessonDecoder.maximumUnits).contains($0) }) { return "sizes \(widths)" }
        if lesson.inputs.columns != network.inputs { return "X has \(lesson.inputs.columns) columns" }
        if lesson.targets.columns != widths.last { return "y has \(lesson.targets.columns) columns" }
        if lesson.inputs.rows != lesson.targets.rows || lesson.inputs.rows < 1 { return "rows of X and y" }
        if !lesson.inputs.isFinite || !lesson.targets.isFinite { return "data not finite" }
        let rate = lesson.training.learningRate
        if !(rate.isFinite && rate > 0) { return "learning rate \(rate)" }
        if !(1...LessonDecoder.maximumEpochs).contains(lesson.training.epochs) { return "epochs \(lesson.training.epochs)" }
        for (name, matrix) in lesson.initialValues {
            guard let layer = Int(name.dropFirst()), (1...network.layers.count).contains(layer) else { return "init \(name)" }
            let expected = name.hasPrefix("W") ? Shape(rows: widths[layer - 1], columns: widths[layer])
                : Shape(rows: 1, columns: widths[layer])
            if matrix.shape != expected || !matrix.isFinite { return "init \(name) \(matrix.shape)" }
        }
        return nil
    }

    /// Reads `bytes` as a trace file; a trace that reads is grouped into a ``Recording`` and
    /// walked the way the stepper walks it. The same bytes indexed (``TraceIndex``, read in
    /// small chunks so that lines cross them) must give the same trace (see ``IndexComparison``).
    static func trace(_ bytes: [UInt8]) -> Outcome {
        if let difference = IndexComparison.difference(bytes, chunkBytes: 61, path: "fuzz.jsonl") {
            return .broken("the index differs: \(difference)")
        }
        let file: TraceFile
        do {
            file = try TraceFile.parse(bytes, path: "fuzz.jsonl")
        } catch {
            return .rejected
        }
        if file.header.version != TraceHeader.currentVersion { return .broken("version \(file.header.version) read") }
        for event in file.events {
            if let values = event.values, values.shape != event.shape { return .broken("values \(values.shape) ≠ \(event.shape)") }
            if event.inputs.count != event.inputShapes.count { return .broken("inputs and inputShapes differ") }
        }
        let recording = Recording(header: file.header, events: file.events)
        for (index, epoch) in recording.epochs.enumerated() {
            for step in epoch.events.indices { _ = epoch.values(upTo: step) }
            if recording.nearestKeptEpochIndex(to: epoch.epoch) == nil { return .broken("epoch \(index) not found") }
            _ = recording.loss(atOrBefore: epoch.epoch)
        }
        return .accepted
    }
}
