import XCTest
import Trace

/// `BatchOrder`: batch ranges and the per-epoch shuffles.
final class BatchOrderTests: XCTestCase {
    func testBatchRangesWithASmallerLastBatch() {
        let order = BatchOrder(examples: 10, batchSize: 4, seed: 0)
        XCTAssertEqual(order.batchCount, 3)
        XCTAssertEqual(order.batchRanges, [0..<4, 4..<8, 8..<10])
        XCTAssertEqual(BatchOrder(examples: 8, batchSize: 4, seed: 0).batchRanges, [0..<4, 4..<8])
        XCTAssertEqual(BatchOrder(examples: 3, batchSize: 10, seed: 0).batchRanges, [0..<3], "the full batch")
        XCTAssertEqual(BatchOrder(examples: 3, batchSize: 1, seed: 0).batchRanges, [0..<1, 1..<2, 2..<3])
        XCTAssertEqual(BatchOrder(examples: 1437, batchSize: 32, seed: 0).batchCount, 45, "44 of 32 and one of 29")
    }

    func testEachEpochIsAPermutation() {
        let order = BatchOrder(examples: 1437, batchSize: 32, seed: 7)
        for epoch in [1, 2, 3, 500, 5000] {
            XCTAssertEqual(order.order(epoch: epoch).sorted(), Array(0..<1437))
        }
    }

    func testDeterministicPerEpoch() {
        let a = BatchOrder(examples: 100, batchSize: 10, seed: 42)
        let b = BatchOrder(examples: 100, batchSize: 10, seed: 42)
        XCTAssertEqual(a.order(epoch: 3), b.order(epoch: 3))
        XCTAssertEqual(a.order(epoch: 3), a.order(epoch: 3), "asking again gives the same order")
        XCTAssertNotEqual(a.order(epoch: 1), a.order(epoch: 2))
        XCTAssertNotEqual(a.order(epoch: 1), BatchOrder(examples: 100, batchSize: 10, seed: 43).order(epoch: 1))
        XCTAssertNotEqual(a.order(epoch: 1), Array(0..<100))
    }

    /// The documented recipe, drawn the slow way: the master generator advanced epoch after epoch
    /// gives the same orders as the direct jump to epoch e.
    func testJumpingToAnEpochEqualsDrawingInSequence() {
        let order = BatchOrder(examples: 50, batchSize: 8, seed: 2024)
        var master = SplitMix64(seed: 2024 ^ BatchOrder.salt)
        for epoch in 1...20 {
            var generator = SplitMix64(seed: master.next())
            XCTAssertEqual(order.order(epoch: epoch), generator.permutation(of: 50), "epoch \(epoch)")
        }
    }

    /// Consecutive epochs are not shifted copies of each other (what seeding with `seed + e` would
    /// risk): they share about as many positions as two random orders, 1 on average.
    func testConsecutiveEpochsAreUnrelated() {
        let order = BatchOrder(examples: 1000, batchSize: 10, seed: 1)
        var shared = 0
        for epoch in 1...50 {
            shared += zip(order.order(epoch: epoch), order.order(epoch: epoch + 1)).filter { $0 == $1 }.count
        }
        XCTAssertLessThan(shared, 150, "about 50 expected")
    }

    func testWithoutShufflingTheDataOrderIsKept() {
        let order = BatchOrder(examples: 5, batchSize: 2, seed: 9, shuffles: false)
        XCTAssertEqual(order.order(epoch: 7), [0, 1, 2, 3, 4])
        XCTAssertEqual(order.batches(epoch: 1), [[0, 1], [2, 3], [4]])
    }

    func testBatchesFollowTheEpochsOrder() {
        let order = BatchOrder(examples: 10, batchSize: 4, seed: 3)
        let batches = order.batches(epoch: 2)
        XCTAssertEqual(batches.map(\.count), [4, 4, 2])
        XCTAssertEqual(batches.flatMap { $0 }, order.order(epoch: 2))
    }
}
