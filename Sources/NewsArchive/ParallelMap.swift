import Dispatch

extension Array where Element: Sendable {
    /// `map`, run on every core: the order of the results is the order of the elements.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes its own slot only.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: count) { index in slots[index] = transform(self[index]) }
        return results.map { $0! }
    }
}
