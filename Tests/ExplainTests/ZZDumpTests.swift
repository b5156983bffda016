import XCTest
@testable import Explain

final class ZZDumpTests: XCTestCase {
    func testDump() {
        for language in Language.allCases {
            let a = Annotator(language: language)
            var out = ""
            for c in Gallery.contexts {
                let n = a.annotate(c)
                out += "=== e\(c.event.epoch) s\(c.event.step) \(c.event.name): \(n.title)\n\(n.text)\n   code: \(n.codeLine ?? "-")\n"
            }
            try! out.write(toFile: "/tmp/explain-dump-\(language.rawValue).txt", atomically: true, encoding: .utf8)
        }
    }
}
