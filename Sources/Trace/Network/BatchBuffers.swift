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
    /// Where the views of ``regions`` start among ``TrainerStorage/views``.
    let firstView: Int

    /// Buffers for batches of `rows` examples of `spec` trained with `settings`, their slots taken
    /// from the end of `storage`, their views from `firstView` on.
    init(spec: NetworkSpec, settings: TrainingSettings, rows: Int, parameters: [StorageRegion],
         storage: inout StorageLayout, firstView: Int) {
        var builder = PlanBuilder(spec: spec, settings: settings, rows: rows)
        builder.build()
        self.rows = rows
        self.plan = EpochPlan(steps: builder.steps, lossIndex: builder.lossIndex)
        self.actions = builder.actions
        self.slotCount = builder.slotShapes.count
        self.regions = builder.slotShapes.map { storage.add(rows: $0.rows, columns: $0.columns) } + parameters
        self.firstView = firstView
    }

    /// The view of every region, into `numbers`. A step whose result is its input's numbers
    /// (flatten, the perceptron's delta) gets its input's view: the backward pass reads the same
    /// numbers there, and nothing is copied.
    func makeViews(in numbers: UnsafeMutablePointer<Double>, into views: UnsafeMutablePointer<UnsafeMatrix>) {
        for (index, region) in regions.enumerated() { (views + index).initialize(to: region.view(in: numbers)) }
        for action in actions {
            switch action {
            case .flatten(let input, let result):
                views[result] = UnsafeMatrix(views[input].elements.baseAddress, rows: views[result].rows,
                                             columns: views[result].columns)
            case .perceptronDelta(let error, let result):
                views[result] = views[error]
            default:
                break
            }
        }
    }
}
