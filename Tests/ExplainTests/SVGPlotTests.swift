import FoundationXML
import XCTest
@testable import Explain

/// The loss curve as SVG: well-formed XML, one path per run, labelled axes, a legend for
/// several runs, every text escaped.
final class SVGPlotTests: XCTestCase {
    private func series(_ label: String, scale: Double) -> LossSeries {
        LossSeries(label: label, points: (1...5000).map { .init(epoch: $0, loss: scale * 0.25 / (1 + Double($0) / 400)) })
    }

    private func parse(_ svg: String) throws -> XMLDocument {
        try XMLDocument(xmlString: svg, options: [])
    }

    private func count(_ element: String, in document: XMLDocument) throws -> Int {
        try document.nodes(forXPath: "//*[local-name()='\(element)']").count
    }

    func testOneRunIsOnePathOnLabelledAxes() throws {
        let svg = SVGPlot(series: [series("xor (η = 0.5)", scale: 1)], title: "XOR", xLabel: "época",
                          yLabel: "error cuadrático medio (loss)").render()
        let document = try parse(svg)
        XCTAssertEqual(document.rootElement()?.name, "svg")
        XCTAssertEqual(try count("path", in: document), 1)
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        XCTAssertTrue(texts.contains("época"))
        XCTAssertTrue(texts.contains("error cuadrático medio (loss)"))
        XCTAssertTrue(texts.contains("5000") && texts.contains("0.00"), "ticks at round values: \(texts)")
        XCTAssertFalse(texts.contains("xor (η = 0.5)"), "no legend for one run")
        XCTAssertNil(svg.range(of: #"[0-9]e[-+][0-9]"#, options: .regularExpression), "no exponents")
    }

    func testSeveralRunsHaveAPathEachAndALegend() throws {
        let runs = [series("η = 10", scale: 1), series("η = 0.5", scale: 0.8), series("η = 0.001", scale: 0.5)]
        let document = try parse(SVGPlot(series: runs, title: "Tasa de aprendizaje", xLabel: "época", yLabel: "loss").render())
        XCTAssertEqual(try count("path", in: document), 3)
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        for run in runs { XCTAssertTrue(texts.contains(run.label), run.label) }
    }

    func testTextIsEscaped() throws {
        let title = "a < b & \"c\" 'd' </svg><script>"
        let svg = SVGPlot(series: [series("<x>", scale: 1), series("&y", scale: 1)], title: title, xLabel: "x\u{1}",
                          yLabel: "y").render()
        let document = try parse(svg)
        XCTAssertFalse(svg.contains("<script>"))
        XCTAssertEqual(try document.nodes(forXPath: "//*[local-name()='title']").first?.stringValue, title)
        XCTAssertEqual(try count("path", in: document), 2)
    }

    func testTicksAreRound() {
        let epochs = AxisTicks(minimum: 0, maximum: 5000)
        XCTAssertEqual(epochs.values, [0, 1000, 2000, 3000, 4000, 5000])
        XCTAssertEqual(epochs.decimals, 0)
        let losses = AxisTicks(minimum: 0, maximum: 0.2526)
        XCTAssertEqual(losses.step, 0.05, accuracy: 1e-12)
        XCTAssertEqual(losses.upper, 0.3, accuracy: 1e-12)
        XCTAssertEqual(losses.decimals, 2)
        XCTAssertEqual(AxisTicks(minimum: 0, maximum: 0).values.count, 2, "a flat curve still gets an axis")
    }

    func testThinningKeepsTheEnds() {
        let thinned = series("x", scale: 1).thinned(to: 250)
        XCTAssertEqual(thinned.points.count, 250)
        XCTAssertEqual(thinned.points.first?.epoch, 1)
        XCTAssertEqual(thinned.points.last?.epoch, 5000)
    }
}
