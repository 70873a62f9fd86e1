import Dispatch
import Synchronization

/// `map` over `elements` on the `workers` queues, each taking elements as soon as it has finished what
/// was queued on it before (serial queues: maps made one after another are worked on in that order).
/// `results()` waits for it, and the waiting thread takes elements too: no core idles while an element
/// is left, and none is taken from the caller while it has other work.
final class SharedMap<Element: Sendable, Result: Sendable>: @unchecked Sendable {
    private let elements: [Element]
    private let transform: @Sendable (Element) -> Result
    // Each slot is written once, by the thread that took its index, before `remaining` counts it done;
    // all are read after `done`, which the thread that counts the last one signals.
    private let slots: UnsafeMutableBufferPointer<Result?>
    private let next = Atomic<Int>(0)
    private let remaining: Atomic<Int>
    private let done = DispatchSemaphore(value: 0)

    init(_ elements: [Element], workers: [DispatchQueue], _ transform: @escaping @Sendable (Element) -> Result) {
        self.elements = elements
        self.transform = transform
        slots = .allocate(capacity: elements.count)
        slots.initialize(repeating: nil)
        remaining = Atomic(elements.count)
        for worker in workers.prefix(elements.count) {
            worker.async { self.takeElements() }
        }
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    /// The results in the order of the elements, taking elements on this thread until none is left,
    /// then waiting for the helpers' last ones. Call once.
    func results() -> [Result] {
        guard !elements.isEmpty else { return [] }
        takeElements()
        done.wait()
        return slots.map { $0! }
    }

    private func takeElements() {
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < elements.count else { return }
            slots[index] = transform(elements[index])
            if remaining.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 { done.signal() }
        }
    }
}
