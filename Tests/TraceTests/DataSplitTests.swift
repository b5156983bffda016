import XCTest
import Trace

/// `DataSplit` and the shuffle it is built on.
final class DataSplitTests: XCTestCase {
    func testSizes() throws {
        XCTAssertEqual(DataSplit.testCount(examples: 1797, testFraction: 0.2), 360)
        XCTAssertEqual(DataSplit.testCount(examples: 10, testFraction: 0.3), 3, "10 × 0.3 = 3.0000000000000004")
        XCTAssertEqual(DataSplit.testCount(examples: 100, testFraction: 0.07), 7, "100 × 0.07 = 7.000000000000001")
        XCTAssertEqual(DataSplit.testCount(examples: 7, testFraction: 0.5), 4)
        XCTAssertEqual(DataSplit.testCount(examples: 7, testFraction: 0), 0)
        let split = try DataSplit(examples: 10, testFraction: 0.3, seed: 1)
        XCTAssertEqual(split.test.count, 3)
        XCTAssertEqual(split.train.count, 7)
    }

    /// The two parts are sorted, do not overlap and together hold every example once.
    func testPartsCoverTheExamplesOnce() throws {
        for (n, fraction) in [(1797, 0.2), (10, 0.5), (2, 0.5), (5, 0.0), (1, 0.0)] {
            let split = try DataSplit(examples: n, testFraction: fraction, seed: 99)
            XCTAssertEqual(split.train, split.train.sorted())
            XCTAssertEqual(split.test, split.test.sorted())
            XCTAssertEqual((split.train + split.test).sorted(), Array(0..<n))
        }
    }

    func testSameSeedSameSplitDifferentSeedDifferentSplit() throws {
        let a = try DataSplit(examples: 1797, testFraction: 0.2, seed: 42)
        XCTAssertEqual(a, try DataSplit(examples: 1797, testFraction: 0.2, seed: 42))
        XCTAssertNotEqual(a.test, try DataSplit(examples: 1797, testFraction: 0.2, seed: 43).test)
        XCTAssertNotEqual(a.test, Array(0..<360), "the test part is not simply the first examples")
    }

    /// The documented recipe: the first `testCount` of the salted seed's permutation.
    func testRecipe() throws {
        var generator = SplitMix64(seed: 5 ^ DataSplit.salt)
        let order = generator.permutation(of: 20)
        let split = try DataSplit(examples: 20, testFraction: 0.25, seed: 5)
        XCTAssertEqual(split.test, order[..<5].sorted())
        XCTAssertEqual(split.train, order[5...].sorted())
    }

    func testErrors() {
        for fraction in [1, -0.1, 1.5, .nan] {
            XCTAssertThrowsError(try DataSplit(examples: 10, testFraction: fraction, seed: 0)) {
                XCTAssertEqual("\($0)", "\(DatasetError.invalidTestFraction(value: fraction))")
            }
        }
        XCTAssertThrowsError(try DataSplit(examples: 1, testFraction: 0.2, seed: 0)) {
            XCTAssertEqual($0 as? DatasetError, .noTrainingExamples(examples: 1, test: 1))
        }
        XCTAssertThrowsError(try DataSplit(examples: 0, testFraction: 0, seed: 0)) {
            XCTAssertEqual($0 as? DatasetError, .noTrainingExamples(examples: 0, test: 0))
        }
    }

    func testPartsOfADataset() throws {
        let table = try CSVTable.parse((0..<10).map { "\($0),\($0 % 2)" }.joined(separator: "\n"))
        let data = try Dataset(table: table, columns: DatasetColumns(inputs: 1...1, label: 2, targets: .oneHot(classes: 2)))
        let split = try DataSplit(examples: 10, testFraction: 0.2, seed: 3)
        let (train, test) = split.parts(of: data)
        XCTAssertEqual(test.inputs.elements, split.test.map(Double.init))
        XCTAssertEqual(train.lines, split.train.map { $0 + 1 })
        XCTAssertEqual(train.labels, split.train.map { $0 % 2 })
    }

    // MARK: - The shuffle

    /// SplitMix64 seeded with 1234567 first gives 6457827717110365317, 3203168211198807973 and
    /// 9817491932198370423 (SplitMix64Tests). 2⁶⁴ mod 4 = 0 and mod 2 = 0: no draw is refused;
    /// 2⁶⁴ mod 3 = 1 refuses only 0. Shuffling [0, 1, 2, 3]: i = 3, j = …5317 mod 4 = 1 → [0, 3, 2, 1];
    /// i = 2, j = …7973 mod 3 = 1 → [0, 2, 3, 1]; i = 1, j = …0423 mod 2 = 1 → unchanged.
    /// The 10-element order was computed with a separate Python port of SplitMix64 and the
    /// documented loop (not kept).
    func testFisherYatesWorkedByHand() {
        var generator = SplitMix64(seed: 1234567)
        XCTAssertEqual(generator.permutation(of: 4), [0, 2, 3, 1])
        var again = SplitMix64(seed: 1234567)
        XCTAssertEqual(again.permutation(of: 10), [2, 0, 6, 1, 4, 5, 3, 8, 9, 7])
    }

    func testPermutationsArePermutations() {
        var generator = SplitMix64(seed: 8)
        for n in 0...60 {
            XCTAssertEqual(generator.permutation(of: n).sorted(), Array(0..<n))
        }
        var words = ["a", "b", "c", "d"]
        generator.shuffle(&words)
        XCTAssertEqual(words.sorted(), ["a", "b", "c", "d"])
    }

    /// The 6 orders of 3 elements over 60 000 shuffles: χ² with 5 degrees of freedom stays under
    /// 20.5 (p = 0.001) for a fair shuffle.
    func testAllOrdersAreEquallyLikely() {
        var generator = SplitMix64(seed: 2718)
        var counts: [[Int]: Int] = [:]
        let trials = 60_000
        for _ in 0..<trials { counts[generator.permutation(of: 3), default: 0] += 1 }
        XCTAssertEqual(counts.count, 6)
        let expected = Double(trials) / 6
        let chiSquare = counts.values.reduce(0) { $0 + pow(Double($1) - expected, 2) / expected }
        XCTAssertLessThan(chiSquare, 20.5)
    }

    func testBoundedDrawsStayInRange() {
        var generator = SplitMix64(seed: 1)
        XCTAssertTrue((0..<1000).allSatisfy { _ in generator.nextInt(below: 1) == 0 })
        var counts = Array(repeating: 0, count: 7)
        for _ in 0..<70_000 { counts[generator.nextInt(below: 7)] += 1 }
        // χ², 6 degrees of freedom, p = 0.001: 22.46.
        let chiSquare = counts.reduce(0.0) { $0 + pow(Double($1) - 10_000, 2) / 10_000 }
        XCTAssertLessThan(chiSquare, 22.46)
        XCTAssertTrue((0..<1000).allSatisfy { _ in (0..<Int.max).contains(generator.nextInt(below: Int.max)) })
    }
}
