import RapportCore
import RapportCanvas

/// Undo and redo over whole books. A book is a value with copy-on-write collections, so keeping
/// the previous one costs only the collections that changed.
public struct UndoHistory: Sendable {
    public struct Entry: Sendable {
        public var book: Book
        /// What the change did, for "Undone: moved Fleet renewal to Proposal".
        public var label: String
    }

    public private(set) var past: [Entry] = []
    public private(set) var future: [Entry] = []
    public let limit: Int

    public init(limit: Int = 200) { self.limit = limit }

    public var canUndo: Bool { !past.isEmpty }
    public var canRedo: Bool { !future.isEmpty }

    /// Records the book as it was before a change.
    public mutating func record(_ before: Book, label: String) {
        past.append(Entry(book: before, label: label))
        if past.count > limit { past.removeFirst(past.count - limit) }
        future.removeAll()
    }

    /// Returns the book to go back to, remembering `current` for redo.
    public mutating func undo(current: Book) -> Entry? {
        guard let entry = past.popLast() else { return nil }
        future.append(Entry(book: current, label: entry.label))
        return entry
    }

    public mutating func redo(current: Book) -> Entry? {
        guard let entry = future.popLast() else { return nil }
        past.append(Entry(book: current, label: entry.label))
        return entry
    }
}
