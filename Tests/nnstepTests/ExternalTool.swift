import Foundation
import XCTest

/// Outside programs some tests drive (tmux), and the rule for when they are missing: the test
/// is skipped with a message, unless `NNSTEP_REQUIRE_TOOLS=1` (set by `.ci/run`) turns the skip
/// into a failure so that CI really runs it.
enum ExternalTool {
    /// The full path of `name` on `PATH`, or a skip (or a failure under `NNSTEP_REQUIRE_TOOLS`);
    /// `package` is the Debian package that installs it, when its name differs.
    static func require(_ name: String, package: String? = nil, file: StaticString = #filePath,
                        line: UInt = #line) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let message = "\(name) is not installed: install it (apt-get install \(package ?? name)) to run this test"
        if ProcessInfo.processInfo.environment["NNSTEP_REQUIRE_TOOLS"] == "1" {
            XCTFail(message + " — NNSTEP_REQUIRE_TOOLS=1 makes a missing tool a failure", file: file, line: line)
            throw XCTSkip(message)
        }
        throw XCTSkip(message)
    }

    /// Runs `executable` with `arguments` and returns its standard output.
    ///
    /// Output goes through a temporary file, not a pipe: a program that leaves a daemon behind
    /// (`tmux new-session`) would keep a pipe open and the read would never end.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-tool-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputPath.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputPath) }
        let output = try FileHandle(forWritingTo: outputPath)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        return try String(contentsOf: outputPath, encoding: .utf8)
    }
}
