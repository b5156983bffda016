import Foundation
import XCTest

/// Each kind of damaged trace, through `nnstep replay`: the exact message and exit status, and
/// for a trace that can still be read, the warning and the part that is shown.
final class BadTraceTests: XCTestCase {
    private var folder: URL!
    /// The lines of `nnstep record xor --epochs 2`: the header, then 2 × 23 events.
    private var lines: [String] = []

    override func setUpWithError() throws {
        folder = try TestSupport.temporaryFolder()
        let recorded = try NNStepProcess.run(["record", "xor", "--epochs", "2", "-o", "t.jsonl"], in: folder)
        XCTAssertEqual(recorded.status, 0, recorded.stderr)
        lines = try String(contentsOf: folder.appendingPathComponent("t.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 47)
    }

    /// Writes `text` as `name` in the test's folder.
    private func trace(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func replay(_ name: String, _ extra: [String] = []) throws -> NNStepProcess.Result {
        try NNStepProcess.run(["replay", name, "--print"] + extra, in: folder)
    }

    private func assertRefused(_ name: String, _ extra: [String] = [], stderr expected: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try replay(name, extra)
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertFalse(result.signaled, file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertEqual(result.stderr, expected, file: file, line: line)
    }

    func testEmptyFile() throws {
        try trace("vacia.jsonl", "")
        try assertRefused("vacia.jsonl", stderr: "La traza «vacia.jsonl» está vacía. Créala con: nnstep record xor -o vacia.jsonl\n")
    }

    func testMissingHeader() throws {
        try trace("sin.jsonl", lines.dropFirst().joined(separator: "\n") + "\n")
        try assertRefused("sin.jsonl", stderr: "«sin.jsonl» no es una traza de nnstep: su primera línea no es la cabecera («\"format\":\"nnstep-trace\"»).\n")
    }

    func testWrongVersion() throws {
        let header = lines[0].replacingOccurrences(of: "\"version\":1,", with: "\"version\":2,")
        XCTAssertNotEqual(header, lines[0])
        try trace("v2.jsonl", ([header] + lines.dropFirst()).joined(separator: "\n") + "\n")
        try assertRefused("v2.jsonl", ["--lang", "en"], stderr: "The trace \"v2.jsonl\" uses version 2 of the format, but this nnstep reads version 1. Record it again with this nnstep.\n")
    }

    func testGarbageLineInTheMiddle() throws {
        var damaged = lines
        damaged[5] = "garbage"
        try trace("basura.jsonl", damaged.joined(separator: "\n") + "\n")
        try assertRefused("basura.jsonl", stderr: "basura.jsonl, línea 6: no es JSON válido (columna 1: se esperaba un valor (número, texto, lista u objeto)). La traza está dañada a partir de ahí.\n")
    }

    func testLineThatIsNotAnEvent() throws {
        var damaged = lines
        damaged[5] = #"{"seq":4}"#
        try trace("campo.jsonl", damaged.joined(separator: "\n") + "\n")
        try assertRefused("campo.jsonl", stderr: "campo.jsonl, línea 6: el campo «phase» falta o no es válido. La traza está dañada a partir de ahí.\n")
    }

    func testALineOf100MegabytesIsRefusedQuickly() throws {
        let url = folder.appendingPathComponent("larga.jsonl")
        var bytes = Array((lines[0] + "\n").utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 100_000_000)
        bytes.append(0x0A)
        try Data(bytes).write(to: url)
        let start = Date()
        try assertRefused("larga.jsonl", stderr: "larga.jsonl, línea 2: mide 100000000 bytes, más de lo que puede medir una línea de traza.\n")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "a huge line is measured, not parsed")
    }

    func testCutLastLineWarnsAndShowsTheCompleteEvents() throws {
        // The last line (step 23 of epoch 2) loses its end: 45 complete events before it.
        let text = lines.joined(separator: "\n")
        try trace("cortada.jsonl", String(text.dropLast(40)))
        let result = try replay("cortada.jsonl", ["--epoch", "2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "Aviso: la traza «cortada.jsonl» se cortó a mitad de la línea 47 (¿se interrumpió la grabación?); se leen los 45 eventos completos anteriores.\n")
        XCTAssertTrue(result.stdout.contains("Época 2/2 · paso 22/23"))
        XCTAssertFalse(result.stdout.contains("Época 2/2 · paso 23/23"))
    }

    func testTraceThatEndsBeforeItsLastEpochWarns() throws {
        // Epoch 1 only (lines 1–24) of a run of 2 epochs: what an interrupted recording leaves.
        try trace("corta.jsonl", lines.prefix(24).joined(separator: "\n") + "\n")
        let result = try replay("corta.jsonl")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "Aviso: la traza «corta.jsonl» termina en la época 1 de 2: la grabación se interrumpió o el entrenamiento se detuvo antes de acabar.\n")
        XCTAssertTrue(result.stdout.contains("Época 1/2 · paso 23/23"))
    }

    func testHeaderAloneHasNothingToShow() throws {
        try trace("cabecera.jsonl", lines[0] + "\n")
        let result = try replay("cabecera.jsonl")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "La traza «cabecera.jsonl» no guardó ninguna época completa: no hay pasos que mostrar.\n")
    }

    func testFileThatIsNotThere() throws {
        let result = try replay("no-existe.jsonl")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "No existe la traza «no-existe.jsonl». Comprueba la ruta, o créala con: "
                       + "nnstep record xor -o no-existe.jsonl\n")
    }

    func testTraceTooLargeForMemoryIsRefusedBeforeReading() throws {
        // A sparse file of 4.5 GB: its index would need about half a byte of memory per byte.
        let url = folder.appendingPathComponent("enorme.jsonl")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 4_500_000_000)
        try handle.close()
        try assertRefused("enorme.jsonl", stderr: "La traza «enorme.jsonl» mide 4.5 GB: abrirla necesitaría unos 2.3 GB de memoria y el límite es 2 GB. Usa --force para abrirla igualmente.\n")
        // With --force it is opened: its first line (zeros, no newline) is no header, found at once.
        let start = Date()
        try assertRefused("enorme.jsonl", ["--force"], stderr: "«enorme.jsonl» no es una traza de nnstep: su primera línea no es la cabecera («\"format\":\"nnstep-trace\"»).\n")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "only the first megabyte is read")
    }

