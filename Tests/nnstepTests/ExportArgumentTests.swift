import XCTest
@testable import nnstep

/// `nnstep export`: its kinds, sources and options, and the usage errors of the rest.
final class ExportArgumentTests: XCTestCase {
    private func request(_ arguments: [String]) throws -> ExportRequest {
        guard case .export(let request) = try ArgumentParser.parse(arguments).command else {
            throw XCTSkip("not an export")
        }
        return request
    }

    func testEveryOptionOfEachKind() throws {
        let latex = try request(["export", "latex", "xor", "--epoch", "2", "--name=delta_out", "--fragment",
                                 "--precision", "6", "-o", "-"])
        XCTAssertEqual(latex, ExportRequest(kind: .latex, sources: ["xor"], output: "-", epoch: 2, step: nil,
                                            name: "delta_out", fragment: true, precision: 6, steps: nil, group: false))
        let slides = try request(["export", "--steps", "7,13-15,dW1", "slides", "t.jsonl", "--group", "--output=s.tex"])
        XCTAssertEqual(slides.kind, .slides)
        XCTAssertEqual(slides.sources, ["t.jsonl"])
        XCTAssertEqual(slides.steps, [.range(7...7), .range(13...15), .name("dW1")])
        XCTAssertTrue(slides.group)
        XCTAssertEqual(slides.output, "s.tex")
        let plot = try request(["export", "plot", "a.jsonl", "b.jsonl", "xor", "-o", "loss.svg"])
        XCTAssertEqual(plot.sources, ["a.jsonl", "b.jsonl", "xor"])
        let english = try ArgumentParser.parse(["export", "plot", "xor", "--lang", "en"])
        XCTAssertEqual(english.options.language, .english)
    }

    func testUsageErrors() {
        func assertUsage(_ arguments: [String], _ expected: UsageError, line: UInt = #line) {
            XCTAssertThrowsError(try ArgumentParser.parse(arguments), line: line) { error in
                XCTAssertEqual(error as? UsageError, expected, line: line)
            }
        }
        assertUsage(["export"], .missingOperand(command: "export"))
        assertUsage(["export", "latex"], .missingOperand(command: "export"))
        assertUsage(["export", "pdf", "xor"], .unknownExportKind("pdf"))
        assertUsage(["export", "latex", "a", "b"], .extraOperand(command: "export latex", operand: "b"))
        assertUsage(["export", "latex", "xor", "--group"], .optionNotForKind(kind: "latex", option: "--group"))
        assertUsage(["export", "plot", "xor", "--epoch", "3"], .optionNotForKind(kind: "plot", option: "--epoch"))
        assertUsage(["export", "slides", "xor", "--fragment"], .optionNotForKind(kind: "slides", option: "--fragment"))
        assertUsage(["export", "latex", "xor", "--step", "3", "--name", "X"],
                    .conflictingOptions(command: "export", first: "--step", second: "--name"))
        assertUsage(["export", "latex", "xor", "--bogus"], .unknownOption(command: "export", option: "--bogus"))
        assertUsage(["export", "latex", "xor", "-o"], .missingValue(command: "export", option: "-o"))
        assertUsage(["export", "latex", "xor", "--precision", "13"],
                    .invalidValue(command: "export", option: "--precision", value: "13", expected: .precision))
        assertUsage(["export", "latex", "xor", "--step", "0"],
                    .invalidValue(command: "export", option: "--step", value: "0", expected: .positiveInteger))
        assertUsage(["export", "latex", "xor", "--epoch", "1,2"],
                    .invalidValue(command: "export", option: "--epoch", value: "1,2", expected: .positiveInteger))
        for bad in ["3-1", "", "1,,2", "0", "a-b", "delta out", "-3"] {
            assertUsage(["export", "slides", "xor", "--steps", bad],
                        .invalidValue(command: "export", option: "--steps", value: bad, expected: .stepList))
        }
    }

    func testMessagesOfTheUsageErrors() {
        let messages = Messages(.spanish)
        XCTAssertEqual(messages.usage(.unknownExportKind("pdf")),
                       "«pdf» no es un formato de exportación. Formatos: latex, slides, plot.\nMás información: nnstep help export")
        XCTAssertEqual(messages.usage(.extraOperand(command: "export latex", operand: "b")),
                       "«nnstep export latex» recibe un solo argumento; sobra «b».\nMás información: nnstep help export")
        XCTAssertTrue(messages.usage(.missingOperand(command: "export")).contains("nnstep export latex xor -o xor.tex"))
        XCTAssertTrue(Messages(.english).usage(.optionNotForKind(kind: "plot", option: "--epoch"))
            .hasPrefix("Option --epoch does not apply to \"nnstep export plot\"."))
    }

    func testDefaultFileNamesCannotLeaveTheFolder() {
        XCTAssertEqual(ExportCommand.defaultName("xor"), "xor")
        XCTAssertEqual(ExportCommand.defaultName("../../etc/passwd"), "etcpasswd")
        XCTAssertEqual(ExportCommand.defaultName("..."), "nnstep")
        XCTAssertEqual(ExportCommand.defaultName("tasa de aprendizaje"), "tasadeaprendizaje")
    }
}
