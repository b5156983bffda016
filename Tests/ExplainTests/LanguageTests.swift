import XCTest
import Explain

final class LanguageTests: XCTestCase {
    func testSpanishIsTheDefault() {
        XCTAssertEqual(Language.default, .spanish)
        XCTAssertEqual(Annotator().language, .spanish)
    }

    func testParsesCodesAndLocales() {
        XCTAssertEqual(Language(code: "es"), .spanish)
        XCTAssertEqual(Language(code: "EN"), .english)
        XCTAssertEqual(Language(code: "es_ES.UTF-8"), .spanish)
        XCTAssertEqual(Language(code: "en-GB"), .english)
        XCTAssertNil(Language(code: "fr"))
        XCTAssertNil(Language(code: ""))
    }
}
