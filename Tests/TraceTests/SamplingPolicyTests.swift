import XCTest
import Trace

/// Which epochs a `SamplingPolicy` keeps in full.
final class SamplingPolicyTests: XCTestCase {
    private func kept(_ policy: SamplingPolicy, of total: Int) -> [Int] {
        (1...total).filter { policy.keeps(epoch: $0, of: total) }
    }

    func testDefaultKeepsTheFirstThreeEveryFiveHundredthAndTheLast() {
        XCTAssertEqual(SamplingPolicy.default, SamplingPolicy(first: 3, every: 500, last: true))
        XCTAssertEqual(kept(.default, of: 1200), [1, 2, 3, 500, 1000, 1200])
        XCTAssertEqual(kept(.default, of: 2), [1, 2])
    }

    func testDefaultOverTheXORLessonsFiveThousandEpochs() {
        // 1, 2, 3 (first three) + 500, 1000, …, 5000 (ten multiples of 500; 5000 is also the last):
        // 3 + 10 = 13 epochs kept in full, 5000 − 13 = 4987 with their loss only.
        let full = kept(.default, of: 5000)
        XCTAssertEqual(full, [1, 2, 3, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000])
        XCTAssertEqual(full.count, 13)
        XCTAssertEqual(5000 - full.count, 4987)
    }

    func testAllKeepsEveryEpoch() {
        XCTAssertEqual(kept(.all, of: 7), Array(1...7))
    }

    func testEveryZeroKeepsNoMultiples() {
        XCTAssertEqual(kept(SamplingPolicy(first: 0, every: 0, last: false), of: 50), [])
        XCTAssertEqual(kept(SamplingPolicy(first: 0, every: 0, last: true), of: 50), [50])
        XCTAssertEqual(kept(SamplingPolicy(first: 2, every: 0, last: false), of: 50), [1, 2])
    }

    func testFirstEveryAndLastCombine() {
        // first 2: 1, 2; every 4: 4, 8; last: 10.
        XCTAssertEqual(kept(SamplingPolicy(first: 2, every: 4, last: true), of: 10), [1, 2, 4, 8, 10])
        XCTAssertEqual(kept(SamplingPolicy(first: 2, every: 4, last: false), of: 10), [1, 2, 4, 8])
    }

    func testSinksAskThePolicyWithTheirTotal() {
        let sink = MemorySink(sampling: .default, totalEpochs: 1200)
        XCTAssertTrue(sink.recordsLoss)
        XCTAssertTrue(sink.recordsAllSteps(ofEpoch: 1200))
        XCTAssertFalse(sink.recordsAllSteps(ofEpoch: 1199))
        XCTAssertFalse(DiscardingSink().recordsLoss)
        XCTAssertFalse(DiscardingSink().recordsAllSteps(ofEpoch: 1))
    }

    func testADiscardingSinkTrainsTheSameParameters() throws {
        let lesson = try TraceRecording.xorLesson()
        var a = lesson.makeTrainer(), b = lesson.makeTrainer()
        var discard = DiscardingSink()
        var memory = MemorySink(sampling: .default, totalEpochs: 50)
        for epoch in 1...50 {
            let lossA = try a.runEpoch(epoch, into: &discard)
            let lossB = try b.runEpoch(epoch, into: &memory)
            XCTAssertEqual(lossA, lossB)
        }
        XCTAssertEqual(a.parameters, b.parameters)
        XCTAssertEqual(a.nextSequence, 0, "nothing recorded, nothing numbered")
        // 3 full epochs (first 3) + the last (50) = 4 × 23, and 46 loss-only epochs.
        XCTAssertEqual(memory.events.count, 4 * 23 + 46)
        XCTAssertEqual(b.nextSequence, memory.events.count)
    }
}
