import Explain
import Foundation
import XCTest

/// `docs/errors.md` lists every message a user can meet: each key of the message families is
/// named there, with its Spanish and English texts exactly as the catalogs have them.
final class ErrorsDocumentationTests: XCTestCase {
    /// The families of keys whose every message must be documented.
    private let families = ["usage.", "lesson.", "problem.", "trace.", "run.", "training."]
    /// Pieces of those messages (what was expected, the rule, the kind of value), documented in
    /// tables next to the messages they complete.
    private let pieces = ["rule.", "kind.", "expect.", "found."]
    /// The error and warning messages of `nnstep export` and of the debugger's command line,
    /// named one by one: those families also hold labels, help and normal output, which are not
    /// documented there. A new error or warning of theirs must be added here and to the document.
    private let listed = [
        // Export.
        "export.unknownKind", "export.optionNotForKind", "export.conflict", "export.stepOutOfRange",
        "export.unknownName", "export.noLoss", "export.form.steps", "export.form.precision",
        // Debugger: how a failure is reported in a script, and the failures.
        "debugger.failed",
        "debugger.unknownCommand", "debugger.missingArgument", "debugger.unexpected", "debugger.badNumber",
        "debugger.badExpression", "debugger.needsEntry", "debugger.badCondition", "debugger.badTarget",
        "debugger.unknownTopic", "debugger.unknownName", "debugger.indexOutOfRange", "debugger.partRow",
        "debugger.partColumn", "debugger.notComputed", "debugger.diffNothingBefore", "debugger.epochBeyond",
        "debugger.noSuchBreakpoint", "debugger.noSuchDisplay", "debugger.nothingToRun",
        // Debugger: comparing the variants of a lesson.
        "debugger.noComparison",
        "debugger.notAFilter", "debugger.noConvolution", "debugger.notAnImage", "debugger.partFilter",
        "debugger.partExample", "debugger.partChannel",
        // Debugger: notes and warnings.
        "debugger.epochNotKept", "debugger.valuesNeedKept", "debugger.samplingHint", "debugger.noHitForward",
        "debugger.noHitBackward", "debugger.allFinite", "debugger.nonFiniteLoss", "debugger.endsEarly",
        "debugger.lossNever", "debugger.listNone",
    ]

    /// The keys whose texts the document must hold: whole families, and the listed keys.
    private var documentedKeys: [InterfaceKey] {
        InterfaceKey.allCases.filter { key in
            (families + pieces).contains { key.rawValue.hasPrefix($0) } || listed.contains(key.rawValue)
        }
    }

    private func document() throws -> String {
        try String(contentsOf: TestSupport.root.appendingPathComponent("docs/errors.md"), encoding: .utf8)
    }

    func testEveryMessageKeyIsDocumented() throws {
        let text = try document()
        let keys = InterfaceKey.allCases.map(\.rawValue).filter { key in (families + pieces).contains { key.hasPrefix($0) } }
        XCTAssertGreaterThan(keys.count, 60)
        for key in keys {
            XCTAssertTrue(text.contains("`\(key)`"), "docs/errors.md does not mention \(key)")
        }
    }

    func testListedKeysExist() {
        XCTAssertEqual(Set(listed).count, listed.count, "a key is listed twice")
        for key in listed {
            XCTAssertNotNil(InterfaceKey(rawValue: key), "\(key) is listed but is not an InterfaceKey: renamed or removed?")
        }
    }

    func testEveryListedKeyIsDocumented() throws {
        let text = try document()
        for key in listed {
            XCTAssertTrue(text.contains("`\(key)`"), "docs/errors.md does not mention \(key)")
        }
    }

    func testDocumentedTextsAreTheCatalogs() throws {
        let text = try document()
        for key in documentedKeys {
            for (language, prefix) in [(Language.spanish, "es: "), (.english, "en: ")] {
                let message = InterfaceCatalog.of(language).text(key)
                let asBlock = prefix + message + "\n"
                let asCell = "| " + message.replacingOccurrences(of: "|", with: "\\|") + " |"
                XCTAssertTrue(text.contains(asBlock) || text.contains(asCell),
                              "docs/errors.md does not have the current \(language) text of \(key.rawValue): \(message)")
            }
        }
    }
}
