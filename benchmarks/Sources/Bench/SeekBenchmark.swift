import Explain
import Foundation
import Trace

/// Issue 4's seeking workload: open a trace of a million events, then jump to 100 random steps.
///
/// The trace is the XOR lesson recorded with every epoch kept (`--sample all`): 23 events an
/// epoch, 43,479 epochs, 1,000,017 events. It is written with the library, as `nnstep record`
/// writes it, so it is in the page cache when it is opened, as right after recording.
enum SeekBenchmark {
    static let epochs = 43_479
    static let jumps = 100
    static let seed: UInt64 = 4

    /// The measured row: opening (the index, in process, median of 3), one jump (reading a random
    /// kept epoch and rendering the step, as the stepper does; median and slowest of 100), and the
    /// whole `nnstep replay TRACE --commands "goto E.S; …"` with the same 100 jumps: its time and
    /// its peak memory.
    static func row(lesson: Lesson, binary: String) throws -> Table.Row {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-bench-1m.jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var all = lesson
        all.training.epochs = epochs
        all.training.sampling = .all
        var trainer = all.makeTrainer()
        var writer = try TraceFileWriter(path: path, header: TraceHeader(lesson: all))
        for epoch in 1...epochs { try trainer.runEpoch(epoch, into: &writer) }
        try writer.flush()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0

        var opened: TraceIndex?
        let open = try Measure.median(runs: 3) { opened = try TraceIndex.open(path: path) }
        guard let index = opened else { throw CocoaError(.fileReadCorruptFile) }
        let recording = Recording(index: index)
        let view = StepView(header: recording.header, language: .spanish)
        var random = SplitMix64(seed: seed)
        var targets: [(epoch: Int, step: Int)] = []
        var times: [Double] = []
        for _ in 0..<jumps {
            let epoch = Int(random.next() % UInt64(recording.epochs.count))
            let step = Int(random.next() % UInt64(recording.epochs.stepCount(at: epoch)))
            targets.append((epoch, step))
            let start = DispatchTime.now().uptimeNanoseconds
            let record = recording.epochs[epoch]
            _ = view.lines(epoch: record, index: step, width: 120, previousLoss: recording.loss(atOrBefore: record.epoch - 1))
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        let jump = times[times.count / 2], slowest = times[times.count - 1]

        let script = targets.map { "goto \(recording.epochs.number(at: $0.epoch)).\($0.step + 1)" }.joined(separator: "; ")
        var whole: Measure.ChildRun?
        if FileManager.default.isExecutableFile(atPath: binary) {
            whole = try Measure.child(binary, ["replay", path, "--commands", script])
        }
        let workload = "open a \(index.eventCount.formatted())-event trace (\(Table.megabytes(size)), XOR `--sample all`), "
            + "then \(jumps) random jumps"
        var result = "open \(Table.seconds(open)), a jump \(Table.seconds(jump)) (slowest \(Table.seconds(slowest)))"
        if let whole {
            result += "; whole `replay` with the \(jumps) jumps \(Table.seconds(whole.seconds)), "
                + "\(Table.megabytes(whole.peakBytes)) peak (exit \(whole.status))"
        } else {
            result += "; peak memory not measured: no \(binary)"
        }
        let memoryMet = whole.map { $0.peakBytes <= 100_000_000 && $0.status == 0 }
        let met = open <= 2 && slowest <= 0.020 && index.eventCount >= 1_000_000 && (memoryMet ?? true)
        return Table.Row(workload: workload, nnstep: result, reference: "—", ratio: "—",
                         target: "≤ 2 s open, ≤ 20 ms a jump, ≤ 100 MB", met: whole == nil ? nil : met)
    }
}
