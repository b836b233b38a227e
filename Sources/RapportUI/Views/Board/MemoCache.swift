import Synchronization
import RapportCanvas

/// Remembers the last few values computed from a key (the board's indexes in `BoardCaches`, the
/// completing forms' party directory). Keyed by table revisions (which change with every edit and
/// are never reused), a hit costs a comparison and a miss happens once per change, not per key.
/// Keeping a few entries makes undo/redo back to a recent book a hit too.
final class MemoCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let entries = Mutex<[(key: Key, value: Value)]>([])
    private let capacity: Int

    init(capacity: Int = 4) {
        self.capacity = max(1, capacity)
    }

    func value(for key: Key, make: () -> Value) -> Value {
        if let hit = entries.withLock({ list in list.first { $0.key == key }?.value }) {
            return hit
        }
        // Computed outside the lock: a slow build never blocks a reader of another key.
        let value = make()
        store(value, for: key)
        return value
    }

    /// The value for `key` if it is still remembered; computes nothing.
    func peek(_ key: Key) -> Value? {
        entries.withLock { list in list.first { $0.key == key }?.value }
    }

    /// Remembers a value computed another way (derived from the previous one, say).
    func store(_ value: Value, for key: Key) {
        entries.withLock { list in
            list.removeAll { $0.key == key }
            list.insert((key, value), at: 0)
            if list.count > capacity { list.removeLast(list.count - capacity) }
        }
    }
}
