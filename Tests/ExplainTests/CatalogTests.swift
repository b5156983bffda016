import Trace
import XCTest
@testable import Explain

/// The catalogs are complete and consistent with the code that fills them.
final class CatalogTests: XCTestCase {
    func testEveryLanguageParsesCleanlyAndDefinesEveryKey() {
        let keys = Set(CatalogKey.allCases.map(\.rawValue))
        for language in Language.allCases {
            let catalog = Catalog.of(language)
            XCTAssertEqual(catalog.issues, [], "\(language)")
            XCTAssertEqual(Set(catalog.templates.keys), keys, "\(language): keys differ from CatalogKey")
            for key in CatalogKey.allCases {
                XCTAssertFalse(catalog.template(key).isEmpty, "\(language): [\(key.rawValue)] is empty")
            }
        }
    }

    func testEveryPlaceholderOfEverySentenceIsSupplied() {
        for language in Language.allCases {
            let annotator = Annotator(language: language)
            let catalog = Catalog.of(language)
            for context in Gallery.contexts {
                let facts = annotator.facts(for: context)
                for sentence in [facts.title] + facts.sentences {
                    let missing = Set(Template.placeholders(in: catalog.template(sentence.key)))
                        .subtracting(sentence.values.keys)
                    XCTAssertEqual(missing, [], "\(language) [\(sentence.key.rawValue)] at \(context.event.name)")
                }
            }
        }
    }

    func testTheGallerySaysEverySentence() {
        let annotator = Annotator()
        var said = Set<CatalogKey>()
        for context in Gallery.contexts {
            let facts = annotator.facts(for: context)
            said.insert(facts.title.key)
            said.formUnion(facts.sentences.map(\.key))
        }
        let sentences = CatalogKey.allCases.filter { !$0.rawValue.hasPrefix("word.") }
        XCTAssertEqual(Set(sentences).subtracting(said).map(\.rawValue).sorted(), [])
    }

    func testNoAnnotationLeavesAPlaceholderOrAMissingKey() {
        for language in Language.allCases {
            let annotator = Annotator(language: language)
            for context in Gallery.contexts {
                let annotation = annotator.annotate(context)
                for text in [annotation.title, annotation.text] {
                    XCTAssertFalse(text.contains("{"), "\(language) \(context.event.name): \(text)")
                    XCTAssertNil(text.range(of: #"\[[a-z]+\.[A-Za-z]+\]"#, options: .regularExpression),
                                 "\(language) \(context.event.name): \(text)")
                }
            }
        }
    }

    func testTheFormatJoinsLinesAndReportsProblems() {
        let catalog = Catalog(parsing: """
            stray
            # a comment
            [word.and]
              first line
            second {x}

            [word.and]
            [nonsense]
            """)
        XCTAssertEqual(catalog.issues.count, 3)
        XCTAssertEqual(catalog.render(.wordNone), "[word.none]")
        XCTAssertEqual(Catalog(parsing: "[word.and]\n  first line\nsecond {x}\n").render(.wordAnd, ["x": "2"]),
                       "first line second 2")
    }
}
