@preconcurrency import Glibc
import Foundation
import Synchronization

/// Work that ``ParallelCrew`` can share among the cores: `chunks` pieces that may run in any
/// order, on any thread, at the same time.
protocol ParallelJob: Sendable {
    var chunks: Int { get }
    func compute(chunk: Int)
}

/// The helper threads that share the chunks of a large job (a matrix product, Adam's update of
/// a large matrix) with the thread that asked for it: one helper per extra core, started on the
/// first large job.
///
/// A helper keeps polling for work for ``pollingWindow`` after its last chunk, then sleeps until
/// the next job; polling is a busy loop, without system calls. That is the point of the
/// crew. A training loop asks for a large product every millisecond or so, and a thread that has
/// slept or yielded can take longer than that to be back on a free core. Measured on the
/// project's 2-core virtual machine, whose kernel packs threads that sleep or yield onto one
/// core: `DispatchQueue.concurrentPerform`'s worker, or a helper polling with `sched_yield`,
/// usually shared the caller's core, and products ran at one core's speed or slower. Numpy's
/// BLAS threads poll the same way.
///
/// One job at a time uses the crew; a thread that asks while it is busy does its job alone. The
/// caller always takes chunks too, and returns only when every chunk is done.
final class ParallelCrew: @unchecked Sendable {
    static let shared = ParallelCrew(helpers: cores - 1)

    /// The cores the work may be shared among, read once.
    static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// How long an idle helper keeps polling before it sleeps: 2 ms.
    static let pollingWindow: UInt64 = 2_000_000

    private let helpers: Int
    // All below is guarded by `mutex`.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// Signalled when a job arrives and a helper sleeps.
    private let arrived: UnsafeMutablePointer<pthread_cond_t>
    /// Signalled when a helper finishes a job's last chunk and the caller sleeps.
    private let finished: UnsafeMutablePointer<pthread_cond_t>
    private var job: (any ParallelJob)?
    private var nextChunk = 0
    private var doneChunks = 0
    private var sleepingHelpers = 0
    private var callerSleeps = false
    /// Whether a job has chunks nobody has taken yet: a hint, read without the mutex, so that
    /// an idle helper's polling does not keep taking the mutex the caller needs (the caller then
    /// slept in the kernel on every other product). The mutex still decides.
    private let chunksAreWaiting = Atomic<Bool>(false)
    /// Whether every chunk of the job is done: what the caller polls, likewise without the mutex.
    private let allChunksDone = Atomic<Bool>(false)

    private init(helpers: Int) {
        self.helpers = max(0, helpers)
        mutex = .allocate(capacity: 1)
        arrived = .allocate(capacity: 1)
        finished = .allocate(capacity: 1)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ADAPTIVE_NP))
        pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
        pthread_cond_init(arrived, nil)
        pthread_cond_init(finished, nil)
        for _ in 0..<self.helpers {
            Thread.detachNewThread { [self] in helperLoop() }
        }
    }

    /// Computes every chunk of `job`, sharing them with the helpers when they are free; returns
    /// when all are done.
    func run(_ job: some ParallelJob) {
        pthread_mutex_lock(mutex)
        guard helpers > 0, self.job == nil else {
            pthread_mutex_unlock(mutex)
            for chunk in 0..<job.chunks { job.compute(chunk: chunk) }
            return
        }
        self.job = job
        nextChunk = 0
        doneChunks = 0
        allChunksDone.store(false, ordering: .relaxed)
        chunksAreWaiting.store(true, ordering: .releasing)
        if sleepingHelpers > 0 { pthread_cond_broadcast(arrived) }
        while nextChunk < job.chunks {
            let chunk = nextChunk
            nextChunk += 1
            if nextChunk == job.chunks { chunksAreWaiting.store(false, ordering: .relaxed) }
            pthread_mutex_unlock(mutex)
            job.compute(chunk: chunk)
            pthread_mutex_lock(mutex)
            doneChunks += 1
        }
        // The helpers' last chunks: poll (they are usually nearly done), sleep after a while.
        // Yielding, not spinning: should a helper share this core, it gets it at once.
        if doneChunks < job.chunks {
            pthread_mutex_unlock(mutex)
            let start = DispatchTime.now().uptimeNanoseconds
            while !allChunksDone.load(ordering: .acquiring) {
                if DispatchTime.now().uptimeNanoseconds - start < Self.pollingWindow {
                    sched_yield()
                } else {
                    pthread_mutex_lock(mutex)
                    if doneChunks < job.chunks {
                        callerSleeps = true
                        pthread_cond_wait(finished, mutex)
                        callerSleeps = false
                    }
                    pthread_mutex_unlock(mutex)
                }
            }
            pthread_mutex_lock(mutex)
        }
        self.job = nil
        pthread_mutex_unlock(mutex)
    }

    /// Runs `first` and `second` at the same time, the second on a helper when one is free
    /// (else one after the other, on this thread), and returns when both are done. Work they ask
    /// the crew for meanwhile runs on the thread that asks.
    ///
    /// Both are done before this returns, but a helper may release its copy of them a moment
    /// later: hence `@escaping` (they should capture values, not the caller's variables).
    func both(_ first: @escaping () -> Void, _ second: @escaping () -> Void) {
        run(Pair(first: first, second: second))
    }

    /// Two pieces of work as a job of two chunks.
    private struct Pair: ParallelJob, @unchecked Sendable {
        let first: () -> Void
        let second: () -> Void
        var chunks: Int { 2 }
        func compute(chunk: Int) { if chunk == 0 { first() } else { second() } }
    }

    /// A helper's life: take chunks while there are any, poll for ``pollingWindow``, sleep.
    private func helperLoop() {
        var idleSince = DispatchTime.now().uptimeNanoseconds
        while true {
            let idle = DispatchTime.now().uptimeNanoseconds - idleSince >= Self.pollingWindow
            guard chunksAreWaiting.load(ordering: .acquiring) || idle, pthread_mutex_trylock(mutex) == 0 else {
                Self.relax()
                continue
            }
            if let job, nextChunk < job.chunks {
                let chunk = nextChunk
                nextChunk += 1
                if nextChunk == job.chunks { chunksAreWaiting.store(false, ordering: .relaxed) }
                pthread_mutex_unlock(mutex)
                job.compute(chunk: chunk)
                pthread_mutex_lock(mutex)
                doneChunks += 1
                if doneChunks == job.chunks {
                    allChunksDone.store(true, ordering: .releasing)
                    if callerSleeps { pthread_cond_signal(finished) }
                }
                pthread_mutex_unlock(mutex)
                idleSince = DispatchTime.now().uptimeNanoseconds
            } else if !idle {
                pthread_mutex_unlock(mutex)
                Self.relax()
            } else {
                sleepingHelpers += 1
                pthread_cond_wait(arrived, mutex)
                sleepingHelpers -= 1
                pthread_mutex_unlock(mutex)
                idleSince = DispatchTime.now().uptimeNanoseconds
            }
        }
    }

    /// A short busy wait between two looks at the crew's state (well under a microsecond).
    @inline(never)
    private static func relax() {
        var x = 1
        for _ in 0..<64 { x = x &* 0x9E37_79B9 &+ 1 }
        if x == 0 { print("", terminator: "") }
    }
}
