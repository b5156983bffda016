import XCTest
@testable import Explain

final class TemplateTests: XCTestCase {
    func testFillsKnownPlaceholdersAndKeepsTheRest() {
        XCTAssertEqual(Template.fill("{a}·{b} = {c}", with: ["a": "X", "b": "W₁"]), "X·W₁ = {c}")
        XCTAssertEqual(Template.fill("set {x} { y } {}", with: ["x": "1"]), "set 1 { y } {}")
        XCTAssertEqual(Template.fill("{x", with: ["x": "1"]), "{x")
    }

    func testListsPlaceholdersInOrder() {
        XCTAssertEqual(Template.placeholders(in: "{result} = {input}·{weights} {not one} {result}"),
                       ["result", "input", "weights", "result"])
    }
}
