/// The innermost part of the fast matrix product: copying blocks of the operands into the order
/// the micro-kernel reads them ("packing"), and the micro-kernel itself, which computes a
/// `rowsPerTile × columnsPerTile` tile of the result over a block of the shared dimension.
///
/// The arithmetic is the straightforward loop's, only reordered across output elements: every
/// element is `c = 0`, then `c = c + a[i,p]·b[p,j]` for `p = 0, 1, 2, …` in turn — a rounded
/// product, then a rounded sum (never a fused multiply-add) — so each element is bit-for-bit what
/// the triple loop gives. The tile's elements are summed side by side in SIMD lanes and registers;
/// between blocks of `p` the running sums wait in the result matrix, which does not change them.
enum MatrixProductKernel {
    /// Rows of the result computed by one call of ``multiplyTile(depth:a:b:c:rowStride:accumulating:)``.
    ///
    /// Four keeps the 64-row batches and their halves free of padding.
    static let rowsPerTile = 4
    /// Columns of the result computed by one call: one `SIMD4<Double>` per row.
    static let columnsPerTile = 4

    /// A matrix seen through strides: element `(r, c)` is `base[r * rowStride + c * columnStride]`.
    ///
    /// This is how one kernel serves `a·b`, `aᵀ·b` and `a·bᵀ`: a transposed operand is the same
    /// storage with its two strides swapped.
    struct Operand: @unchecked Sendable {
        let base: UnsafePointer<Double>
        let rowStride: Int
        let columnStride: Int

        @inline(__always) func pointer(row: Int, column: Int) -> UnsafePointer<Double> {
            base + row * rowStride + column * columnStride
        }
    }

    /// Copies rows `rows` and columns `depth` of `a` into `panel`, as consecutive panels of
    /// ``rowsPerTile`` rows; inside a panel, step `p` holds its rows' values in turn, each written
    /// twice (so the kernel loads a ready pair instead of duplicating a value). Rows past the end
    /// of `rows` are zeros. `panel` is 16-byte aligned.
    static func packRows(of a: Operand, rows: Range<Int>, depth: Range<Int>, into panel: UnsafeMutablePointer<Double>) {
        let tile = rowsPerTile
        let steps = depth.count
        var out = panel
        for first in stride(from: rows.lowerBound, to: rows.upperBound, by: tile) {
            let count = min(tile, rows.upperBound - first)
            if count < tile { (out).initialize(repeating: 0, count: 2 * tile * steps) }
            if a.rowStride == 1 {
                // `aᵀ`: a step's values are side by side in memory.
                for p in 0..<steps {
                    let source = a.pointer(row: first, column: depth.lowerBound + p)
                    let destination = out + 2 * tile * p
                    for r in 0..<count {
                        destination[2 * r] = source[r]
                        destination[2 * r + 1] = source[r]
                    }
                }
            } else {
                for r in 0..<count {
                    var source = a.pointer(row: first + r, column: depth.lowerBound)
                    var destination = out + 2 * r
                    for _ in 0..<steps {
                        destination[0] = source[0]
                        destination[1] = source[0]
                        source += a.columnStride
                        destination += 2 * tile
                    }
                }
            }
            out += 2 * tile * steps
        }
    }

    /// Copies rows `depth` and columns `columns` of `b` into `panel`, as consecutive panels of
    /// ``columnsPerTile`` columns; inside a panel, step `p` holds the panel's columns of row `p`
    /// side by side. Columns past the end of `columns` are zeros.
    static func packColumns(of b: Operand, depth: Range<Int>, columns: Range<Int>, into panel: UnsafeMutablePointer<Double>) {
        let tile = columnsPerTile
        let steps = depth.count
        var out = panel
        for first in stride(from: columns.lowerBound, to: columns.upperBound, by: tile) {
            let count = min(tile, columns.upperBound - first)
            if count < tile { out.initialize(repeating: 0, count: tile * steps) }
            if b.columnStride == 1 {
                for p in 0..<steps {
                    let source = b.pointer(row: depth.lowerBound + p, column: first)
                    let destination = out + tile * p
                    for q in 0..<count { destination[q] = source[q] }
                }
            } else {
                // `bᵀ`: a column's steps are side by side in memory.
                for q in 0..<count {
                    var source = b.pointer(row: depth.lowerBound, column: first + q)
                    var destination = out + q
                    for _ in 0..<steps {
                        destination[0] = source[0]
                        source += b.rowStride
                        destination += tile
                    }
                }
            }
            out += tile * steps
        }
    }

    /// One tile of the result: `c[r, q] = c[r, q] + a[r, p]·b[p, q]` for `p` in `0..<depth` in
    /// order, starting from zero, or from the values already in `c` when `accumulating`.
    ///
    /// `a` is a panel from ``packRows(of:rows:depth:into:)``; `b` holds the tile's
    /// ``columnsPerTile`` columns of step `p` side by side at `b + p·bStep` (a panel from
    /// ``packColumns(of:depth:columns:into:)``, or `b`'s own rows); `c` has ``rowsPerTile`` rows
    /// of ``columnsPerTile`` elements, `rowStride` apart.
    ///
    /// Optimised builds use ``multiplyTileWithSIMD(depth:a:b:bStep:c:rowStride:accumulating:)``.
    /// Unoptimised (debug) builds use the scalar twin, which gives the same bits: the SIMD types
    /// are some thirty times slower there than plain `Double`s, and every debug test that trains
    /// a network goes through here.
    @inline(__always)
    static func multiplyTile(depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>, bStep: Int,
                             c: UnsafeMutablePointer<Double>, rowStride: Int, accumulating: Bool) {
        #if DEBUG
        multiplyTileWithScalars(depth: depth, a: a, b: b, bStep: bStep, c: c, rowStride: rowStride,
                                accumulating: accumulating)
        #else
        multiplyTileWithSIMD(depth: depth, a: a, b: b, bStep: bStep, c: c, rowStride: rowStride,
                             accumulating: accumulating)
        #endif
    }

