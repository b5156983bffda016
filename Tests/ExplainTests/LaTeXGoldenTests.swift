import Foundation
import XCTest
import Trace
@testable import Explain

/// The LaTeX of the XOR lesson's first epoch with the numpy reference's initial values, compared
/// with golden files that were read line by line: what a careful person would typeset.
final class LaTeXGoldenTests: XCTestCase {
    private var recording: Recording { ExportFixtures.explicitRecording }

    func testArticleOfTheFirstEpoch() throws {
        let article = ArticleDocument(header: recording.header, epoch: recording.epochs[0])
        try ExportFixtures.assertGolden(article.document(), "xor-epoch1.tex")
    }

    /// Every matrix of the numpy reference's epoch 1 (`xor-golden.json`, computed by
    /// `Tests/Reference/xor_reference.py`, not by nnstep) appears in the article, written at 4
    /// decimals: the golden file's numbers are numpy's.
    func testTheArticlesNumbersAreNumpys() throws {
        let url = ExportFixtures.root.appendingPathComponent("Tests/TraceTests/Fixtures/xor-golden.json")
        let golden = try JSONParser.parse(bytes: Array(try Data(contentsOf: url)))
        guard case .object(let epoch1)? = golden["epoch1"] else { return XCTFail("no epoch1 in xor-golden.json") }
        let article = ArticleDocument(header: recording.header, epoch: recording.epochs[0]).document()
        XCTAssertEqual(epoch1.count, 17)
        for (name, value) in epoch1 {
            guard case .array(let rows) = value else { return XCTFail(name) }
            let nested = rows.map { row -> [Double] in
                guard case .array(let cells) = row else { return [] }
                return cells.compactMap { if case .number(let x) = $0 { return x } else { return nil } }
            }
            let matrix = try XCTUnwrap(Matrix(validating: nested), name)
            let expected = name == "loss" ? "&= " + LaTeXNumber().format(matrix[0, 0])
                : LaTeXMatrix().render(matrix, indent: "    ")
            XCTAssertTrue(article.contains(expected), "\(name): \(expected)")
        }
    }

    func testFragmentOfTheFirstEpoch() throws {
        let article = ArticleDocument(header: recording.header, epoch: recording.epochs[0])
        try ExportFixtures.assertGolden(article.fragment(), "xor-epoch1-fragment.tex")
    }
}

/// What the article does besides the golden epoch: one step, other languages, hostile titles.
final class ArticleDocumentTests: XCTestCase {
    private var recording: Recording { ExportFixtures.explicitRecording }

    func testSlidesOfOneStepAgainstTheirGoldenFile() throws {
        var slides = BeamerDocument(recording: recording, epoch: recording.epochs[0])
        slides.indices = [12]
        try ExportFixtures.assertGolden(slides.document(), "xor-epoch1-slides-step13.tex")
    }

    func testATitleCannotInjectLaTeX() {
        var header = recording.header
        header.title = "50% \\input{x} \\write18{rm}"
        let document = ArticleDocument(header: header, epoch: recording.epochs[0]).document()
        XCTAssertTrue(document.contains("{\\LARGE 50\\% \\textbackslash{}input\\{x\\} \\textbackslash{}write18\\{rm\\}\\par}"))
        for line in document.components(separatedBy: "\n") where !line.hasPrefix("%") {
            XCTAssertFalse(line.contains("\\input{") || line.contains("\\write18"), line)
        }
        let firstLine = document.components(separatedBy: "\n")[0]
        XCTAssertTrue(firstLine.hasPrefix("% 50% \\input{x}"), "the comment line keeps the title, commented out")
    }

    func testOneStepAndOtherLanguages() {
        var article = ArticleDocument(header: recording.header, epoch: recording.epochs[0], language: .english)
        article.indices = [12]
        let document = article.document()
        XCTAssertEqual(document.components(separatedBy: "\\subsection*").count - 1, 1)
        XCTAssertTrue(document.contains("\\subsection*{Step 13 of 23. Output delta \\ensuremath{\\delta_{out}}}"))
        XCTAssertTrue(document.contains("\\section*{Backpropagation}"))
        let fragment = article.fragment()
        XCTAssertEqual(fragment.components(separatedBy: "\\begin{align*}").count - 1, 1)
        XCTAssertFalse(fragment.contains("\\documentclass"))
    }

    func testAnEpochWithoutValuesSaysSo() {
        let header = recording.header
        let bare = EpochRecord(epoch: 7, events: recording.epochs[0].events.map { event in
            var event = event
            event.values = nil
            return event
        })
        let document = ArticleDocument(header: header, epoch: bare).document()
        XCTAssertTrue(document.contains("\\emph{(valores no guardados)}"))
        XCTAssertTrue(document.contains("\\delta_{out} &= (y - A_2) \\odot \\sigma'(Z_2)"))
    }

    func testLargeMatricesAreElidedInADeepNetwork() throws {
        let deep = try ExportFixtures.deepRecording()
        let document = ArticleDocument(header: deep.header, epoch: deep.epochs[0]).document()
        XCTAssertTrue(document.contains("\\underset{[12 \\times 12]}"))
        XCTAssertTrue(document.contains("\\ddots"))
        XCTAssertTrue(document.contains("\\text{Error}_2 &= \\delta_3 \\cdot W_3^T"))
    }
}
