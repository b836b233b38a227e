import Dispatch

/// Independent pieces of work run on every core, their results in order: the KPIs' two periods,
/// a large import's rows in contiguous chunks.
public enum ParallelMap {
    /// `work(index)` for each index in `0..<count`, run concurrently; the results in index order.
    public static func map<T>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<max(0, count)).map(work) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        // Each slot is written once, by the one iteration of its index, and read only after all
        // of them returned: no two threads touch the same memory, so no lock (and no copy of a
        // result that is not Sendable) is needed.
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: count) { index in
            shared[index] = work(index)
        }
        return slots.compactMap { $0 }
    }

    /// `work` over `0..<count` cut into at most `chunks` contiguous ranges of about the same
    /// size, run concurrently; the ranges' results joined in order.
    public static func chunked<T>(_ count: Int, chunks: Int, _ work: @Sendable (Range<Int>) -> [T]) -> [T] {
        let chunkCount = max(1, min(chunks, count))
        let size = (count + chunkCount - 1) / chunkCount
        return map(chunkCount) { chunk in work(min(count, chunk * size)..<min(count, (chunk + 1) * size)) }.flatMap { $0 }
    }
}