    /// ``multiplyTile(depth:a:b:bStep:c:rowStride:accumulating:)`` with one `SIMD4<Double>` per
    /// row of the tile: four rows × four columns summed side by side, each lane exactly as the
    /// scalar `c = c + a·b` (the compiler does not fuse the multiply and the add).
    @inline(never)
    static func multiplyTileWithSIMD(depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>, bStep: Int,
                                     c: UnsafeMutablePointer<Double>, rowStride: Int, accumulating: Bool) {
        typealias Row = SIMD4<Double>
        typealias Pair = SIMD2<Double>
        let out = UnsafeMutableRawPointer(c)
        let step = rowStride * MemoryLayout<Double>.stride
        let bBytes = bStep * MemoryLayout<Double>.stride
        var c0 = Row(), c1 = Row(), c2 = Row(), c3 = Row()
        if accumulating {
            c0 = out.loadUnaligned(as: Row.self)
            c1 = (out + step).loadUnaligned(as: Row.self)
            c2 = (out + 2 * step).loadUnaligned(as: Row.self)
            c3 = (out + 3 * step).loadUnaligned(as: Row.self)
        }
        var left = UnsafeRawPointer(a)
        var right = UnsafeRawPointer(b)
        for _ in 0..<depth {
            // `a`'s values come as ready pairs (x, x); a row of the tile multiplies (x, x, x, x).
            let bp = right.loadUnaligned(as: Row.self)
            let a0 = left.load(as: Pair.self)
            c0 = c0 + Row(lowHalf: a0, highHalf: a0) * bp
            let a1 = left.load(fromByteOffset: 16, as: Pair.self)
            c1 = c1 + Row(lowHalf: a1, highHalf: a1) * bp
            let a2 = left.load(fromByteOffset: 32, as: Pair.self)
            c2 = c2 + Row(lowHalf: a2, highHalf: a2) * bp
            let a3 = left.load(fromByteOffset: 48, as: Pair.self)
            c3 = c3 + Row(lowHalf: a3, highHalf: a3) * bp
            left += 64
            right += bBytes
        }
        out.storeBytes(of: c0, as: Row.self)
        (out + step).storeBytes(of: c1, as: Row.self)
        (out + 2 * step).storeBytes(of: c2, as: Row.self)
        (out + 3 * step).storeBytes(of: c3, as: Row.self)
    }

    /// ``multiplyTile(depth:a:b:bStep:c:rowStride:accumulating:)`` with sixteen `Double`s.
    static func multiplyTileWithScalars(depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>, bStep: Int,
                                        c: UnsafeMutablePointer<Double>, rowStride: Int, accumulating: Bool) {
        let (r1, r2, r3) = (rowStride, 2 * rowStride, 3 * rowStride)
        var c00 = 0.0, c01 = 0.0, c02 = 0.0, c03 = 0.0, c10 = 0.0, c11 = 0.0, c12 = 0.0, c13 = 0.0
        var c20 = 0.0, c21 = 0.0, c22 = 0.0, c23 = 0.0, c30 = 0.0, c31 = 0.0, c32 = 0.0, c33 = 0.0
        if accumulating {
            (c00, c01, c02, c03) = (c[0], c[1], c[2], c[3])
            (c10, c11, c12, c13) = (c[r1], c[r1 + 1], c[r1 + 2], c[r1 + 3])
            (c20, c21, c22, c23) = (c[r2], c[r2 + 1], c[r2 + 2], c[r2 + 3])
            (c30, c31, c32, c33) = (c[r3], c[r3 + 1], c[r3 + 2], c[r3 + 3])
        }
        var left = a, right = b
        for _ in 0..<depth {
            let (b0, b1, b2, b3) = (right[0], right[1], right[2], right[3])
            let (a0, a1, a2, a3) = (left[0], left[2], left[4], left[6])
            c00 = c00 + a0 * b0; c01 = c01 + a0 * b1; c02 = c02 + a0 * b2; c03 = c03 + a0 * b3
            c10 = c10 + a1 * b0; c11 = c11 + a1 * b1; c12 = c12 + a1 * b2; c13 = c13 + a1 * b3
            c20 = c20 + a2 * b0; c21 = c21 + a2 * b1; c22 = c22 + a2 * b2; c23 = c23 + a2 * b3
            c30 = c30 + a3 * b0; c31 = c31 + a3 * b1; c32 = c32 + a3 * b2; c33 = c33 + a3 * b3
            left += 8
            right += bStep
        }
        (c[0], c[1], c[2], c[3]) = (c00, c01, c02, c03)
        (c[r1], c[r1 + 1], c[r1 + 2], c[r1 + 3]) = (c10, c11, c12, c13)
        (c[r2], c[r2 + 1], c[r2 + 2], c[r2 + 3]) = (c20, c21, c22, c23)
        (c[r3], c[r3 + 1], c[r3 + 2], c[r3 + 3]) = (c30, c31, c32, c33)
    }
}
