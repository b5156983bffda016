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
    /// For a dense layer's `backDense` step (`Error = δ_l·W_lᵀ`): the input slot of the layer's
    /// weight gradient `A_{l−1}ᵀ·δ_l`, which is then computed there, at the same time on another
    /// core — the two products need the same δ and nothing else of each other. `nil` for the
    /// other steps, and when the products are too small to gain.
    let weightGradientBesideBackDense: [Int?]
    /// Whether a `weightChange` step finds its gradient computed already (see above).
    let weightGradientIsComputedEarly: [Bool]

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
        (weightGradientBesideBackDense, weightGradientIsComputedEarly) =
            Self.pairWeightGradients(builder.actions, shapes: builder.slotShapes, rows: rows)
    }

    /// Pairs each dense layer's `backDense` step with its `weightChange` step when their products
    /// (`rows × units × inputs` multiply-adds each) are worth sharing between two cores.
    private static func pairWeightGradients(_ actions: [PlanAction], shapes: [Shape], rows: Int)
        -> (beside: [Int?], early: [Bool]) {
        var beside = [Int?](repeating: nil, count: actions.count)
        var early = [Bool](repeating: false, count: actions.count)
        guard ParallelCrew.cores > 1 else { return (beside, early) }
        for (step, action) in actions.enumerated() {
            guard case .backDense(let layer, let delta, let result) = action,
                  rows * shapes[delta].columns * shapes[result].columns >= MatrixProduct.smallWork,
                  let change = actions.firstIndex(where: {
                      if case .weightChange(layer, _, _, delta) = $0 { return true } else { return false }
                  }),
                  case .weightChange(_, _, let input, _) = actions[change] else { continue }
            beside[step] = input
            early[change] = true
        }
        return (beside, early)
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
