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
    /// (`tmux new-session`) would keep a pipe open and the read would never end. The child is
    /// started with `posix_spawn` and reaped with `waitpid` directly: Foundation's `Process`
    /// occasionally missed the exit of a very short-lived tmux client and waited forever.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("nnstep-tool-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Like a shell: default signal handlers and no blocked signals, whatever the test
        // process has set (a tmux server started from here passes them on to nnstep).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}
