import XCTest
@testable import Explain

/// The interface catalogs: complete in every language, with the same placeholders.
final class InterfaceCatalogTests: XCTestCase {
    func testEveryLanguageParsesCleanlyAndHasEveryKey() {
        for language in Language.allCases {
            let catalog = InterfaceCatalog.of(language)
            XCTAssertEqual(catalog.issues, [], "\(language)")
            XCTAssertEqual(Set(catalog.entries.keys), Set(InterfaceKey.allCases.map(\.rawValue)), "\(language)")
            for key in InterfaceKey.allCases {
                XCTAssertFalse(catalog.text(key).trimmingCharacters(in: .whitespaces).isEmpty, "\(language) \(key)")
            }
        }
    }

    func testLanguagesUseTheSamePlaceholders() {
        let spanish = InterfaceCatalog.of(.spanish), english = InterfaceCatalog.of(.english)
        for key in InterfaceKey.allCases {
            XCTAssertEqual(Set(Template.placeholders(in: spanish.entries[key.rawValue] ?? "")),
                           Set(Template.placeholders(in: english.entries[key.rawValue] ?? "")), "\(key)")
        }
    }

    func testEntriesKeepTheirLinesVerbatim() {
        let catalog = InterfaceCatalog(parsing: "# comment\n[stepper.more]\n  indented\n\nsecond\n\n\n[label.code]\ncode\n")
        XCTAssertEqual(catalog.issues, [])
        XCTAssertEqual(catalog.text(.stepperMore), "  indented\n\nsecond")
        XCTAssertEqual(catalog.text(.labelCode), "code")
    }

    func testProblemsInTheTextAreReported() {
        let catalog = InterfaceCatalog(parsing: "stray\n[label.code]\na\n[label.code]\nb\n[no.such.key]\nc\n")
        XCTAssertEqual(catalog.issues.count, 3, "\(catalog.issues)")
        XCTAssertEqual(catalog.text(.labelShapes), "[label.shapes]", "a missing entry shows its key")
    }

    func testPlaceholdersAreFilled() {
        let text = InterfaceCatalog.of(.spanish).text(.stepperUnknownName, ["name": "gamma"])
        XCTAssertEqual(text, "Ningún paso de esta época se llama «gamma».")
    }
}
