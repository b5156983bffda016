import Explain
import Foundation
import Trace

// nnstep's benchmarks: run by `benchmarks/run` (release build). Each workload is timed in
// process (median of several runs, one warm-up) and set beside its numpy reference, run on the
// same machine in the same session. Prints a Markdown table for the README.

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let references = root.appendingPathComponent("benchmarks/reference").path
let nnstepBinary = CommandLine.arguments.dropFirst().first ?? root.appendingPathComponent(".build/release/nnstep").path
var table = Table()

// The `nnstep replay` of the seeking workload runs first, while this process is small: a child's
// peak memory is counted from the largest its parent has been (see SeekBenchmark).
let seek = try SeekBenchmark.start(lesson: xorLesson(epochs: SeekBenchmark.epochs), binary: nnstepBinary)

/// The shipped XOR lesson with the numpy reference's initial values, so both run the same numbers.
func xorLesson(epochs: Int) throws -> Lesson {
    var lesson = try LessonLibrary.load(path: root.appendingPathComponent("Lessons/xor.json").path)
    lesson.training.epochs = epochs
    lesson.initialValues = ["W1": Matrix([[0.5, -0.3], [0.8, 0.2]]), "b1": Matrix([[0.1, -0.1]]),
                            "W2": Matrix([[0.7], [-0.6]]), "b2": Matrix([[0.05]])]
    return lesson
}

@MainActor func compare(_ workload: String, nnstep: Double, script: String, arguments: [String], target: String,
             isMet: (Double) -> Bool) {
    switch Measure.reference(references + "/" + script, arguments) {
    case .success(let numpy):
        let ratio = numpy / nnstep
        table.add(.init(workload: workload, nnstep: Table.seconds(nnstep), reference: Table.seconds(numpy),
                        ratio: String(format: "%.1f× faster", ratio), target: target, met: isMet(ratio)))
    case .failure(let missing):
        table.add(.init(workload: workload, nnstep: Table.seconds(nnstep), reference: "skipped: \(missing.reason)",
                        ratio: "—", target: target, met: nil))
    }
}

// 1. Peak memory and trace size recording 100,000 XOR epochs at the default sampling.
let bigTrace = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-bench-100k.jsonl").path
if FileManager.default.isExecutableFile(atPath: nnstepBinary) {
    let (peak, status) = try Measure.peakMemory(of: nnstepBinary, ["record", "xor", "--epochs", "100000", "-o", bigTrace])
    let size = (try? FileManager.default.attributesOfItem(atPath: bigTrace)[.size] as? Int) ?? 0
    table.add(.init(workload: "record 100,000 XOR epochs, default sampling (exit \(status))",
                    nnstep: "\(Table.megabytes(peak)) peak, \(Table.megabytes(size)) file", reference: "—", ratio: "—",
                    target: "≤ 100 MB peak, ≤ 50 MB file", met: peak <= 100_000_000 && size <= 50_000_000 && status == 0))
    try? FileManager.default.removeItem(atPath: bigTrace)
} else {
    table.add(.init(workload: "record 100,000 XOR epochs", nnstep: "skipped: no \(nnstepBinary)", reference: "—",
                    ratio: "—", target: "≤ 100 MB peak, ≤ 50 MB file", met: nil))
}

// 2. XOR, 10,000 epochs, nothing recorded.
let lesson = try xorLesson(epochs: 10_000)
let noTrace = try Measure.median(runs: 7) {
    var trainer = lesson.makeTrainer()
    var sink = DiscardingSink()
    for epoch in 1...10_000 { try trainer.runEpoch(epoch, into: &sink) }
}
let numpyArguments = ["--epochs", "10000", "--runs", "7"]
compare("XOR 2-2-1, 10,000 epochs, no trace", nnstep: noTrace, script: "xor_numpy.py", arguments: numpyArguments,
        target: "≥ 30× faster than numpy") { $0 >= 30 }

