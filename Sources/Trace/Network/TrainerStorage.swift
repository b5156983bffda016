/// Where a matrix lives in the trainer's storage, and its shape.
struct StorageRegion: Sendable {
    /// Index of its first element.
    let offset: Int
    let rows: Int
    let columns: Int

    /// The matrix, given the address of the storage's first number.
    @inline(__always)
    func view(in numbers: UnsafeMutablePointer<Double>) -> UnsafeMatrix {
        UnsafeMatrix(numbers + offset, rows: rows, columns: columns)
    }
}

/// Hands out consecutive regions of the trainer's storage.
struct StorageLayout {
    /// Numbers handed out so far: the size the storage needs.
    private(set) var count = 0

    /// The next `rows × columns` numbers.
    mutating func add(rows: Int, columns: Int) -> StorageRegion {
        defer { count += rows * columns }
        return StorageRegion(offset: count, rows: rows, columns: columns)
    }

    /// A region for each of `matrices`, in order.
    mutating func add(_ matrices: [Matrix]) -> [StorageRegion] {
        matrices.map { add(rows: $0.rows, columns: $0.columns) }
    }
}

/// Every number the trainer works on, in one block of memory: `W_l`, `b_l`, `ΔW_l`, `Δb_l` of
/// every layer and the values of each batch size's steps (laid out by ``StorageLayout``), with
/// the views of each batch size's steps, made once.
///
/// A class so that the training loop reaches its numbers through plain pointers: an array's
/// `withUnsafeMutableBufferPointer` would wrap the loop in closures, which keep its variables in
/// memory, and a matrix per value would be retained and released at every step. The trainer
/// copies the storage before writing to it when another trainer shares it, so trainers stay
/// values (copy on write, as arrays do).
///
/// `@unchecked Sendable` on the same grounds as an array's buffer: the numbers are written only
/// through the one reference to them (`isKnownUniquelyReferenced`), and shared copies only read.
final class TrainerStorage: @unchecked Sendable {
    /// The numbers, zero at first.
    let numbers: UnsafeMutableBufferPointer<Double>
    /// The views of every batch size's regions, from each one's ``BatchBuffers/firstView``.
    let views: UnsafeMutableBufferPointer<UnsafeMatrix>
    private let buffers: [BatchBuffers]

    /// Zeroed storage of `count` numbers for the regions of `buffers`.
    init(count: Int, buffers: [BatchBuffers]) {
        numbers = .allocate(capacity: max(1, count))
        numbers.initialize(repeating: 0)
        views = .allocate(capacity: max(1, buffers.reduce(0) { $0 + $1.regions.count }))
        self.buffers = buffers
        for batch in buffers { batch.makeViews(in: numbers.baseAddress!, into: views.baseAddress! + batch.firstView) }
    }

    deinit {
        numbers.deallocate()
        views.deallocate()
    }

    /// A storage with the same numbers, for a trainer about to change them.
    func copy() -> TrainerStorage {
        let copy = TrainerStorage(count: numbers.count, buffers: buffers)
        copy.numbers.baseAddress!.update(from: numbers.baseAddress!, count: numbers.count)
        return copy
    }

    /// A copy of the matrix at `region`.
    func matrix(at region: StorageRegion) -> Matrix {
        region.view(in: numbers.baseAddress!).copied()
    }

    /// Copies `matrix` into `region`.
    func place(_ matrix: Matrix, at region: StorageRegion) {
        matrix.withUnsafeMatrix { region.view(in: numbers.baseAddress!).copy(from: $0) }
    }
}
