import Foundation

extension RandomAccessCollection where Index == Int {
    /// `map(transform)` on every core: the elements are cut into a few chunks per core, each chunk
    /// transformed on whichever thread is free, and the results kept in the elements' order.
    ///
    /// For work that is pure and worth a thread (loading lists, normalising every listed name).
    /// A chunk holds at least `chunkSize` elements; what fits in one chunk is mapped on the caller's thread.
    func concurrentMap<T>(chunkSize: Int = 64, _ transform: (Element) -> T) -> [T] {
        let count = self.count
        let chunks = Swift.min((count + chunkSize - 1) / Swift.max(chunkSize, 1), ProcessInfo.processInfo.activeProcessorCount * 4)
        guard chunks > 1 else { return map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                let output = UnsafeOutput(base: buffer.baseAddress!)
                let start = startIndex
                let work = UnsafeWork { offset in transform(self[start + offset]) }
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    for offset in count * chunk / chunks ..< count * (chunk + 1) / chunks {
                        (output.base + offset).initialize(to: work.transform(offset))
                    }
                }
                initialized = count
            }
        }
    }
}

/// The results' storage, written by the chunks at disjoint offsets.
private struct UnsafeOutput<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

/// The caller's transform of the element at an offset, called from the chunks' threads while the caller waits for them.
private struct UnsafeWork<T>: @unchecked Sendable {
    let transform: (Int) -> T
}

/// Runs each of `jobs` on whichever thread is free and returns their results in order.
func concurrently<T>(_ jobs: [() -> T]) -> [T] {
    jobs.concurrentMap(chunkSize: 1) { $0() }
}
