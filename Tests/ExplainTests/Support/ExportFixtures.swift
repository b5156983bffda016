import Foundation
import XCTest
import Trace

/// The runs the export tests render, and the golden files they compare with.
enum ExportFixtures {
    /// The repository's root, found from this source file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The XOR lesson with the numpy reference's explicit initial values, trained in memory
    /// for its 5000 epochs.
    static let explicitRecording: Recording = {
        let path = root.appendingPathComponent("Tests/TraceTests/Fixtures/xor-explicit.json").path
        let lesson = try! LessonLibrary.load(path: path)
        var sink = MemorySink(sampling: lesson.training.sampling, totalEpochs: lesson.training.epochs)
        var trainer = lesson.makeTrainer()
        for epoch in 1...lesson.training.epochs { try! trainer.runEpoch(epoch, into: &sink) }
        return Recording(header: TraceHeader(lesson: lesson), events: sink.events)
    }()

    /// A deeper network than the notes' (12 inputs, layers of 10, 9 and 3 sigmoid neurons, 12
    /// examples) trained for 3 epochs: numbered names (`delta_3`, `Error_2`) and matrices larger
    /// than the 8×8 limit.
    static func deepRecording() throws -> Recording {
        var generator = SplitMix64(seed: 7)
        func values(_ count: Int) -> [Double] { (0..<count).map { _ in Double(generator.next() % 1000) / 1000 } }
        let network = NetworkSpec(inputs: 12, layers: [LayerSpec(units: 10, activation: .sigmoid),
                                                       LayerSpec(units: 9, activation: .sigmoid),
                                                       LayerSpec(units: 3, activation: .sigmoid)])
        let lesson = Lesson(name: "profunda", title: "Red profunda 12-10-9-3", summary: "", section: nil, network: network,
                            inputs: Matrix(rows: 12, columns: 12, elements: values(144)),
                            targets: Matrix(rows: 12, columns: 3, elements: values(36).map { $0.rounded() }),
                            training: TrainingSettings(learningRate: 0.1, epochs: 3, seed: 3, sampling: .all),
                            initialValues: [:])
        var sink = MemorySink(sampling: .all, totalEpochs: 3)
        var trainer = lesson.makeTrainer()
        for epoch in 1...3 { try trainer.runEpoch(epoch, into: &sink) }
        return Recording(header: TraceHeader(lesson: lesson), events: sink.events)
    }

    /// Compares `text` with the golden file `name` in `Tests/ExplainTests/Golden`.
    ///
    /// With `NNSTEP_UPDATE_GOLDEN=1` the file is written instead (and the test fails, so that an
    /// update is never silent): read the new file before keeping it.
    static func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = root.appendingPathComponent("Tests/ExplainTests/Golden/\(name)")
        if ProcessInfo.processInfo.environment["NNSTEP_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("wrote \(name): read it, then run again without NNSTEP_UPDATE_GOLDEN", file: file, line: line)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard text != expected else { return }
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
        XCTFail("""
            \(name) differs at line \(index + 1):
              expected: \(index < want.count ? String(want[index]) : "(end of file)")
              got:      \(index < got.count ? String(got[index]) : "(end of file)")
            (NNSTEP_UPDATE_GOLDEN=1 rewrites the golden file)
            """, file: file, line: line)
    }
}
