import XCTest
import Foundation
import Trace

/// The deterministic fuzz test: ``FuzzCorpus/lessonCases`` mutated lesson files and
/// ``FuzzCorpus/traceCases`` mutated traces, each read the way nnstep reads them, asserting a
/// clean result or a clean error every time (see ``FuzzTarget``).
///
/// The cases run in a child process (``CrashProbe``), so that an input that traps fails this
/// test instead of ending the test run; the child writes each input to a file before reading
/// it, and a crashing input is kept in `Fixtures/fuzz-regressions/` for ``FuzzRegressionTests``.
final class FuzzTests: XCTestCase {
    func testMutatedLessonFilesGiveACleanResultOrACleanError() throws {
        try runProbe("FuzzProbe/testLessons", trace: false, cases: FuzzCorpus.lessonCases)
    }

    func testMutatedTracesGiveACleanResultOrACleanError() throws {
        try runProbe("FuzzProbe/testTraces", trace: true, cases: FuzzCorpus.traceCases)
    }

    private func runProbe(_ test: String, trace: Bool, cases: Int) throws {
        let current = Fixtures.temporaryPath(trace ? ".jsonl" : ".json")
        defer { try? FileManager.default.removeItem(atPath: current) }
        let outcome = try CrashProbe.run(test, environment: [FuzzProbe.currentCaseVariable: current])
        if outcome.reason != .exit, let bytes = FileManager.default.contents(atPath: current) {
            let kept = try FuzzCorpus.keep([UInt8](bytes), trace: trace)
            XCTFail("an input crashed the reader; it is kept as \(kept)\n\(outcome.summary)")
            return
        }
        XCTAssertEqual(outcome.status, 0, outcome.summary)
        XCTAssertTrue(outcome.output.contains("fuzz: \(cases) cases"), outcome.summary)
    }
}

/// The cases of ``FuzzTests``, run only as a child process.
final class FuzzProbe: XCTestCase {
    /// The file each input is written to before it is read.
    static let currentCaseVariable = "NNSTEP_FUZZ_CURRENT_CASE"

    func testLessons() throws {
        guard CrashProbe.isChild else { throw XCTSkip("a probe: FuzzTests runs it in a child process") }
        try run(seeds: FuzzCorpus.lessons(), cases: FuzzCorpus.lessonCases, seed: FuzzCorpus.seed, trace: false,
                target: FuzzTarget.lesson)
    }

    func testTraces() throws {
        guard CrashProbe.isChild else { throw XCTSkip("a probe: FuzzTests runs it in a child process") }
        try run(seeds: FuzzCorpus.traces(), cases: FuzzCorpus.traceCases, seed: FuzzCorpus.seed + 1, trace: true,
                target: FuzzTarget.trace)
    }

    private func run(seeds: [[UInt8]], cases: Int, seed: UInt64, trace: Bool,
                     target: ([UInt8]) -> FuzzTarget.Outcome) throws {
        let current = ProcessInfo.processInfo.environment[Self.currentCaseVariable].map { URL(fileURLWithPath: $0) }
        var mutator = FuzzMutator(seed: seed)
        var accepted = 0, rejected = 0
        for number in 0..<cases {
            let input = mutator.mutate(mutator.pick(seeds))
            try current.map { try Data(input).write(to: $0) }
            switch target(input) {
            case .accepted: accepted += 1
            case .rejected: rejected += 1
            case .broken(let rule):
                let kept = try FuzzCorpus.keep(input, trace: trace)
                XCTFail("case \(number): \(rule); the input is kept as \(kept)")
            }
        }
        print("fuzz: \(cases) cases, \(accepted) accepted, \(rejected) rejected")
        XCTAssertGreaterThan(accepted, 0, "some mutations must keep the document valid")
        XCTAssertGreaterThan(rejected, cases / 2, "most mutations must break the document")
    }
}
