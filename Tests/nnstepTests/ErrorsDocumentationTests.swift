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

    func testDocumentedTextsAreTheCatalogs() throws {
        let text = try document()
        for key in InterfaceKey.allCases where (families + pieces).contains(where: { key.rawValue.hasPrefix($0) }) {
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
