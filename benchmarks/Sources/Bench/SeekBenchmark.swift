import Explain
import Foundation
import Trace

/// Issue 4's seeking workload: open a trace of a million events, then jump to 100 random steps.
///
/// The trace is the XOR lesson recorded with every epoch kept (`--sample all`): 23 events an
/// epoch, 43,479 epochs, 1,000,017 events. It is written with the library, as `nnstep record`
/// writes it, so it is in the page cache when it is opened, as right after recording.
///
/// Two parts, because of how Linux counts a child's peak memory: a spawned child's `ru_maxrss`
/// starts from the largest the spawning process has ever been, so ``start(lesson:binary:)`` runs
/// `nnstep replay` first thing, while the benchmark is small; ``row()`` measures in process later.
struct SeekBenchmark {
    static let epochs = 43_479
    static let jumps = 100
    static let seed: UInt64 = 4

    let path: String
    let size: Int
    /// The jumps: a kept epoch's position and a step's, from 0.
    let targets: [(epoch: Int, step: Int)]
    /// The whole `nnstep replay TRACE --commands "goto E.S; …"` with the jumps, if it ran.
    let replay: Measure.ChildRun?
    let binary: String

    /// Writes the trace, chooses the jumps (seeded), and runs `nnstep replay` with them.
    static func start(lesson: Lesson, binary: String) throws -> SeekBenchmark {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-bench-1m.jsonl").path
        var all = lesson
        all.training.epochs = epochs
        all.training.sampling = .all
        var trainer = all.makeTrainer()
        var writer = try TraceFileWriter(path: path, header: TraceHeader(lesson: all))
        for epoch in 1...epochs { try trainer.runEpoch(epoch, into: &writer) }
        try writer.flush()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        // Every epoch is kept, with 23 steps: epoch E is at position E − 1.
        var random = SplitMix64(seed: seed)
        let targets = (0..<jumps).map { _ in
            (epoch: Int(random.next() % UInt64(epochs)), step: Int(random.next() % 23))
        }
        var replay: Measure.ChildRun?
        if FileManager.default.isExecutableFile(atPath: binary) {
            let script = targets.map { "goto \($0.epoch + 1).\($0.step + 1)" }.joined(separator: "; ")
            replay = try Measure.child(binary, ["replay", path, "--commands", script])
        }
        return SeekBenchmark(path: path, size: size, targets: targets, replay: replay, binary: binary)
    }

    /// The row: opening in process (the index, median of 3), one jump (reading the kept epoch
    /// and rendering the step, as the stepper does; median and slowest of the 100), and the
    /// whole `replay` with the 100 jumps: its time and its peak memory. Removes the trace.
    func row() throws -> Table.Row {
        defer { try? FileManager.default.removeItem(atPath: path) }
        var opened: TraceIndex?
        let open = try Measure.median(runs: 3) { opened = try TraceIndex.open(path: path) }
        guard let index = opened else { throw CocoaError(.fileReadCorruptFile) }
        let recording = Recording(index: index)
        let view = StepView(header: recording.header, language: .spanish)
        var times: [Double] = []
        for target in targets {
            let start = DispatchTime.now().uptimeNanoseconds
            let record = recording.epochs[target.epoch]
            _ = view.lines(epoch: record, index: target.step, width: 120,
                           previousLoss: recording.loss(atOrBefore: record.epoch - 1))
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        let jump = times[times.count / 2], slowest = times[times.count - 1]

        let workload = "open a \(index.eventCount.formatted())-event trace (\(Table.megabytes(size)), XOR `--sample all`), "
            + "then \(Self.jumps) random jumps"
        var result = "open \(Table.seconds(open)), a jump \(Table.seconds(jump)) (slowest \(Table.seconds(slowest)))"
        if let replay {
            result += "; whole `replay` with the \(Self.jumps) jumps \(Table.seconds(replay.seconds)), "
                + "\(Table.megabytes(replay.peakBytes)) peak (exit \(replay.status))"
        } else {
            result += "; peak memory not measured: no \(binary)"
        }
        let met = open <= 2 && slowest <= 0.020 && index.eventCount >= 1_000_000
            && replay.map { $0.peakBytes <= 100_000_000 && $0.status == 0 && $0.seconds <= 2 } ?? true
        return Table.Row(workload: workload, nnstep: result, reference: "—", ratio: "—",
                         target: "≤ 2 s open, ≤ 20 ms a jump, ≤ 100 MB", met: replay == nil ? nil : met)
    }
}