    func testDamagedValuesAreReportedWhenTheirStepIsShown() throws {
        // Line 33 is step 9 of epoch 2 (Z2, [4×1]): one row too many. Opening the trace does not
        // read values, so epoch 1 is shown; epoch 2 stops at the damaged line.
        var damaged = lines
        damaged[32] = damaged[32].replacingOccurrences(of: #""values":[["#, with: #""values":[[1.0],["#)
        XCTAssertNotEqual(damaged[32], lines[32])
        try trace("valores.jsonl", damaged.joined(separator: "\n") + "\n")
        let message = "valores.jsonl, línea 33: el campo «values» falta o no es válido. La traza está dañada a partir de ahí.\n"
        let first = try replay("valores.jsonl", ["--epoch", "1"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Época 1/2 · paso 23/23"))
        try assertRefused("valores.jsonl", ["--epoch", "2"], stderr: message)
        let both = try replay("valores.jsonl", ["--epoch", "1,2"])
        XCTAssertEqual(both.status, 1)
        XCTAssertEqual(both.stderr, message)
        XCTAssertTrue(both.stdout.contains("Época 1/2 · paso 23/23"), "the epoch before it is printed")
        XCTAssertFalse(both.stdout.contains("Época 2/2"))
        let script = try NNStepProcess.run(["replay", "valores.jsonl", "--commands", "goto 1.9; print Z2; next epoch; print Z2"],
                                           in: folder)
        XCTAssertEqual(script.status, 1)
        XCTAssertEqual(script.stderr, message)
        XCTAssertTrue(script.stdout.hasPrefix("(nnstep) goto 1.9\n→ época 1/2, paso 9/23"), script.stdout)
        XCTAssertTrue(script.stdout.contains("(nnstep) next epoch\n"), script.stdout)
        XCTAssertFalse(script.stdout.contains("(nnstep) print Z2\nZ₂ [4×1] · época 2"), "nothing after the damage")
    }
}
