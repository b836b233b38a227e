import Synchronization
import RapportCanvas

/// Remembers one value derived from the book (a search index, roll-ups) with the key it was
/// derived from, so rendering every frame does not rebuild it. The state is a value and render
/// takes it read-only; this box is the one place that keeps work between frames. Thread-safe
/// because `AppState` is `Sendable`.
final class DerivedCache<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private let storage = Mutex<(key: Key, value: Value)?>(nil)

    init() {}

    func value(for key: Key, make: () -> Value) -> Value {
        if let hit = storage.withLock({ stored in stored.flatMap { $0.key == key ? $0.value : nil } }) { return hit }
        let value = make()
        storage.withLock { $0 = (key, value) }
        return value
    }

    /// The last stored entry, whatever its key (for incremental work: narrowing a search).
    var last: (key: Key, value: Value)? { storage.withLock { $0 } }
}
