/// The matrices one epoch of training fills, allocated once for a network and a batch size and
/// reused every epoch: the hot loop then allocates nothing (a recorded event only shares a
/// buffer; the next epoch's write copies it first, so recorded values never change).
struct TrainingBuffers: Sendable {
    /// `Z_l` for l = 1…L, at index l − 1.
    var sums: [Matrix]
    /// `A_l` for l = 0…L, at index l (`A_0` is `X`).
    var activations: [Matrix]
    /// `f'(Z_l)`, at index l − 1.
    var slopes: [Matrix]
    /// `δ_l`, at index l − 1.
    var deltas: [Matrix]
    /// `Error_l` (the delta sent back into layer l) for l = 1…L−1, at index l − 1.
    var backErrors: [Matrix]
    /// `y − A_L`.
    var error: Matrix
    /// `ΔW_l` and `Δb_l`, at index l − 1.
    var weightChanges: [Matrix]
    var biasChanges: [Matrix]

    /// Buffers for `spec` and batches of `inputs`.
    init(spec: NetworkSpec, inputs: Matrix) {
        let rows = inputs.rows
        let layerShapes = (1...spec.depth).map { Matrix(rows: rows, columns: spec.units(ofLayer: $0)) }
        sums = layerShapes
        activations = [inputs] + layerShapes
        slopes = layerShapes
        deltas = layerShapes
        backErrors = Array(layerShapes.dropLast())
        error = layerShapes[spec.depth - 1]
        weightChanges = (1...spec.depth).map { l in
            Matrix(rows: spec.units(ofLayer: l - 1), columns: spec.units(ofLayer: l))
        }
        biasChanges = (1...spec.depth).map { Matrix(rows: 1, columns: spec.units(ofLayer: $0)) }
    }
}
