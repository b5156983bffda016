/// The plan of a batch of a given size and where the values of its steps live, allocated once and
/// reused every batch of that size: the hot loop then allocates nothing (a recorded event gets
/// its own copy of the values, so recorded values never change).
struct BatchBuffers: Sendable {
    /// Examples per batch.
    let rows: Int
    /// The steps shown.
    let plan: EpochPlan
    /// What each step computes, in the order of `plan.steps`.
    let actions: [PlanAction]
    /// Number of slots: the values of the batch (see ``PlanBuilder``).
    let slotCount: Int
    /// Where every matrix the steps read or write lives in the trainer's storage: the slots,
    /// then the regions `parameters` given at creation (`W_l`, `b_l`, `ΔW_l`, `Δb_l`).
    let regions: [StorageRegion]

    /// Buffers for batches of `rows` examples of `spec` trained with `settings`, their slots taken
    /// from the end of `storage`.
    init(spec: NetworkSpec, settings: TrainingSettings, rows: Int, parameters: [StorageRegion],
         storage: inout StorageLayout) {
        var builder = PlanBuilder(spec: spec, settings: settings, rows: rows)
        builder.build()
        self.rows = rows
        self.plan = EpochPlan(steps: builder.steps, lossIndex: builder.lossIndex)
        self.actions = builder.actions
        self.slotCount = builder.slotShapes.count
        self.regions = builder.slotShapes.map { storage.add(rows: $0.rows, columns: $0.columns) } + parameters
    }
}

/// Where a matrix lives in the trainer's one array of numbers, and its shape.
struct StorageRegion: Sendable {
    /// Index of its first element.
    let offset: Int
    let rows: Int
    let columns: Int

    /// The matrix, given the address of the array's first element.
    @inline(__always)
    func view(in numbers: UnsafeMutablePointer<Double>) -> UnsafeMatrix {
        UnsafeMatrix(numbers + offset, rows: rows, columns: columns)
    }
}

/// Hands out consecutive regions of one array of numbers.
struct StorageLayout {
    /// Numbers handed out so far: the size the array needs.
    private(set) var count = 0

    /// The next `rows × columns` numbers.
    mutating func add(rows: Int, columns: Int) -> StorageRegion {
        defer { count += rows * columns }
        return StorageRegion(offset: count, rows: rows, columns: columns)
    }

    /// A region for each of `shapes`, in order.
    mutating func add(_ matrices: [Matrix]) -> [StorageRegion] {
        matrices.map { add(rows: $0.rows, columns: $0.columns) }
    }
}
