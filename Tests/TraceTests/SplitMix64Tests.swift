import XCTest
import Trace

/// SplitMix64 against the reference C implementation's published outputs.
final class SplitMix64Tests: XCTestCase {
    /// The first outputs of Vigna's reference `splitmix64.c` seeded with 1234567 (the test
    /// vectors other ports, e.g. Rust's `rand_xoshiro`, check against). They were also
    /// reproduced with a throwaway Python port of the five lines of `next()` (64-bit wrapping
    /// arithmetic), not kept.
    func testPublishedVectorsForSeed1234567() {
        var generator = SplitMix64(seed: 1234567)
        let expected: [UInt64] = [
            6457827717110365317, 3203168211198807973, 9817491932198370423,
            4593380528125082431, 16408922859458223821,
        ]
        XCTAssertEqual((0..<5).map { _ in generator.next() }, expected)
    }

    /// Seed 0 gives 0xE220A8397B1DCDAF first: `state = 0x9E3779B97F4A7C15`, the golden gamma.
    func testFirstOutputForSeedZero() {
        var generator = SplitMix64(seed: 0)
        XCTAssertEqual(generator.next(), 0xE220_A839_7B1D_CDAF)
    }

    /// `nextUnit` is the top 53 bits over 2⁵³: 6457827717110365317 >> 11 = 3153236189995295,
    /// and 3153236189995295 / 9007199254740992 ≈ 0.3500795420214081 (exact: a power-of-two division).
    func testNextUnitIsTheTop53BitsOverTwoToThe53() {
        var generator = SplitMix64(seed: 1234567)
        XCTAssertEqual(generator.nextUnit(), 3153236189995295.0 / 9007199254740992.0)
        // Second output 3203168211198807973 >> 11 = 1564046978124417.
        XCTAssertEqual(generator.nextUnit(), 1564046978124417.0 / 9007199254740992.0)
        XCTAssertEqual(3153236189995295.0 / 9007199254740992.0, 0.3500795420214081)
    }

    func testNextUnitStaysInTheHalfOpenUnitInterval() {
        var generator = SplitMix64(seed: 99)
        var sum = 0.0
        let count = 100_000
        for _ in 0..<count {
            let u = generator.nextUnit()
            XCTAssertTrue(u >= 0 && u < 1, "\(u) outside [0, 1)")
            sum += u
        }
        // Uniform mean 0.5 with standard error √(1/12)/√100000 ≈ 0.0009: 0.01 is over 10 σ.
        XCTAssertEqual(sum / Double(count), 0.5, accuracy: 0.01)
    }

    func testNextUniformMapsTheUnitDrawLinearly() {
        var a = SplitMix64(seed: 5), b = SplitMix64(seed: 5)
        for _ in 0..<1000 {
            let x = a.nextUniform(in: -1, 1)
            XCTAssertEqual(x, -1 + 2 * b.nextUnit())
            XCTAssertTrue(x >= -1 && x < 1)
        }
    }

    func testSameSeedSameSequenceAndCopiesContinueAlike() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        let first = (0..<100).map { _ in a.next() }
        XCTAssertEqual(first, (0..<100).map { _ in b.next() })
        var copy = a
        XCTAssertEqual((0..<10).map { _ in a.next() }, (0..<10).map { _ in copy.next() })
    }

    func testDifferentSeedsDiffer() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 43)
        XCTAssertNotEqual((0..<4).map { _ in a.next() }, (0..<4).map { _ in b.next() })
    }
}
