import Foundation
import XCTest

/// The built `nnstep` binary run as a user runs it, for the tests that check exact messages,
/// exit statuses and what signals do.
enum NNStepProcess {
    /// How a run ended.
    struct Result {
        /// The exit status, or the signal number when `signaled`.
        var status: Int32
        /// Whether a signal ended the process (a crash, or a signal sent by the test).
        var signaled: Bool
        var stdout: String
        var stderr: String
    }

    /// `nnstep` in the build folder that holds the test bundle.
    static var binary: URL {
        let bundle = Bundle(for: TestSupportAnchor.self).bundleURL
        let beside = bundle.appendingPathComponent("nnstep")
        return FileManager.default.isExecutableFile(atPath: beside.path)
            ? beside : bundle.deletingLastPathComponent().appendingPathComponent("nnstep")
    }

    /// Runs `nnstep arguments` in `directory`, with `environment` added to the test's, and waits for it.
    static func run(_ arguments: [String], in directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let (process, out, err) = try start(arguments, in: directory, environment: environment)
        return finish(process, out, err)
    }

    /// Starts `nnstep arguments` in `directory` with its output going to files, and returns
    /// at once; ``finish(_:_:_:)`` waits for it.
    static func start(_ arguments: [String], in directory: URL? = nil,
                      environment: [String: String] = [:]) throws -> (Process, URL, URL) {
        let folder = try TestSupport.temporaryFolder()
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Waits for a process from ``start(_:in:)`` and reads what it wrote.
    static func finish(_ process: Process, _ out: URL, _ err: URL) -> Result {
        process.waitUntilExit()
        let read = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        return Result(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                      stdout: read(out), stderr: read(err))
    }

    /// Writes `text` to `name` in a new temporary folder and returns the file.
    static func file(_ text: String, named name: String) throws -> URL {
        let url = try TestSupport.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// `Lessons/xor.json` with `change` applied to its text; fails the test if `change` did nothing.
    static func xorLesson(named name: String, _ change: (String) -> String,
                          file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let original = try String(contentsOf: TestSupport.root.appendingPathComponent("Lessons/xor.json"), encoding: .utf8)
        let changed = change(original)
        XCTAssertNotEqual(changed, original, "the change must apply to Lessons/xor.json", file: file, line: line)
        return try self.file(changed, named: name)
    }
}

/// A class of this test bundle, to find the bundle.
private final class TestSupportAnchor: NSObject {}
