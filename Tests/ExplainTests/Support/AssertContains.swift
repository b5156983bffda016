import XCTest

/// Fails unless `text` contains `fragment`, and shows the whole text when it does not.
func assertContains(_ text: String, _ fragment: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertTrue(text.contains(fragment), "«\(fragment)» is not in: \(text)", file: file, line: line)
}
