import Synchronization

/// Every change to any table takes a fresh number from here, so a revision identifies one state
/// of one table for the life of the process, even across undo (a per-table counter would repeat).
private let revisionCounter = Atomic<Int>(0)

func nextRevision() -> Int { revisionCounter.wrappingAdd(1, ordering: .relaxed).newValue }

/// One record changed in a table: a persistent list, newest first, shared by every copy of the
/// table made after it (undo keeps old copies; each sees its own history).
///
/// `@unchecked Sendable`: `previous` is only changed by `deinit`, on nodes no one else holds.
final class RecordChange<ID: Hashable & Sendable>: @unchecked Sendable {
    let id: ID
    private(set) var previous: RecordChange?
    /// How many changes lead here from the table's origin.
    let depth: Int

    init(id: ID, previous: RecordChange?) {
        self.id = id
        self.previous = previous
        self.depth = (previous?.depth ?? 0) + 1
    }

    /// Frees a long list one node at a time: the default release would recurse once per node.
    deinit {
        var next = previous.take()
        while var node = next.take() {
            guard isKnownUniquelyReferenced(&node) else { break }
            next = node.previous.take()
        }
    }
}

/// One collection of records, indexed by id. `revision` changes with every change, so the store
/// rewrites only the collections that changed since the last save. Each change is also
/// remembered by id, so the store can journal just the records that changed (see
/// `changedIDs(from:to:)`).
public struct RecordTable<R: Record>: Sendable, Equatable {
    public private(set) var byID: RecordShards<R>
    public private(set) var revision: Int
    /// The highest sequence number seen in an id of ours: new ids continue from it.
    public private(set) var lastNumber: Int = 0
    /// Identifies the state this table's change history starts from: tables with the same origin
    /// descend from the same loaded (or created) table.
    private(set) var origin: Int
    /// The ids changed since the origin, newest first.
    private(set) var changes: RecordChange<R.ID>?

    public init(_ records: [R] = []) {
        byID = RecordShards(expectedCount: records.count)
        for record in records { byID.updateValue(record, forKey: record.id) }
        lastNumber = records.compactMap(\.id.number).max() ?? 0
        revision = nextRevision()
        origin = revision
    }

    /// A table read from a file: the dictionary is built as the records are read.
    init(byID: RecordShards<R>) {
        self.byID = byID
        var highest = 0
        for id in byID.keys {
            if let number = id.number, number > highest { highest = number }
        }
        lastNumber = highest
        revision = nextRevision()
        origin = revision
    }

    /// The ids of the records that differ between two states of one table (changed, added or
    /// removed on either side since their common past), or nil when the two do not share a history
    /// (a table built anew) or more than `limit` changes separate them: then the whole
    /// table is what changed. Costs the number of changes, not the size of the table.
    static func changedIDs(from old: RecordTable, to new: RecordTable, limit: Int) -> Set<R.ID>? {
        guard old.origin == new.origin else { return nil }
        var ids = Set<R.ID>()
        var left = old.changes
        var right = new.changes
        var steps = 0
        // Walk the deeper side back to the same depth, then both until they meet.
        while left !== right {
            let leftDepth = left?.depth ?? 0
            let rightDepth = right?.depth ?? 0
            if leftDepth >= rightDepth, let change = left {
                ids.insert(change.id)
                left = change.previous
            }
            if rightDepth >= leftDepth, let change = right {
                ids.insert(change.id)
                right = change.previous
            }
            steps += 1
            if steps > limit { return nil }
        }
        return ids
    }

    /// Beyond this many changes a table forgets its history and starts a new one: the store
    /// rewrites the collection anyway long before (`BookStore.journalRecordLimit`), and a bulk
    /// change (the demo generator, an import) must not keep a node per record.
    static var historyLimit: Int { 4_096 }

    private mutating func record(_ id: R.ID) {
        revision = nextRevision()
        if let changes, changes.depth >= Self.historyLimit {
            origin = revision
            self.changes = nil
        } else {
            changes = RecordChange(id: id, previous: changes)
        }
    }

    public var count: Int { byID.count }
    public var isEmpty: Bool { byID.isEmpty }
    public var all: FlattenSequence<LazyMapSequence<[RecordShards<R>.Shard], [R]>> { byID.values }

    /// Records in id order: the order they are written to disk.
    public var sortedByID: [R] { byID.values.sorted { $0.id < $1.id } }

    public subscript(id: R.ID) -> R? { byID[id] }

    public func contains(_ id: R.ID) -> Bool { byID[id] != nil }

    /// The id the next new record gets.
    public mutating func nextID() -> R.ID {
        lastNumber += 1
        return R.ID(number: lastNumber)
    }

    /// Inserts or replaces the record with the same id.
    public mutating func upsert(_ record: R) {
        byID.updateValue(record, forKey: record.id)
        if let number = record.id.number, number > lastNumber { lastNumber = number }
        self.record(record.id)
    }

    @discardableResult
    public mutating func remove(_ id: R.ID) -> R? {
        guard let removed = byID.removeValue(forKey: id) else { return nil }
        record(id)
        return removed
    }

    /// Changes a record in place; returns false when there is no record with that id.
    @discardableResult
    public mutating func update(_ id: R.ID, _ change: (inout R) -> Void) -> Bool {
        guard var record = byID[id] else { return false }
        change(&record)
        byID.updateValue(record, forKey: id)
        self.record(id)
        return true
    }

    /// The same revision is the same state (revisions are never reused), which makes comparing
    /// two books cheap: only tables changed since they parted are compared record by record.
    public static func == (lhs: RecordTable, rhs: RecordTable) -> Bool {
        lhs.revision == rhs.revision || lhs.byID == rhs.byID
    }
}
