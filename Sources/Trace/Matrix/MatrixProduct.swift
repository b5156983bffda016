import Foundation

/// The fast path of `Matrix.product`, `productTransposingLeft` and `productTransposingRight`:
/// the result is cut into tiles computed by ``MatrixProductKernel``, over blocks of the shared
/// dimension small enough to stay in cache, and large products are shared among the cores.
///
/// Only the order in which output elements are visited changes. Each element is still summed
/// over `p = 0, 1, 2, …` in turn by one thread (the shared dimension is never split), so the
/// results are bit-for-bit those of the straightforward triple loop, for every shape and any
/// number of cores.
enum MatrixProduct {
    typealias Operand = MatrixProductKernel.Operand

    /// Below this many multiply-adds the straightforward loops win: nothing to copy or set up.
    static let smallWork = 16_384
    /// From this many multiply-adds on (some 20 µs on one core) the work is shared among the
    /// cores: the digits lesson's 64×64·64×128 products are the smallest that gain.
    static let parallelWork = 1 << 18
    /// The least work in one shared chunk.
    static let chunkWork = 1 << 17
    /// The most steps of the shared dimension per block: a row panel of `a` (4 rows, each value
    /// twice) then fills at most 16 KB of the L1 cache, and a column panel of `b` 8 KB.
    static let depthBlock = 256
    /// Rows of `a` copied at once: 128 rows × 256 steps × 2 copies = 512 KB, in the L2 cache.
    static let rowBlock = 128

    /// The cores the work may be shared among.
    static var cores: Int { ParallelCrew.cores }

    /// Whether `rows × columns × depth` multiply-adds are worth the fast path.
    static func isWorthIt(rows: Int, columns: Int, depth: Int) -> Bool {
        rows > 0 && columns > 0 && depth > 0 && rows * columns * depth >= smallWork
    }

    /// `c = a·b` where `a` is `rows × depth`, `b` is `depth × columns` (both seen through their
    /// strides) and `c` is `rows × columns`, row-major and contiguous.
    static func multiply(_ a: Operand, _ b: Operand, into c: UnsafeMutablePointer<Double>,
                         rows: Int, columns: Int, depth: Int) {
        // Chunks of whole tiles, bands along the longer side. Bands of rows copy their own rows of
        // `a` and share one copy of `b`; there are up to four per core, taken as they come, so
        // that a core that arrives late takes fewer. Bands of columns (a batch of 64 rows times a
        // wider layer) copy their own columns of `b`, but each needs all of `a`: one per core.
        // (Sharing one copy of `a` among more bands was slower: it is made before the helpers
        // can start.)
        let work = rows * columns * depth
        let tileRows = MatrixProductKernel.rowsPerTile, tileColumns = MatrixProductKernel.columnsPerTile
        let rowTiles = (rows + tileRows - 1) / tileRows
        let columnTiles = (columns + tileColumns - 1) / tileColumns
        let byRows = rowTiles >= columnTiles
        let tiles = byRows ? rowTiles : columnTiles
        let chunks = work < parallelWork ? 1 : min(tiles, byRows ? 4 * cores : cores, work / chunkWork)
        // `b` is copied into column panels (see ``Job/compute(rows:columns:)``): here, once for
        // all, when every chunk needs all of it.
        let shared = byRows && chunks > 1
            ? ProductScratch.take(capacity: (columns + tileColumns - 1) / tileColumns * tileColumns * depth) : nil
        defer { if let shared { ProductScratch.give(shared) } }
        if let shared {
            MatrixProductKernel.packColumns(of: b, depth: 0..<depth, columns: 0..<columns, into: shared.base)
        }
        let job = Job(a: a, b: b, packedB: shared.map { UnsafePointer<Double>($0.base) }, c: c, rows: rows,
                      columns: columns, depth: depth, byRows: byRows, tiles: tiles, chunks: chunks)
        if chunks <= 1 {
            job.compute(chunk: 0)
        } else {
            ParallelCrew.shared.run(job)
        }
    }

    /// One product's operands and result, and how it is cut into chunks: shared by the threads,
    /// which write disjoint parts of the result.
    struct Job: ParallelJob, @unchecked Sendable {
        let a: Operand
        let b: Operand
        /// All of `b` in column panels, when the chunks share them (else each chunk copies its own).
        let packedB: UnsafePointer<Double>?
        let c: UnsafeMutablePointer<Double>
        let rows: Int
        let columns: Int
        let depth: Int
        /// Whether the chunks are bands of rows (else of columns).
        let byRows: Bool
        /// Tiles along the direction cut.
        let tiles: Int
        let chunks: Int

