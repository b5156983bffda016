import Foundation
import Trace

/// The valid documents the fuzz tests mutate, how many cases each kind gets, and where inputs
/// that broke something are kept.
enum FuzzCorpus {
    /// Mutated lesson files per run.
    static let lessonCases = 6_000
    /// Mutated trace files per run.
    static let traceCases = 4_000
    /// The seed of the mutations of lesson files; trace files use the next one.
    static let seed: UInt64 = 20_251_125

    /// `Tests/TraceTests/Fixtures/fuzz-regressions`: every input that ever crashed or broke a
    /// rule, read again by ``FuzzRegressionTests``. Lesson inputs end in `.json`, traces in `.jsonl`.
    static let regressions = Fixtures.folder.appendingPathComponent("fuzz-regressions")

    /// The shipped lesson, the worked example with explicit parameters, and a three-layer lesson
    /// with every optional key, pretty-printed and compact.
    static func lessons() throws -> [[UInt8]] {
        let xor = try Data(contentsOf: Fixtures.lessons.appendingPathComponent("xor.json"))
        let explicit = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("xor-explicit.json")))
        let deep = #"""
        {"name":"profunda","title":"Tres capas","summary":"","section":"§3",
         "network":{"inputs":3,"layers":[{"units":4,"activation":"sigmoid"},{"units":3,"activation":"sigmoid"},
                                         {"units":2,"activation":"sigmoid"}]},
         "data":{"X":[[0,0,1],[0,1,1],[1,0,1],[1,1,1],[0.5,-0.5,2]],"y":[[0,1],[1,0],[1,0],[0,1],[1,1]]},
         "training":{"learningRate":0.1,"epochs":3,"seed":7,"sampling":{"first":1,"every":2,"last":false}},
         "init":{"b2":[[0.1,-0.2,0.3]],"W3":[[1,-1],[0.5,0.5],[-0.25,0.75]]}}
        """#
        return [[UInt8](xor), [UInt8](explicit), Array(deep.utf8)]
    }

    /// Traces of the XOR lesson: one epoch with every step, and five epochs keeping the first
    /// and the last (loss-only lines between them).
    static func traces() throws -> [[UInt8]] {
        let lesson = try TraceRecording.xorLesson()
        var traces: [[UInt8]] = []
        for (epochs, sampling) in [(1, SamplingPolicy.all), (5, SamplingPolicy(first: 1, every: 0, last: true))] {
            let path = Fixtures.temporaryPath(".jsonl")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try TraceRecording.record(lesson, epochs: epochs, sampling: sampling, to: path)
            traces.append(try TraceRecording.bytes(path))
        }
        return traces
    }

    /// Keeps `bytes` as a regression input named after its content, and returns its path.
    @discardableResult
    static func keep(_ bytes: [UInt8], trace: Bool) throws -> String {
        try FileManager.default.createDirectory(at: regressions, withIntermediateDirectories: true)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let name = (trace ? "trace-" : "lesson-") + String(hash, radix: 16) + (trace ? ".jsonl" : ".json")
        let url = regressions.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
