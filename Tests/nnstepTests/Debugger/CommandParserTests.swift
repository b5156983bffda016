import XCTest
@testable import nnstep

/// The debugger's command parser: every command form, in Spanish and in English, and a clear
/// error (never a trap) for what is not a command.
final class CommandParserTests: XCTestCase {
    private let parser = CommandParser()

    private func parse(_ line: String, file: StaticString = #filePath, line number: UInt = #line) -> DebuggerCommand? {
        do {
            return try parser.parse(line)
        } catch {
            XCTFail("«\(line)» did not parse: \(error)", file: file, line: number)
            return nil
        }
    }

    private func error(_ line: String, file: StaticString = #filePath, line number: UInt = #line) -> CommandParseError? {
        do {
            let command = try parser.parse(line)
            XCTFail("«\(line)» parsed as \(command)", file: file, line: number)
        } catch {
            return error
        }
        return nil
    }

    func testMotionInBothLanguages() {
        for line in ["next", "n", "siguiente", "sig", "s", "N", "Siguiente"] { XCTAssertEqual(parse(line), .next(count: 1), line) }
        XCTAssertEqual(parse("next 5"), .next(count: 5))
        XCTAssertEqual(parse("siguiente 12"), .next(count: 12))
        for line in ["prev", "previous", "back", "rn", "anterior", "ant", "volver"] {
            XCTAssertEqual(parse(line), .previous(count: 1), line)
        }
        XCTAssertEqual(parse("anterior 3"), .previous(count: 3))
        for line in ["next epoch", "siguiente época", "siguiente epoca", "época siguiente", "n epoch"] {
            XCTAssertEqual(parse(line), .nextEpoch, line)
        }
        for line in ["prev epoch", "época anterior", "anterior época"] { XCTAssertEqual(parse(line), .previousEpoch, line) }
    }

    func testGotoContinueFinish() {
        XCTAssertEqual(parse("goto 500"), .goto(.epoch(500, step: nil)))
        XCTAssertEqual(parse("ir a 500.13"), .goto(.epoch(500, step: 13)))
        XCTAssertEqual(parse("ir 1500.15"), .goto(.epoch(1500, step: 15)))
        XCTAssertEqual(parse("g delta_out"), .goto(.name("delta_out")))
        for line in ["continue", "c", "cont", "continuar", "seguir", "contin"] { XCTAssertEqual(parse(line), .continueForward, line) }
        for line in ["reverse-continue", "rc", "retroceder", "reverse"] {
            XCTAssertEqual(parse(line), .continueBackward, line)
        }
        for line in ["finish", "fin", "terminar", "acabar"] { XCTAssertEqual(parse(line), .finish, line) }
    }

    func testBreakForms() {
        XCTAssertEqual(parse("break delta_hidden"), .breakpoint(.name("delta_hidden")))
        XCTAssertEqual(parse("romper d_hidden_layer"), .breakpoint(.name("d_hidden_layer")))
        XCTAssertEqual(parse("b δ_hidden"), .breakpoint(.name("δ_hidden")))
        XCTAssertEqual(parse("break epoch 500"), .breakpoint(.epoch(500)))
        XCTAssertEqual(parse("romper época 1000"), .breakpoint(.epoch(1000)))
        XCTAssertEqual(parse("break loss < 0.01"), .breakpoint(.loss(.less, 0.01)))
        XCTAssertEqual(parse("romper loss<0,01"), .breakpoint(.loss(.less, 0.01)), "decimal comma, no spaces")
        XCTAssertEqual(parse("break loss >= 0.2"), .breakpoint(.loss(.greaterOrEqual, 0.2)))
        XCTAssertEqual(parse("break loss ≤ 1e-3"), .breakpoint(.loss(.lessOrEqual, 0.001)))
        XCTAssertEqual(parse("break A2[0,0] > 0.9"), .breakpoint(.entry(Entry(name: "A2", row: 0, column: 0), .greater, 0.9)))
        XCTAssertEqual(parse("break nan"), .breakpoint(.nonFinite))
        XCTAssertEqual(parse("romper no finito"), .breakpoint(.nonFinite))
        let w1 = Entry(name: "W1", row: 0, column: 1)
        XCTAssertEqual(parse("break W1[0,1] changes sign"), .breakpoint(.signChange(w1)))
        XCTAssertEqual(parse("romper W1[0, 1] cambia de signo"), .breakpoint(.signChange(w1)))
        XCTAssertEqual(parse("parar W1[0,1] cambio de signo"), .breakpoint(.signChange(w1)))
    }

