import Dispatch

extension Array where Element: Sendable {
    /// `map`, run on `threads` threads at once: the order of the results is the order of the elements.
    func parallelMap<Result: Sendable>(threads: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let threads = Swift.max(1, Swift.min(threads, count))
        if threads == 1 { return map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        // Each thread writes its own slots only: every `threads`-th element from its own start.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in stride(from: thread, to: count, by: threads) { slots[index] = transform(self[index]) }
        }
        return results.map { $0! }
    }
}

/// Work started on a background thread at once; `result()` waits for it.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read only after waiting for it.
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    /// The work's result, waiting for it if needed. Call once.
    func result() -> Value {
        done.wait()
        return value!
    }
}
