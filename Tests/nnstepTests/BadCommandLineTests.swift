import XCTest

/// Command lines that cannot be carried out: the exact message, the line that says where to
/// read more, and exit status 2, with nothing trained or written.
final class BadCommandLineTests: XCTestCase {
    private func assertUsage(_ arguments: [String], _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try NNStepProcess.run(arguments)
        XCTAssertEqual(result.status, 2, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertEqual(result.stderr, expected, file: file, line: line)
    }

    func testOperandsAndOptions() throws {
        try assertUsage(["lesson", "xor", "extra"], "«nnstep lesson» recibe un solo argumento; sobra «extra».\nMás información: nnstep help lesson\n")
        try assertUsage(["lesson", "xor", "--velocidad", "3"], "lesson no conoce la opción «--velocidad».\nMás información: nnstep help lesson\n")
        try assertUsage(["lessons", "--force"], "lessons no conoce la opción «--force».\nMás información: nnstep help lessons\n")
        try assertUsage(["lesson", "xor", "--lr"], "La opción --lr necesita un valor.\nMás información: nnstep help lesson\n")
    }

    func testValuesOutOfRange() throws {
        try assertUsage(["lesson", "xor", "--lr", "-1"], "--lr -1: se esperaba un número mayor que 0 (por ejemplo 0.5).\nMás información: nnstep help lesson\n")
        // 1e400 reads as infinity: not a finite learning rate.
        try assertUsage(["lesson", "xor", "--lr", "1e400", "--lang", "en"], "--lr 1e400: expected a number greater than 0 (for example 0.5).\nMore information: nnstep help lesson\n")
        try assertUsage(["record", "xor", "--epochs", "0"], "--epochs 0: se esperaba un número entero mayor que 0 (y no más de 10000000).\nMás información: nnstep help record\n")
        try assertUsage(["record", "xor", "--epochs", "10000001"], "--epochs 10000001: se esperaba un número entero mayor que 0 (y no más de 10000000).\nMás información: nnstep help record\n")
        try assertUsage(["lesson", "xor", "--seed", "-1"], "--seed -1: se esperaba un número entero entre 0 y 9007199254740992 (2⁵³).\nMás información: nnstep help lesson\n")
        try assertUsage(["lesson", "xor", "--lang", "fr"], "--lang fr: se esperaba un idioma: es o en.\nMás información: nnstep help lesson\n")
        try assertUsage(["lesson", "xor", "--epoch", "0"], "--epoch 0: se esperaba una o varias épocas separadas por comas, desde 1 (por ejemplo 1,2,5000).\nMás información: nnstep help lesson\n")
        try assertUsage(["lesson", "xor", "--print", "--epoch", "9000"], "--epoch 9000: el entrenamiento solo tiene 5000 épocas.\n")
    }
}
