import Foundation

/// The working buffers of ``MatrixProduct`` (copies of blocks of the operands), kept between
/// products so that a training loop's products allocate nothing once warm.
///
/// A buffer is taken for one product, or one thread's share of it, and given back; there are
/// never more buffers than products and threads at work at the same time. A request takes a
/// free buffer large enough, else replaces one by a larger buffer; the buffers live as long as
/// the process.
enum ProductScratch {
    /// One buffer of `capacity` doubles, 64-byte aligned.
    struct Buffer: @unchecked Sendable {
        let base: UnsafeMutablePointer<Double>
        let capacity: Int
    }

    private final class Pool: @unchecked Sendable {
        let lock = NSLock()
        var free: [Buffer] = []
    }

    private static let pool = Pool()

    /// A buffer of at least `capacity` doubles for the caller's exclusive use.
    static func take(capacity: Int) -> Buffer {
        pool.lock.lock()
        let index = pool.free.lastIndex { $0.capacity >= capacity } ?? pool.free.indices.last
        let reused = index.map { pool.free.remove(at: $0) }
        pool.lock.unlock()
        if let reused {
            if reused.capacity >= capacity { return reused }
            reused.base.deallocate()
        }
        let raw = UnsafeMutableRawPointer.allocate(byteCount: capacity * MemoryLayout<Double>.stride, alignment: 64)
        return Buffer(base: raw.bindMemory(to: Double.self, capacity: capacity), capacity: capacity)
    }

    /// Returns `buffer`, taken with ``take(capacity:)``, for another product.
    static func give(_ buffer: Buffer) {
        pool.lock.lock()
        pool.free.append(buffer)
        pool.lock.unlock()
    }
}
