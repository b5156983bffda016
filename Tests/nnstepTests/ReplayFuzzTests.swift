import Foundation
import Trace
import XCTest

/// Traces that read fine but say odd things — shapes that disagree with the values of other
/// steps, unknown names and operations, epochs out of order, NaN and huge values, a header that
/// does not match its events — shown by the built binary (`replay --print`), which must end with
/// a status and a message, never a crash.
///
/// Byte-level fuzzing of the reader is in `TraceTests/Fuzz`; this test goes through everything
/// after it (grouping into epochs, the annotations, the matrices, the diagram), in a child
/// process, so a trap shows as a signal.
final class ReplayFuzzTests: XCTestCase {
    /// Cases per run: each is one run of the binary.
    static let cases = 150

    func testOddButReadableTracesAreShownOrRefusedCleanly() throws {
        let folder = try TestSupport.temporaryFolder()
        let recorded = try NNStepProcess.run(["record", "xor", "--epochs", "3", "-o", "seed.jsonl"], in: folder)
        XCTAssertEqual(recorded.status, 0, recorded.stderr)
        let text = try String(contentsOf: folder.appendingPathComponent("seed.jsonl"), encoding: .utf8)
        let lines = try text.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        var scrambler = TraceScrambler(seed: 7)
        var shown = 0
        for number in 0..<Self.cases {
            let name = "case-\(number).jsonl"
            let mutated = scrambler.scramble(lines)
            try (mutated.map(TraceScrambler.render).joined(separator: "\n") + "\n")
                .write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            var arguments = ["replay", name, "--print"]
            if number % 3 == 1 { arguments += ["--lang", "en"] }
            if number % 4 == 2 { arguments += ["--epoch", "\(1 + number % 5)"] }
            let result = try NNStepProcess.run(arguments, in: folder)
            let failure = "case \(number) (\(folder.path)/\(name)): status \(result.status)\n\(result.stderr.suffix(1500))"
            XCTAssertFalse(result.signaled, failure)
            XCTAssertFalse(result.stderr.contains("Fatal error"), failure)
            XCTAssertTrue([0, 1, 2].contains(result.status), failure)
            if result.status != 0 { XCTAssertFalse(result.stderr.isEmpty, failure) }
            if result.status == 0 { shown += 1 }
        }
        XCTAssertGreaterThan(shown, Self.cases / 5, "many odd traces are still shown")
    }
}