// 3. The same with every event's values streamed to a trace file.
let tracePath = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-bench.jsonl").path
var allLesson = lesson
allLesson.training.sampling = .all
let fullTrace = try Measure.median(runs: 5) {
    var trainer = allLesson.makeTrainer()
    var writer = try TraceFileWriter(path: tracePath, header: TraceHeader(lesson: allLesson))
    for epoch in 1...10_000 { try trainer.runEpoch(epoch, into: &writer) }
    try writer.flush()
}
let traceBytes = (try? FileManager.default.attributesOfItem(atPath: tracePath)[.size] as? Int) ?? 0
compare("the same, every value of every event streamed to a file (\(Table.megabytes(traceBytes)))",
        nnstep: fullTrace, script: "xor_numpy.py", arguments: numpyArguments,
        target: "faster than numpy without tracing") { $0 > 1 }
try? FileManager.default.removeItem(atPath: tracePath)

// 4. One stepper screen: the δ_out step of XOR.
var sink = MemorySink(sampling: .all, totalEpochs: 1)
var trainer = lesson.makeTrainer()
try trainer.runEpoch(1, into: &sink)
let recording = Recording(header: TraceHeader(lesson: lesson), events: sink.events)
let view = StepView(header: recording.header, language: .spanish)
let render = Measure.median(runs: 51) {
    _ = view.lines(epoch: recording.epochs[0], index: 12, width: 120)
}
table.add(.init(workload: "render one stepper screen (XOR, δ_out step)", nnstep: Table.seconds(render),
                reference: "—", ratio: "—", target: "≤ 5 ms", met: render <= 0.005))

// 4b. One stepper screen of a large layer: Z₁ = X·W₁ + b₁ of the digits MLP ([64×64]·[64×128]),
// every matrix elided to fit 120 columns.
var digitsLesson = try LessonLibrary.load(path: root.appendingPathComponent("Lessons/digitos.json").path)
digitsLesson.training.epochs = 1
digitsLesson.training.sampling = .all
var digitsSink = MemorySink(sampling: .all, totalEpochs: 1)
var digitsTrainer = digitsLesson.makeTrainer()
try digitsTrainer.runEpoch(1, into: &digitsSink)
let digits = Recording(header: TraceHeader(lesson: digitsLesson), events: digitsSink.events)
let digitsEpoch = digits.epochs[0]
let digitsZ1 = digitsEpoch.events.firstIndex { $0.name == "Z1" } ?? 0
let digitsView = StepView(header: digits.header, language: .spanish)
let digitsRender = Measure.median(runs: 51) {
    _ = digitsView.lines(epoch: digitsEpoch, index: digitsZ1, width: 120)
}
table.add(.init(workload: "render one stepper screen (digits MLP, Z₁ [64×128] step)", nnstep: Table.seconds(digitsRender),
                reference: "—", ratio: "—", target: "≤ 5 ms", met: digitsRender <= 0.005))

// 5. `export slides` for one XOR epoch, as a teacher runs it (the whole process, training included).
if FileManager.default.isExecutableFile(atPath: nnstepBinary) {
    let slides = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-bench-slides.tex").path
    let export = try Measure.median(runs: 5) {
        _ = try Measure.peakMemory(of: nnstepBinary, ["export", "slides", "xor", "-o", slides])
    }
    try? FileManager.default.removeItem(atPath: slides)
    table.add(.init(workload: "`nnstep export slides xor` (one epoch; whole process)", nnstep: Table.seconds(export),
                    reference: "—", ratio: "—", target: "≤ 0.5 s", met: export <= 0.5))
}

// 6. Seeking: a trace of a million events opened, and 100 random jumps (SeekBenchmark.swift;
// its `nnstep replay` ran first, above).
table.add(try seek.row())

// 7. The 784-input MLP, one epoch, and the product that dominates it (MLP784.swift).
for row in MLP784.benchmarkRows(references: references) { table.add(row) }

// 8. The digits and CNN lessons' default runs (LessonBenchmarks.swift).
for row in try LessonBenchmarks.rows(root: root, references: references) { table.add(row) }

print(table.markdown)
