/// The plan of a batch of a given size and the matrices its steps fill, allocated once and
/// reused every batch of that size: the hot loop then allocates nothing (a recorded event only
/// shares a buffer; the next write copies it first, so recorded values never change).
struct BatchBuffers: Sendable {
    /// Examples per batch.
    let rows: Int
    /// The steps shown.
    let plan: EpochPlan
    /// What each step computes, in the order of `plan.steps`.
    let actions: [PlanAction]
    /// Every value of the batch, by slot (see ``PlanBuilder``).
    var slots: [Matrix]

    /// Buffers for batches of `rows` examples of `spec` trained with `settings`.
    init(spec: NetworkSpec, settings: TrainingSettings, rows: Int) {
        var builder = PlanBuilder(spec: spec, settings: settings, rows: rows)
        builder.build()
        self.rows = rows
        self.plan = EpochPlan(steps: builder.steps, lossIndex: builder.lossIndex)
        self.actions = builder.actions
        self.slots = builder.slotShapes.map { Matrix(rows: $0.rows, columns: $0.columns) }
    }
}
