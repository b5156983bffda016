import Explain
import Trace

/// `nnstep export latex|slides|plot SOURCE…`: class material from a lesson or a trace.
enum ExportCommand {
    /// Builds what `request` asks for and writes it to `-o` (atomically), to standard output
    /// (`-o -`) or to the default file name.
    ///
    /// - Returns: 0, or 1 when the lesson's training stopped at a non-finite value (what could
    ///   be exported is written, and the failure reported after it).
    static func run(_ request: ExportRequest, _ options: Invocation.Options) throws -> Int32 {
        let messages = Messages(options.language)
        let failures: [(TrainingError, TraceHeader)]
        switch request.kind {
        case .plot: failures = try plot(request, options: options, messages: messages)
        case .latex, .slides: failures = try document(request, options: options, messages: messages)
        }
        for (failure, header) in failures {
            Platform.writeStderr(messages.training(failure, header: header) + "\n")
        }
        return failures.isEmpty ? 0 : 1
    }

    /// `export latex` and `export slides`: one epoch of one source.
    private static func document(_ request: ExportRequest, options: Invocation.Options,
                                 messages: Messages) throws -> [(TrainingError, TraceHeader)] {
        let source = request.sources[0]
        let (recording, failure) = try RecordingSource.load(source, extraEpochs: Set(request.epoch.map { [$0] } ?? []),
                                                            messages: messages)
        let header = recording.header
        if let epoch = request.epoch, epoch > header.epochs { throw CommandError.epochOutOfRange(epoch, epochs: header.epochs) }
        guard !recording.epochs.isEmpty else { throw CommandError.nothingToShow(path: source) }
        let epochNumber = request.epoch ?? recording.epochs.number(at: 0)
        guard let epochIndex = recording.epochs.firstIndex(ofEpoch: epochNumber) else {
            throw CommandError.epochNotKept(epochNumber, kept: recording.epochs.numbers)
        }
        let epoch = recording.epochs[epochIndex]
        let matrix = LaTeXMatrix(number: LaTeXNumber(digits: request.precision ?? 4))
        let previousLoss = recording.loss(atOrBefore: epoch.epoch - 1)
        let text: String
        if request.kind == .latex {
            var article = ArticleDocument(header: header, epoch: epoch, language: options.language, matrix: matrix,
                                          previousLoss: previousLoss)
            if let step = request.step {
                article.indices = [try index(of: .range(step...step), in: epoch, steps: header.stepsPerEpoch)]
            } else if let name = request.name {
                article.indices = [try index(of: .name(name), in: epoch, steps: header.stepsPerEpoch)]
            }
            text = request.fragment ? article.fragment() : article.document()
        } else {
            var slides = BeamerDocument(recording: recording, epoch: epoch, language: options.language, matrix: matrix)
            if let selectors = request.steps {
                slides.indices = try indices(of: selectors, in: epoch, steps: header.stepsPerEpoch)
            }
            slides.grouped = request.group
            text = slides.document()
        }
        if let damage = recording.damage { throw damage }
        let suffix = request.kind == .latex ? ".tex" : "-slides.tex"
        let path = request.output ?? defaultName(header.lesson) + suffix
        try write(text, to: path)
        if path != "-" { Platform.writeStdout(messages.exported(path: path) + "\n") }
        return failure.map { [($0, header)] } ?? []
    }

    /// `export plot`: the loss curve of every source, one curve each.
    private static func plot(_ request: ExportRequest, options: Invocation.Options,
                             messages: Messages) throws -> [(TrainingError, TraceHeader)] {
        var series: [LossSeries] = []
        var headers: [TraceHeader] = []
        var failures: [(TrainingError, TraceHeader)] = []
        for source in request.sources {
            let (recording, failure) = try RecordingSource.load(source, extraEpochs: [], messages: messages)
            let curve = LossSeries(recording: recording)
            guard !curve.points.isEmpty else { throw ExportError.noLosses(path: source) }
            series.append(curve)
            headers.append(recording.header)
            if let failure { failures.append((failure, recording.header)) }
        }
        if Set(series.map(\.label)).count < series.count {
            for index in series.indices { series[index].label += " · " + request.sources[index] }
        }
        let texts = ExportTexts(options.language)
        let title = series.count == 1 ? headers[0].title : texts.lossTitle
        let svg = SVGPlot(series: series, title: title, xLabel: texts.epochAxis, yLabel: texts.lossAxis).render()
        let path = request.output ?? defaultName(headers[0].lesson) + "-loss.svg"
        try write(svg, to: path)
        if path != "-" { Platform.writeStdout(messages.exportedPlot(path: path, runs: series.count) + "\n") }
        return failures
    }

    /// The index (0-based) in `epoch` of the step `selector` picks: a number from 1 to `steps`,
    /// or the first step with that name.
    private static func index(of selector: ExportRequest.StepSelector, in epoch: EpochRecord, steps: Int) throws -> Int {
        switch selector {
        case .range(let range):
            guard range.lowerBound >= 1, range.upperBound <= steps,
                  let index = epoch.events.firstIndex(where: { $0.step == range.lowerBound }) else {
                throw ExportError.stepOutOfRange(range.upperBound > steps ? range.upperBound : range.lowerBound, steps: steps)
            }
            return index
        case .name(let name):
            guard let index = epoch.events.firstIndex(where: { $0.name == name }) else {
                var names: [String] = []
                for event in epoch.events where !names.contains(event.name) { names.append(event.name) }
                throw ExportError.unknownStepName(name, names: names)
            }
            return index
        }
    }

    /// The indices `selectors` pick in `epoch`, in step order, each once.
    private static func indices(of selectors: [ExportRequest.StepSelector], in epoch: EpochRecord,
                                steps: Int) throws -> [Int] {
        var chosen = Set<Int>()
        for selector in selectors {
            if case .range(let range) = selector {
                for step in range { chosen.insert(try index(of: .range(step...step), in: epoch, steps: steps)) }
            } else {
                chosen.insert(try index(of: selector, in: epoch, steps: steps))
            }
        }
        return chosen.sorted()
    }

    /// Writes `text` to `path` atomically, or to standard output for `-`.
    private static func write(_ text: String, to path: String) throws {
        if path == "-" {
            Platform.writeStdout(text)
        } else {
            try AtomicFile.write(text, to: path)
        }
    }

    /// A file name made from a lesson's name: letters, digits, `.`, `_` and `-` only, so that
    /// a trace's header cannot choose where the file goes (`../x` becomes `x`).
    static func defaultName(_ lesson: String) -> String {
        let kept = String(lesson.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
        let trimmed = String(kept.drop { $0 == "." })
        return trimmed.isEmpty ? "nnstep" : trimmed
    }
}
