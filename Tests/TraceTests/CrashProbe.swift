import XCTest
import Foundation

/// Runs one test method of this test bundle in a child process, so that a test of code that
/// may trap reports a failure instead of ending the whole test run.
///
/// The child is the same test executable, given the test's name as `swift test` gives it
/// (`TraceTests.Class/method`) and ``variable`` in its environment; the probe method runs its
/// body only then, and is skipped otherwise.
enum CrashProbe {
    /// Set in the child's environment.
    static let variable = "NNSTEP_TRACE_TESTS_CRASH_PROBE"

    /// Whether this process is a child started by ``run(_:)``.
    static var isChild: Bool { ProcessInfo.processInfo.environment[variable] == "1" }

    /// How the child ended.
    struct Outcome {
        var reason: Process.TerminationReason
        var status: Int32
        var output: String

        /// A short account for failure messages: the fatal error and the frames in this
        /// package's sources, or else the end of the child's output.
        var summary: String {
            let how = reason == .exit ? "exited with status \(status)" : "was killed by signal \(status)"
            let lines = output.split(separator: "\n")
            let telling = lines.filter { $0.contains("Fatal error") || $0.contains("/Sources/") || $0.contains("error:") }
            let excerpt = telling.isEmpty ? String(output.suffix(1500)) : telling.prefix(8).joined(separator: "\n")
            return "the child \(how):\n" + excerpt
        }
    }

    /// Runs `TraceTests.<test>` (e.g. `HeaderSeedProbe/testProbe`) in a child process, with
    /// `extra` added to its environment.
    static func run(_ test: String, environment extra: [String: String] = [:]) throws -> Outcome {
        #if os(Linux)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["TraceTests." + test]
        var environment = ProcessInfo.processInfo.environment
        environment[variable] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(reason: process.terminationReason, status: process.terminationStatus,
                       output: String(decoding: data, as: UTF8.self))
        #else
        throw XCTSkip("the crash probe runs the Linux test executable directly")
        #endif
    }
}
