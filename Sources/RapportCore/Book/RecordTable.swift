import Synchronization

/// Every change to any table takes a fresh number from here, so a revision identifies one state
/// of one table for the life of the process, even across undo (a per-table counter would repeat).
private let revisionCounter = Atomic<Int>(0)

func nextRevision() -> Int { revisionCounter.wrappingAdd(1, ordering: .relaxed).newValue }

/// One collection of records, indexed by id. `revision` changes with every change, so the store
/// rewrites only the collections that changed since the last save.
public struct RecordTable<R: Record>: Sendable, Equatable {
    public private(set) var byID: [R.ID: R]
    public private(set) var revision: Int
    /// The highest sequence number seen in an id of ours: new ids continue from it.
    public private(set) var lastNumber: Int = 0

    public init(_ records: [R] = []) {
        byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        lastNumber = records.compactMap(\.id.number).max() ?? 0
        revision = nextRevision()
    }

    /// A table read from a file: the dictionary is built as the records are read.
    init(byID: [R.ID: R]) {
        self.byID = byID
        var highest = 0
        for id in byID.keys {
            if let number = id.number, number > highest { highest = number }
        }
        lastNumber = highest
        revision = nextRevision()
    }

    public var count: Int { byID.count }
    public var isEmpty: Bool { byID.isEmpty }
    public var all: Dictionary<R.ID, R>.Values { byID.values }

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
        byID[record.id] = record
        if let number = record.id.number, number > lastNumber { lastNumber = number }
        revision = nextRevision()
    }

    @discardableResult
    public mutating func remove(_ id: R.ID) -> R? {
        guard let removed = byID.removeValue(forKey: id) else { return nil }
        revision = nextRevision()
        return removed
    }

    /// Changes a record in place; returns false when there is no record with that id.
    @discardableResult
    public mutating func update(_ id: R.ID, _ change: (inout R) -> Void) -> Bool {
        guard var record = byID[id] else { return false }
        change(&record)
        byID[id] = record
        revision = nextRevision()
        return true
    }

    public static func == (lhs: RecordTable, rhs: RecordTable) -> Bool { lhs.byID == rhs.byID }
}
