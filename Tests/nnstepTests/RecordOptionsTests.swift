import Foundation
import XCTest

/// `nnstep record --no-trace` and `--sample all|default|N`, through the built binary.
final class RecordOptionsTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TestSupport.temporaryFolder()
    }

    private func run(_ arguments: [String]) throws -> NNStepProcess.Result {
        try NNStepProcess.run(arguments, in: folder)
    }

    /// The lines of the trace `name` in the test's folder.
    private func lines(_ name: String) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    /// How many events each epoch of the trace `name` has, by epoch.
    private func eventsByEpoch(_ name: String) throws -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for line in try lines(name).dropFirst() {
            let epoch = try XCTUnwrap(line.firstMatch(of: #/"epoch":(\d+)/#).flatMap { Int($0.1) })
            counts[epoch, default: 0] += 1
        }
        return counts
    }

    /// The epochs of the trace `name` that kept all their steps.
    private func keptEpochs(_ name: String) throws -> [Int] {
        try eventsByEpoch(name).filter { $0.value == 23 }.keys.sorted()
    }

    // MARK: --no-trace

    func testNoTraceWritesNothingAndPrintsTheLastLossAndTheTime() throws {
        let result = try run(["record", "xor", "--epochs", "300", "--no-trace"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "no file written")
        let match = try XCTUnwrap(result.stdout.wholeMatch(
            of: #/Entrenadas las 300 épocas de «xor» en [0-9.]+ (µs|ms|s), sin grabar traza: la pérdida de la última es (0\.\d{6})\.\n/#),
            result.stdout)
        // The same run recorded: its last line is the loss of epoch 300.
        XCTAssertEqual(try run(["record", "xor", "--epochs", "300", "-o", "t.jsonl"]).status, 0)
        let last = try XCTUnwrap(lines("t.jsonl").last { $0.contains(#""epoch":300,"step":12,"#) })
        let loss = try XCTUnwrap(last.firstMatch(of: #/"values":\[\[([^\]]+)\]\]/#).flatMap { Double($0.1) })
        XCTAssertEqual(String(match.2), String(format: "%.6f", loss))
    }

    func testNoTraceInEnglishAndWithTheOtherOptions() throws {
        let result = try run(["record", "xor", "--no-trace", "--epochs", "50", "--lr", "2", "--seed", "7", "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Trained the 50 epochs of \"xor\" in "), result.stdout)
        XCTAssertTrue(result.stdout.contains(", without recording a trace: the loss of the last one is 0."), result.stdout)
    }

    func testNoTraceReportsANonFiniteValueWithTheCommandThatShowsIt() throws {
        // x = (1, 1) gives Z1 = 1e308 + 1e308 + 0.1 = ∞ in row 4: step 7 (Z1) of epoch 1.
        let text = try String(contentsOfFile: TestSupport.explicitLesson, encoding: .utf8)
            .replacingOccurrences(of: "\"W1\": [[0.5, -0.3], [0.8, 0.2]]", with: "\"W1\": [[1e308, 1e308], [1e308, 1e308]]")
        let lesson = try NNStepProcess.file(text, named: "nan.json")
        let result = try run(["record", lesson.path, "--no-trace", "--epochs", "10"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("El entrenamiento produjo un valor no finito (NaN o ∞) por primera vez en la época 1, paso 7: Z1"),
                      result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("\nNo se grabó ninguna traza (--no-trace). Para ver la época 1 paso a paso: "
                                              + "nnstep lesson \(lesson.path) --epochs 10 --epoch 1\n"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testNoTraceStoppedByControlCSaysHowFarItGot() throws {
        let (process, out, err) = try NNStepProcess.start(["record", "xor", "--no-trace", "--epochs", "10000000"], in: folder)
        usleep(1_500_000)   // well past start-up: the signal handlers are in place
        process.interrupt()
        let result = NNStepProcess.finish(process, out, err)
        XCTAssertFalse(result.signaled, "SIGINT is caught, not fatal")
        XCTAssertEqual(result.status, 130)
        XCTAssertEqual(result.stdout, "")
        XCTAssertNotNil(result.stderr.wholeMatch(
            of: #/Entrenamiento interrumpido \(Ctrl-C\) después de [1-9]\d* épocas, en [0-9.]+ (µs|ms|s); la pérdida de la última fue 0\.\d{6}\. No se grabó ninguna traza\.\n/#),
            result.stderr)
    }

    func testNoTraceWithAnOutputOrASamplingIsAUsageError() throws {
        for (arguments, second) in [(["-o", "x.jsonl"], "-o"), (["--output=x.jsonl"], "--output"),
                                    (["--sample", "all"], "--sample")] {
            let result = try run(["record", "xor", "--no-trace"] + arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertEqual(result.stdout, "")
            XCTAssertEqual(result.stderr, "Las opciones --no-trace y \(second) no pueden usarse juntas: elige una.\n"
                           + "Más información: nnstep help record\n")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
        let english = try run(["record", "xor", "-o", "x.jsonl", "--no-trace", "--lang", "en"])
        XCTAssertEqual(english.status, 2)
        XCTAssertEqual(english.stderr, "Options --no-trace and -o cannot be used together: choose one.\n"
                       + "More information: nnstep help record\n")
        XCTAssertEqual(try run(["lesson", "xor", "--no-trace"]).status, 2, "record only")
    }

    // MARK: --sample

    func testSampleAllKeepsEveryEventOfEveryEpoch() throws {
        let result = try run(["record", "xor", "--epochs", "12", "--sample", "all", "-o", "all.jsonl"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("12 épocas, 12 con todos sus valores"), result.stdout)
        let lines = try lines("all.jsonl")
        XCTAssertEqual(lines.count, 1 + 12 * 23, "the header and every event of every epoch")
        XCTAssertTrue(lines[0].contains(#""sampling":{"first":0,"every":1,"last":true}"#), lines[0])
        XCTAssertEqual(try eventsByEpoch("all.jsonl"), Dictionary(uniqueKeysWithValues: (1...12).map { ($0, 23) }))
    }

    func testSampleNKeepsTheFirstThreeEveryNthAndTheLastAsLessonDoes() throws {
        let result = try run(["record", "xor", "--epochs", "20", "--sample", "7", "-o", "s7.jsonl"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("20 épocas, 6 con todos sus valores"), result.stdout)
        XCTAssertEqual(try lines("s7.jsonl").count, 1 + 6 * 23 + 14, "6 kept epochs, the loss alone of the 14 others")
        XCTAssertEqual(try keptEpochs("s7.jsonl"), [1, 2, 3, 7, 14, 20])
        XCTAssertEqual(try eventsByEpoch("s7.jsonl").count, 20, "every epoch has its loss")
        // `lesson --sample 7` keeps the same epochs.
        let lesson = try run(["lesson", "xor", "--epochs", "20", "--sample", "7", "--commands", "goto 13; goto 14"])
        XCTAssertEqual(lesson.status, 0, lesson.stderr)
        XCTAssertTrue(lesson.stdout.contains("Épocas guardadas: 1, 2, 3, 7, 14, 20."), lesson.stdout)
    }

    func testSampleDefaultIsTheDocumentedDefault() throws {
        let result = try run(["record", "xor", "--epochs", "1200", "--sample", "default", "-o", "d.jsonl"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try keptEpochs("d.jsonl"), [1, 2, 3, 500, 1000, 1200])
        XCTAssertEqual(try run(["lesson", "xor", "--sample", "DEFAULT", "--print"]).status, 0)
    }

    func testBadSampleValuesAreUsageErrors() throws {
        for value in ["0", "-3", "todas", "7.5", ""] {
            let result = try run(["record", "xor", "--sample", value, "-o", "x.jsonl"])
            XCTAssertEqual(result.status, 2, value)
            XCTAssertEqual(result.stderr, "--sample \(value): se esperaba all, default o un número entero mayor que 0 "
                           + "(las 3 primeras épocas, una de cada N y la última).\nMás información: nnstep help record\n")
        }
        let missing = try run(["record", "xor", "--sample"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.hasPrefix("La opción --sample necesita un valor."), missing.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testHelpRecordDescribesBothOptions() throws {
        for language in ["es", "en"] {
            let help = try run(["help", "record", "--lang", language])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains("--no-trace"), help.stdout)
            XCTAssertTrue(help.stdout.contains("--sample all|default|N"), help.stdout)
            let general = try run(["help", "--lang", language])
            XCTAssertTrue(general.stdout.contains("[--sample all|default|N] [--no-trace]"), general.stdout)
        }
    }

    // MARK: A trace with every epoch, replayed

    func testReplayOfASampleAllTraceShowsWhatTheLessonShows() throws {
        XCTAssertEqual(try run(["record", "xor", "--epochs", "40", "--sample", "all", "-o", "all.jsonl"]).status, 0)
        let commands = "goto 37.13; print delta_out; romper W1[0,1] > 0; reverse-continue; diff W1; prev epoch; where"
        let replayed = try run(["replay", "all.jsonl", "--commands", commands])
        let trained = try run(["lesson", "xor", "--epochs", "40", "--sample", "all", "--commands", commands])
        XCTAssertEqual(replayed.status, trained.status)
        XCTAssertEqual(replayed.stdout, trained.stdout)
        XCTAssertEqual(replayed.stderr, trained.stderr)
        XCTAssertTrue(replayed.stdout.contains("época 37, paso 13"), replayed.stdout)
    }
}
