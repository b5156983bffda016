import Foundation
import XCTest

/// `nnstep record` stopped while it runs: by Ctrl-C (SIGINT) or SIGTERM it finishes the trace
/// and says how far it got; killed outright (SIGKILL) it leaves a trace that replays anyway.
///
/// The lesson is XOR with 2,000,000 epochs, every one kept in full (about 15 GB of trace, so it
/// needs `--force`): it runs long enough to be stopped, and flushes the file after each epoch.
final class RecordInterruptionTests: XCTestCase {
    private var folder: URL!
    private var trace: URL { folder.appendingPathComponent("t.jsonl") }

    override func setUpWithError() throws {
        folder = try TestSupport.temporaryFolder()
        let lesson = try String(contentsOf: TestSupport.root.appendingPathComponent("Lessons/xor.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"epochs\": 5000", with: "\"epochs\": 2000000")
            .replacingOccurrences(of: "\"sampling\": { \"first\": 3, \"every\": 500, \"last\": true }",
                                  with: "\"sampling\": { \"first\": 0, \"every\": 1, \"last\": true }")
        try lesson.write(to: folder.appendingPathComponent("largo.json"), atomically: true, encoding: .utf8)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts the recording and waits until the trace holds at least `bytes` bytes.
    private func startRecording(_ extra: [String] = [], bytes: Int = 100_000) throws -> (Process, URL, URL) {
        let started = try NNStepProcess.start(["record", "largo.json", "-o", "t.jsonl", "--force"] + extra, in: folder)
        for _ in 0..<300 where size() < bytes {
            usleep(20_000)
        }
        XCTAssertGreaterThanOrEqual(size(), bytes, "the recording did not start writing")
        return started
    }

    private func size() -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: trace.path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The lines of the trace; fails unless the file ends with a newline.
    private func completeLines(file: StaticString = #filePath, line: UInt = #line) throws -> [Substring] {
        let text = try String(contentsOf: trace, encoding: .utf8)
        XCTAssertTrue(text.hasSuffix("\n"), "the trace ends with a complete line", file: file, line: line)
        return text.split(separator: "\n")
    }

    func testControlCFinishesTheTraceAndSaysHowFarItGot() throws {
        let (process, out, err) = try startRecording()
        process.interrupt()
        let result = NNStepProcess.finish(process, out, err)
        XCTAssertFalse(result.signaled, "SIGINT is caught, not fatal")
        XCTAssertEqual(result.status, 130)
        let lines = try completeLines()
        // Every epoch is kept: the header and 23 lines per recorded epoch.
        XCTAssertEqual((lines.count - 1) % 23, 0)
        let epochs = (lines.count - 1) / 23
        XCTAssertGreaterThan(epochs, 0)
        XCTAssertEqual(result.stderr, "Grabación interrumpida (Ctrl-C) después de \(epochs) épocas: «t.jsonl» las guarda (\(epochs) con todos sus valores) y se puede abrir con: nnstep replay t.jsonl\n")
        XCTAssertEqual(result.stdout, "")

        let replay = try NNStepProcess.run(["replay", "t.jsonl", "--print", "--epoch", "\(epochs)"], in: folder)
        XCTAssertEqual(replay.status, 0, replay.stderr)
        XCTAssertEqual(replay.stderr, "Aviso: la traza «t.jsonl» termina en la época \(epochs) de 2000000: la grabación se interrumpió o el entrenamiento se detuvo antes de acabar.\n")
        XCTAssertTrue(replay.stdout.contains("Época \(epochs)/2000000 · paso 23/23"))
    }

    func testSIGTERMFinishesTheTraceToo() throws {
        let (process, out, err) = try startRecording(["--lang", "en"])
        process.terminate()
        let result = NNStepProcess.finish(process, out, err)
        XCTAssertFalse(result.signaled)
        XCTAssertEqual(result.status, 143)
        let epochs = (try completeLines().count - 1) / 23
        XCTAssertEqual(result.stderr, "Recording interrupted (SIGTERM) after \(epochs) epochs: \"t.jsonl\" holds them (\(epochs) with all their values) and can be opened with: nnstep replay t.jsonl\n")
    }

    func testSIGKILLLeavesATraceThatReplays() throws {
        let (process, out, err) = try startRecording(bytes: 300_000)
        kill(process.processIdentifier, SIGKILL)
        let result = NNStepProcess.finish(process, out, err)
        XCTAssertTrue(result.signaled)
        XCTAssertEqual(result.status, SIGKILL)

        let text = try String(contentsOf: trace, encoding: .utf8)
        let complete = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count
        // 300,000 bytes are at least 60 lines of about 420 bytes: two whole epochs at least.
        let lastWholeEpoch = (complete - 1) / 23
        XCTAssertGreaterThanOrEqual(lastWholeEpoch, 2)
        let replay = try NNStepProcess.run(["replay", "t.jsonl", "--print", "--epoch", "1,\(lastWholeEpoch)"], in: folder)
        XCTAssertEqual(replay.status, 0, replay.stderr)
        XCTAssertFalse(replay.signaled)
        XCTAssertTrue(replay.stdout.contains("Época \(lastWholeEpoch)/2000000 · paso 23/23"), replay.stderr)
        XCTAssertTrue(replay.stderr.contains("termina en la época"), replay.stderr)
        if !text.hasSuffix("\n") {
            XCTAssertTrue(replay.stderr.hasPrefix("Aviso: la traza «t.jsonl» se cortó a mitad de la línea \(complete + 1)"),
                          replay.stderr)
        }
    }
}
