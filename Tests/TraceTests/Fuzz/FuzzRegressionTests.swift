import XCTest
import Foundation
import Trace

/// Every input in `Fixtures/fuzz-regressions/` (inputs that once crashed nnstep or broke a
/// rule) read again, in a child process so that a crash that comes back fails this test.
final class FuzzRegressionTests: XCTestCase {
    func testEveryKeptInputGivesACleanResultOrACleanError() throws {
        let outcome = try CrashProbe.run("FuzzRegressionProbe/testKeptInputs")
        XCTAssertEqual(outcome.reason, .exit, outcome.summary)
        XCTAssertEqual(outcome.status, 0, outcome.summary)
        XCTAssertTrue(outcome.output.contains("fuzz regressions: "), outcome.summary)
    }
}

/// Run only as a child process by ``FuzzRegressionTests``.
final class FuzzRegressionProbe: XCTestCase {
    func testKeptInputs() throws {
        guard CrashProbe.isChild else { throw XCTSkip("a probe: FuzzRegressionTests runs it in a child process") }
        let names = try FileManager.default.contentsOfDirectory(atPath: FuzzCorpus.regressions.path).sorted()
        var read = 0
        for name in names where name.hasSuffix(".json") || name.hasSuffix(".jsonl") {
            let bytes = try TraceRecording.bytes(FuzzCorpus.regressions.appendingPathComponent(name).path)
            let outcome = name.hasSuffix(".jsonl") ? FuzzTarget.trace(bytes) : FuzzTarget.lesson(bytes)
            if case .broken(let rule) = outcome { XCTFail("\(name): \(rule)") }
            read += 1
        }
        print("fuzz regressions: \(read) inputs")
        XCTAssertGreaterThan(read, 0, "the folder keeps at least the inputs found so far")
    }
}