        /// Computes chunk `index` of ``chunks``.
        func compute(chunk index: Int) {
            let first = tiles * index / chunks, last = tiles * (index + 1) / chunks
            let tileRows = MatrixProductKernel.rowsPerTile, tileColumns = MatrixProductKernel.columnsPerTile
            if byRows {
                compute(rows: (first * tileRows)..<min(rows, last * tileRows), columns: 0..<columns)
            } else {
                compute(rows: 0..<rows, columns: (first * tileColumns)..<min(columns, last * tileColumns))
            }
        }

        /// Computes `c[rows, columns]`, both whole tiles from the result's start.
        private func compute(rows: Range<Int>, columns block: Range<Int>) {
            guard !rows.isEmpty, !block.isEmpty else { return }
            let kernel = MatrixProductKernel.self
            let tileRows = kernel.rowsPerTile, tileColumns = kernel.columnsPerTile
            let panelRows = min(rowBlock, (rows.count + tileRows - 1) / tileRows * tileRows)
            // Blocks of equal length (784 steps are 4 × 196, not 3 × 256 and a short 16).
            let blocks = (depth + depthBlock - 1) / depthBlock
            let blockDepth = (depth + blocks - 1) / blocks
            let panelsSize = 2 * panelRows * blockDepth
            let columnPanelsSize = packedB == nil ? (block.count + tileColumns - 1) / tileColumns * tileColumns * depth : 0
            let scratch = ProductScratch.take(capacity: panelsSize + columnPanelsSize + tileRows * tileColumns)
            defer { ProductScratch.give(scratch) }
            let rowPanels = scratch.base
            // `b`'s columns in panels: read where it is, a tile's column would stride through memory
            // a whole row of `b` per step, and its steps would crowd a few sets of the L1 cache.
            let ownPanels = rowPanels + panelsSize
            let edge = ownPanels + columnPanelsSize
            let columnPanels: UnsafePointer<Double>
            if let packedB {
                columnPanels = packedB + block.lowerBound * depth
            } else {
                kernel.packColumns(of: b, depth: 0..<depth, columns: block, into: ownPanels)
                columnPanels = UnsafePointer(ownPanels)
            }

            for p0 in stride(from: 0, to: depth, by: blockDepth) {
                let steps = min(blockDepth, depth - p0)
                let accumulating = p0 > 0
                for i0 in stride(from: rows.lowerBound, to: rows.upperBound, by: rowBlock) {
                    let blockRows = i0..<min(rows.upperBound, i0 + rowBlock)
                    kernel.packRows(of: a, rows: blockRows, depth: p0..<(p0 + steps), into: rowPanels)
                    for i in stride(from: blockRows.lowerBound, to: blockRows.upperBound, by: tileRows) {
                        let height = min(tileRows, blockRows.upperBound - i)
                        let rowPanel = rowPanels + 2 * (i - blockRows.lowerBound) * steps
                        for j in stride(from: block.lowerBound, to: block.upperBound, by: tileColumns) {
                            let width = min(tileColumns, block.upperBound - j)
                            let panel = columnPanels + (j - block.lowerBound) * depth + p0 * tileColumns
                            let target = c + i * columns + j
                            if height == tileRows && width == tileColumns {
                                kernel.multiplyTile(depth: steps, a: rowPanel, b: panel, bStep: tileColumns, c: target,
                                                    rowStride: columns, accumulating: accumulating)
                            } else {
                                // A tile that overhangs the result: work on a full-size copy.
                                for r in 0..<tileRows {
                                    for q in 0..<tileColumns {
                                        edge[r * tileColumns + q] = accumulating && r < height && q < width
                                            ? target[r * columns + q] : 0
                                    }
                                }
                                kernel.multiplyTile(depth: steps, a: rowPanel, b: panel, bStep: tileColumns, c: edge,
                                                    rowStride: tileColumns, accumulating: accumulating)
                                for r in 0..<height {
                                    for q in 0..<width { target[r * columns + q] = edge[r * tileColumns + q] }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