    func testWatchInfoDeleteDisplay() {
        let w1 = Entry(name: "W1", row: 0, column: 1)
        XCTAssertEqual(parse("watch W1[0,1]"), .breakpoint(.watch(w1, threshold: 0)))
        XCTAssertEqual(parse("vigilar W1[0,1] 0.5"), .breakpoint(.watch(w1, threshold: 0.5)))
        XCTAssertEqual(parse("w W1[0,1] > 0,1"), .breakpoint(.watch(w1, threshold: 0.1)))
        for line in ["info", "info breakpoints", "i b", "info puntos", "info paradas"] {
            XCTAssertEqual(parse(line), .infoBreakpoints, line)
        }
        XCTAssertEqual(parse("info display"), .infoDisplays)
        XCTAssertEqual(parse("info muestras"), .infoDisplays)
        XCTAssertEqual(parse("delete 2"), .delete(2))
        XCTAssertEqual(parse("borrar"), .delete(nil))
        XCTAssertEqual(parse("display delta_hidden"), .display(ValueExpression(name: "delta_hidden", selection: .all)))
        XCTAssertEqual(parse("mostrar W1[:,1]"), .display(ValueExpression(name: "W1", selection: .column(1))))
        XCTAssertEqual(parse("display"), .infoDisplays)
        XCTAssertEqual(parse("undisplay 1"), .undisplay(1))
        XCTAssertEqual(parse("ocultar"), .undisplay(nil))
    }

    func testPrintForms() {
        XCTAssertEqual(parse("print delta_out"), .print(ValueExpression(name: "delta_out", selection: .all)))
        XCTAssertEqual(parse("p W1[0,:]"), .print(ValueExpression(name: "W1", selection: .row(0))))
        XCTAssertEqual(parse("imprimir W1[:,1]"), .print(ValueExpression(name: "W1", selection: .column(1))))
        XCTAssertEqual(parse("ver W1[1,0]"), .print(ValueExpression(name: "W1", selection: .entry(1, 0))))
        XCTAssertEqual(parse("print W1[-1,:]"), .print(ValueExpression(name: "W1", selection: .row(-1))))
        XCTAssertEqual(parse("print W1[1]"), .print(ValueExpression(name: "W1", selection: .slice(1))))
        XCTAssertEqual(parse("print W1[:,:]"), .print(ValueExpression(name: "W1", selection: .all)))
        XCTAssertEqual(parse("print shape W1"), .printShape("W1"))
        XCTAssertEqual(parse("imprimir forma delta_hidden"), .printShape("delta_hidden"))
    }

    func testInspectionAndHelp() {
        XCTAssertEqual(parse("diff W1"), .diff("W1"))
        XCTAssertEqual(parse("diferencia b2"), .diff("b2"))
        XCTAssertEqual(parse("heatmap dW1"), .heatMap("dW1"))
        XCTAssertEqual(parse("mapa W1"), .heatMap("W1"))
        for line in ["where", "bt", "dónde", "donde"] { XCTAssertEqual(parse(line), .location, line) }
        for line in ["list", "l", "listar", "código"] { XCTAssertEqual(parse(line), .list, line) }
        for line in ["explain", "explicar"] { XCTAssertEqual(parse(line), .explain, line) }
        for line in ["help", "h", "?", "ayuda"] { XCTAssertEqual(parse(line), .help(nil), line) }
        XCTAssertEqual(parse("help break"), .help(.break))
        XCTAssertEqual(parse("ayuda romper"), .help(.break))
        XCTAssertEqual(parse("ayuda ir a"), .help(.goto))
        for line in ["quit", "q", "salir", "exit"] { XCTAssertEqual(parse(line), .quit, line) }
    }

