import Foundation
import XCTest

/// The exported LaTeX compiles with `pdflatex` and its first page is not blank: the article,
/// a fragment inside a minimal document, the slides (per step and grouped), for XOR and for a
/// deeper network whose matrices are elided. Skipped where `pdflatex` or `pdftoppm` is missing
/// (a failure under `NNSTEP_REQUIRE_TOOLS=1`, as `.ci/run` sets).
final class ExportCompileTests: XCTestCase {
    /// A 12-10-9-3 network on 12 examples: names `delta_3`, `Error_2`; matrices over 8×8; a
    /// title with LaTeX's special characters and letters T1 cannot print.
    private static let deepLesson = """
        {
          "name": "profunda", "title": "Red profunda 12-10-9-3: 100% σ, $x^2$ & ĦĸŉſŁő € 中文 \\\\input{x}",
          "network": { "inputs": 12, "layers": [
            { "units": 10, "activation": "sigmoid" }, { "units": 9, "activation": "sigmoid" },
            { "units": 3, "activation": "sigmoid" } ] },
          "data": {
            "X": [\((0..<12).map { r in "[" + (0..<12).map { c in "\(Double((r * 7 + c * 3) % 10) / 10)" }.joined(separator: ", ") + "]" }.joined(separator: ", "))],
            "y": [\((0..<12).map { r in "[\(r % 2), \((r / 2) % 2), \((r / 4) % 2)]" }.joined(separator: ", "))]
          },
          "training": { "learningRate": 0.1, "epochs": 20, "seed": 5 }
        }
        """

    /// Compiles `tex` (named `name`) and returns the path of its PDF; fails with pdflatex's
    /// first error line.
    private func compile(_ tex: String, named name: String, in folder: URL, pdflatex: String) throws -> URL {
        let source = folder.appendingPathComponent(name + ".tex")
        try tex.write(to: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdflatex)
        process.arguments = ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", source.lastPathComponent]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let log = (try? String(contentsOf: folder.appendingPathComponent(name + ".log"), encoding: .utf8)) ?? ""
        let firstError = log.components(separatedBy: "\n").first { $0.hasPrefix("!") } ?? "(no error line in the log)"
        XCTAssertEqual(process.terminationStatus, 0, "\(name): \(firstError)")
        XCTAssertFalse(log.contains("! "), "\(name): \(firstError)")
        return folder.appendingPathComponent(name + ".pdf")
    }

    /// The share of non-white pixels of page 1 of `pdf`, read from `pdftoppm -gray` as a PGM.
    private func inkOnFirstPage(_ pdf: URL, pdftoppm: String) throws -> Double {
        let prefix = pdf.deletingPathExtension().path + "-page"
        try ExternalTool.run(pdftoppm, ["-gray", "-r", "30", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix])
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm")))
        var fields: [String] = [], index = 0
        while fields.count < 4, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
            var field = ""
            while index < bytes.count, !(bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09) {
                field.append(Character(UnicodeScalar(bytes[index])))
                index += 1
            }
            fields.append(field)
        }
        index += 1
        XCTAssertEqual(fields.first, "P5", "a binary PGM")
        guard fields.count == 4, let width = Int(fields[1]), let height = Int(fields[2]), width * height > 0,
              bytes.count - index >= width * height else { XCTFail("not a PGM: \(fields)"); return 0 }
        let pixels = bytes[index..<(index + width * height)]
        return Double(pixels.filter { $0 < 200 }.count) / Double(pixels.count)
    }

    private func export(_ arguments: [String]) throws -> String {
        let result = try ExportCommandTests.run(["export"] + arguments + ["-o", "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func testArticleFragmentAndSlidesCompileAndShowSomething() throws {
        let pdflatex = try ExternalTool.require("pdflatex", package: "texlive-latex-recommended texlive-pictures lmodern")
        let pdftoppm = try ExternalTool.require("pdftoppm", package: "poppler-utils")
        let folder = try TestSupport.temporaryFolder()
        let deepPath = folder.appendingPathComponent("profunda.json")
        try Self.deepLesson.write(to: deepPath, atomically: true, encoding: .utf8)
        let fragment = try export(["latex", "xor", "--fragment"])
        let documents: [(String, String)] = [
            ("article", try export(["latex", "xor"])),
            ("fragment", "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n" + fragment + "\\end{document}\n"),
            ("slides", try export(["slides", "xor"])),
            ("grouped", try export(["slides", "xor", "--group", "--lang", "en"])),
            ("deep-article", try export(["latex", deepPath.path, "--precision", "2"])),
            ("deep-slides", try export(["slides", deepPath.path, "--steps", "1,7-9,delta_3,Error_2,dW1"])),
        ]
        for (name, tex) in documents {
            let pdf = try compile(tex, named: name, in: folder, pdflatex: pdflatex)
            let ink = try inkOnFirstPage(pdf, pdftoppm: pdftoppm)
            XCTAssertGreaterThan(ink, 0.005, "\(name): page 1 looks blank (\(ink))")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.tex").path))
    }
}
