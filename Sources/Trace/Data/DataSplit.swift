/// A seeded, repeatable division of a data set's examples into a training part and a test part.
///
/// The test part has `⌈examples × testFraction⌉` examples (as scikit-learn's `train_test_split`
/// counts them; a product that should be whole is taken as whole, so 100 × 0.07 gives 7) and the
/// training part the rest. Which ones: the first of a random order of all the examples,
///
///     order = SplitMix64(seed: seed ^ DataSplit.salt).permutation(of: examples)
///     test  = order[0 ..< testCount], train = order[testCount...], each sorted
///
/// (see ``SplitMix64/permutation(of:)``). Both parts keep the order of the file, so example `i`
/// of a part is easy to find in it. The `salt` keeps the split's random numbers apart from those
/// of the initial weights when a lesson uses one seed for both. Same seed, same split, on every
/// machine.
public struct DataSplit: Equatable, Sendable {
    /// The examples to train on, indices from 0 in ascending order.
    public let train: [Int]
    /// The examples set aside to test on, indices from 0 in ascending order.
    public let test: [Int]

    /// `0x73706C6974746573`, the ASCII of "splittes", mixed into the seed.
    public static let salt: UInt64 = 0x7370_6C69_7474_6573

    /// Splits `examples` examples, setting aside `testFraction` of them (in `0 ..< 1`; 0 sets none
    /// aside).
    ///
    /// - Throws: ``DatasetError/invalidTestFraction(value:)``, or
    ///   ``DatasetError/noTrainingExamples(examples:test:)`` when nothing is left to train on.
    public init(examples: Int, testFraction: Double, seed: UInt64) throws(DatasetError) {
        precondition(examples >= 0, "a data set cannot have a negative number of examples")
        guard testFraction >= 0 && testFraction < 1 else { throw .invalidTestFraction(value: testFraction) }
        let testCount = Self.testCount(examples: examples, testFraction: testFraction)
        guard testCount < examples else { throw .noTrainingExamples(examples: examples, test: testCount) }
        var generator = SplitMix64(seed: seed ^ Self.salt)
        let order = generator.permutation(of: examples)
        test = order[..<testCount].sorted()
        train = order[testCount...].sorted()
    }

    /// The size of the test part: `⌈examples × testFraction⌉`, where a product within 10⁻⁹ of a
    /// whole number counts as that number (so rounding in `0.07 × 100 = 7.000000000000001` does
    /// not add an example).
    public static func testCount(examples: Int, testFraction: Double) -> Int {
        let product = Double(examples) * testFraction
        let nearest = product.rounded()
        return Int(abs(product - nearest) <= 1e-9 * max(1, product) ? nearest : product.rounded(.up))
    }

    /// The training and the test parts of `dataset`, which must have the examples this split was
    /// made for.
    public func parts(of dataset: Dataset) -> (train: Dataset, test: Dataset) {
        precondition(dataset.count == train.count + test.count, "this split is for \(train.count + test.count) examples, not \(dataset.count)")
        return (dataset.examples(train), dataset.examples(test))
    }
}