    func testClearErrorsForBadInput() {
        XCTAssertEqual(error("frobnicate"), .unknownCommand("frobnicate"))
        XCTAssertEqual(error("re"), .unknownCommand("re"), "too short to abbreviate")
        XCTAssertEqual(error("sigu"), .unknownCommand("sigu"), "sigue and siguiente: ambiguous")
        XCTAssertEqual(error("break"), .missingArgument(.break))
        XCTAssertEqual(error("print"), .missingArgument(.print))
        XCTAssertEqual(error("print shape"), .missingArgument(.print))
        XCTAssertEqual(error("goto"), .missingArgument(.goto))
        XCTAssertEqual(error("continue 3"), .unexpected(.continue, "3"))
        XCTAssertEqual(error("next 0"), .badNumber(.next, "0"))
        XCTAssertEqual(error("next -2"), .badNumber(.next, "-2"))
        XCTAssertEqual(error("next many"), .badNumber(.next, "many"))
        XCTAssertEqual(error("delete x"), .badNumber(.delete, "x"))
        XCTAssertEqual(error("print W1[0"), .badExpression(.print, "W1[0"))
        XCTAssertEqual(error("print W1[a,b]"), .badExpression(.print, "W1[a,b]"))
        XCTAssertEqual(error("print W1[0,1,2]"), .badExpression(.print, "W1[0,1,2]"))
        XCTAssertEqual(error("print W1 W2"), .unexpected(.print, "W2"))
        XCTAssertEqual(error("diff W1[0,1]"), .badExpression(.diff, "W1[0,1]"))
        XCTAssertEqual(error("break loss < ten"), .badNumber(.break, "ten"))
        XCTAssertEqual(error("break loss <"), .missingArgument(.break))
        XCTAssertEqual(error("break loss < 1 2"), .unexpected(.break, "2"))
        XCTAssertEqual(error("break loss = 1"), .unexpected(.break, "="))
        XCTAssertEqual(error("break A1 < 0.1"), .badCondition("A1"))
        XCTAssertEqual(error("break W1 changes sign"), .needsEntry(.break, "W1"))
        XCTAssertEqual(error("break W1[0,:] changes sign"), .needsEntry(.break, "W1[0,:]"))
        XCTAssertEqual(error("break W1[0,1]"), .unexpected(.break, "W1[0,1]"))
        XCTAssertEqual(error("break epoch"), .missingArgument(.break))
        XCTAssertEqual(error("break epoch zero"), .badNumber(.break, "zero"))
        XCTAssertEqual(error("break epoch 0"), .badNumber(.break, "0"))
        XCTAssertEqual(error("watch W1"), .needsEntry(.watch, "W1"))
        XCTAssertEqual(error("watch W1[0,1] -1"), .badNumber(.watch, "-1"))
        XCTAssertEqual(error("watch"), .missingArgument(.watch))
        XCTAssertEqual(error("goto W1[0"), .badTarget("W1[0"))
        XCTAssertEqual(error("info everything"), .unexpected(.info, "everything"))
        XCTAssertEqual(error("help gamma"), .unknownTopic("gamma"))
        XCTAssertEqual(error("break loss < nan"), .badNumber(.break, "nan"))
        XCTAssertEqual(error("   "), .unknownCommand(""))
        XCTAssertEqual(error("época"), .unknownCommand("época"))
    }

    func testEveryErrorIsWordedInBothLanguages() {
        let errors: [CommandParseError] = [
            .unknownCommand("x"), .missingArgument(.break), .unexpected(.print, "y"), .badNumber(.next, "0"),
            .badExpression(.print, "W1[0"), .needsEntry(.watch, "W1"), .badCondition("A1"), .badTarget("?"),
            .unknownTopic("z"),
        ]
        for language in [DebuggerTexts(.spanish), DebuggerTexts(.english)] {
            for error in errors {
                let text = language.parseError(error)
                XCTAssertFalse(text.contains("{"), text)
                XCTAssertFalse(text.contains("[debugger."), text)
            }
        }
        XCTAssertEqual(DebuggerTexts(.spanish).parseError(.missingArgument(.break)),
                       "A «break» le falta algo. Uso: " + DebuggerTexts(.spanish).usage(.break))
    }
}
