import Foundation

extension Measure {
    /// How one run of a program went: its wall-clock time, its own peak resident memory, and its
    /// exit status.
    struct ChildRun {
        let seconds: Double
        let peakBytes: Int
        let status: Int32
    }

    /// Runs `executable` with `arguments` (output discarded) and measures that run alone: the
    /// peak is the child's own `ru_maxrss`, from `wait4(2)`, whatever other children ran before.
    ///
    /// Linux starts a child's `ru_maxrss` from the largest this process has ever been (the
    /// high-water mark is carried across `fork` and `exec`), so run it while this process is small.
    static func child(_ executable: String, _ arguments: [String]) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(spawned),
                          userInfo: [NSLocalizedDescriptionKey: "cannot run \(executable): \(String(cString: strerror(spawned)))"])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // WIFEXITED / WEXITSTATUS; a signal shows as 128 + its number, as a shell shows it.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F
        return ChildRun(seconds: seconds, peakBytes: usage.ru_maxrss * 1024, status: code)
    }
}
