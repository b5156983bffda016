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
    /// From this many multiply-adds on, the work is shared among the cores.
    static let parallelWork = 1 << 20
    /// The least work in one shared chunk: waking a core costs tens of microseconds.
    static let chunkWork = 1 << 18
    /// Steps of the shared dimension per block: a row panel of `a` (4 rows, each value twice)
    /// then fills 16 KB and a column panel of `b` at most 8 KB, together in the L1 cache.
    static let depthBlock = 256
    /// Rows of `a` copied at once: 128 rows × 256 steps × 2 copies = 512 KB, in the L2 cache.
    static let rowBlock = 128

    /// The cores the work may be shared among, read once.
    static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Whether `rows × columns × depth` multiply-adds are worth the fast path.
    static func isWorthIt(rows: Int, columns: Int, depth: Int) -> Bool {
        rows > 0 && columns > 0 && depth > 0 && rows * columns * depth >= smallWork
    }

    /// `c = a·b` where `a` is `rows × depth`, `b` is `depth × columns` (both seen through their
    /// strides) and `c` is `rows × columns`, row-major and contiguous.
    static func multiply(_ a: Operand, _ b: Operand, into c: UnsafeMutablePointer<Double>,
                         rows: Int, columns: Int, depth: Int) {
        let tileRows = MatrixProductKernel.rowsPerTile, tileColumns = MatrixProductKernel.columnsPerTile
        // `b`'s rows are read where they are when they are contiguous; the other column panels
        // (all of a transposed `b`, else the last one if it is narrower than a tile) are copied
        // once, for every thread to read.
        let copiedFrom = b.columnStride == 1 ? columns / tileColumns * tileColumns : 0
        let copiedPanels = (columns - copiedFrom + tileColumns - 1) / tileColumns
        let shared = copiedPanels > 0 ? ProductScratch.take(capacity: copiedPanels * tileColumns * depth) : nil
        defer { if let shared { ProductScratch.give(shared) } }
        if let shared {
            MatrixProductKernel.packColumns(of: b, depth: 0..<depth, columns: copiedFrom..<columns, into: shared.base)
        }

        // Chunks of whole tiles, along the rows when there are enough of them (each chunk then
        // copies only its own rows of `a`), else along the columns. Threads take chunks as they
        // come, so a core that arrives late takes fewer.
        let work = rows * columns * depth
        let rowTiles = (rows + tileRows - 1) / tileRows
        let columnTiles = (columns + tileColumns - 1) / tileColumns
        let byRows = rowTiles >= 2 * cores || rowTiles >= columnTiles
        let tiles = byRows ? rowTiles : columnTiles
        let chunks = work < parallelWork ? 1 : min(tiles, 4 * cores, work / chunkWork)
        let job = Job(a: a, b: b, c: c, rows: rows, columns: columns, depth: depth, copiedFrom: copiedFrom,
                      copied: shared?.base, byRows: byRows, tiles: tiles, chunks: chunks)
        if chunks <= 1 {
            job.compute(chunk: 0)
        } else {
            ProductCrew.shared.run(job)
        }
    }

    /// One product's operands and result, and how it is cut into chunks: shared by the threads,
    /// which write disjoint parts of the result.
    struct Job: @unchecked Sendable {
        let a: Operand
        let b: Operand
        let c: UnsafeMutablePointer<Double>
        let rows: Int
        let columns: Int
        let depth: Int
        /// Column panels from this column on are in `copied`, `depth` steps of a tile's width each.
        let copiedFrom: Int
        let copied: UnsafeMutablePointer<Double>?
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
            let panelsSize = 2 * panelRows * min(depthBlock, depth)
            let scratch = ProductScratch.take(capacity: panelsSize + tileRows * tileColumns)
            defer { ProductScratch.give(scratch) }
            let rowPanels = scratch.base
            let edge = rowPanels + panelsSize

            for p0 in stride(from: 0, to: depth, by: depthBlock) {
                let steps = min(depthBlock, depth - p0)
                let accumulating = p0 > 0
                for i0 in stride(from: rows.lowerBound, to: rows.upperBound, by: rowBlock) {
                    let blockRows = i0..<min(rows.upperBound, i0 + rowBlock)
                    kernel.packRows(of: a, rows: blockRows, depth: p0..<(p0 + steps), into: rowPanels)
                    for j in stride(from: block.lowerBound, to: block.upperBound, by: tileColumns) {
                        let width = min(tileColumns, block.upperBound - j)
                        let (panel, step) = j < copiedFrom
                            ? (b.pointer(row: p0, column: j), b.rowStride)
                            : (UnsafePointer(copied! + (j - copiedFrom) * depth + p0 * tileColumns), tileColumns)
                        for i in stride(from: blockRows.lowerBound, to: blockRows.upperBound, by: tileRows) {
                            let height = min(tileRows, blockRows.upperBound - i)
                            let rowPanel = rowPanels + 2 * (i - blockRows.lowerBound) * steps
                            let target = c + i * columns + j
                            if height == tileRows && width == tileColumns {
                                kernel.multiplyTile(depth: steps, a: rowPanel, b: panel, bStep: step, c: target,
                                                    rowStride: columns, accumulating: accumulating)
                            } else {
                                // A tile that overhangs the result: work on a full-size copy.
                                for r in 0..<tileRows {
                                    for q in 0..<tileColumns {
                                        edge[r * tileColumns + q] = accumulating && r < height && q < width
                                            ? target[r * columns + q] : 0
                                    }
                                }
                                kernel.multiplyTile(depth: steps, a: rowPanel, b: panel, bStep: step, c: edge,
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
