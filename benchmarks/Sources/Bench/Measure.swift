import Foundation

/// Timing and memory readings for the benchmarks.
enum Measure {
    /// The median wall-clock time of `runs` calls of `body`, in seconds, after one warm-up call.
    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[times.count / 2]
    }

    /// Runs `executable` with `arguments` to the end and returns its peak resident memory in
    /// bytes and its exit status (see ``child(_:_:)``: that run's own peak).
    static func peakMemory(of executable: String, _ arguments: [String]) throws -> (bytes: Int, status: Int32) {
        let run = try child(executable, arguments)
        return (run.peakBytes, run.status)
    }

    /// The median time printed by a numpy reference script (its first word), or `nil` with the
    /// reason when python3 or numpy is missing.
    static func reference(_ script: String, _ arguments: [String]) -> Result<Double, ReferenceUnavailable> {
        referenceWords(script, arguments).map { Double($0[0])! }
    }

    /// The words of the line printed by a numpy reference script, the first a time in seconds,
    /// or the reason when python3 or numpy is missing.
    static func referenceWords(_ script: String, _ arguments: [String]) -> Result<[String], ReferenceUnavailable> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(ReferenceUnavailable(reason: "python3 not found")) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard process.terminationStatus == 0, let first = words.first, Double(first) != nil else {
            return .failure(ReferenceUnavailable(reason: "numpy is missing (pip install numpy)"))
        }
        return .success(words)
    }

    /// The largest resident memory this process has had so far, in bytes.
    static var peakMemoryOfThisProcess: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// Why a reference time could not be measured.
    struct ReferenceUnavailable: Error {
        let reason: String
    }
}
