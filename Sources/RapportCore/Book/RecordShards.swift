/// A table's records, split by id into a fixed number of small dictionaries.
///
/// Why: a `Book` is a value and undo keeps the previous one, so changing one record of a table
/// copies the storage that record lives in. With one dictionary that is the whole table (250,000
/// activities: a fifth of a second per edit); with shards it is one shard (about a thousand
/// records) plus the array of shards.
public struct RecordShards<Record: RapportCore.Record>: Sendable {
    public typealias ID = Record.ID

    static var shardCount: Int { 256 }
    private(set) var shards: [[ID: Record]]
    public private(set) var count = 0

    init() {
        shards = Array(repeating: [:], count: Self.shardCount)
    }

    /// Each shard sized for an expected number of records, so loading does not regrow them.
    init(expectedCount: Int) {
        let perShard = expectedCount / Self.shardCount + expectedCount / (4 * Self.shardCount)
        shards = (0..<Self.shardCount).map { _ in Dictionary(minimumCapacity: perShard) }
    }

    @inline(__always)
    static func shard(of id: ID) -> Int {
        id.shardHash & (shardCount - 1)
    }

    public subscript(id: ID) -> Record? {
        get { shards[Self.shard(of: id)][id] }
        set {
            let shard = Self.shard(of: id)
            if let newValue {
                if shards[shard].updateValue(newValue, forKey: id) == nil { count += 1 }
            } else if shards[shard].removeValue(forKey: id) != nil {
                count -= 1
            }
        }
    }

    /// Inserts; returns the record that had the id before, if any.
    @discardableResult
    mutating func updateValue(_ record: Record, forKey id: ID) -> Record? {
        let old = shards[Self.shard(of: id)].updateValue(record, forKey: id)
        if old == nil { count += 1 }
        return old
    }

    @discardableResult
    mutating func removeValue(forKey id: ID) -> Record? {
        let old = shards[Self.shard(of: id)].removeValue(forKey: id)
        if old != nil { count -= 1 }
        return old
    }

    public var isEmpty: Bool { count == 0 }

    /// Every record, in no particular order.
    public var values: FlattenSequence<LazyMapSequence<[[ID: Record]], Dictionary<ID, Record>.Values>> {
        shards.lazy.map(\.values).joined()
    }

    public var keys: FlattenSequence<LazyMapSequence<[[ID: Record]], Dictionary<ID, Record>.Keys>> {
        shards.lazy.map(\.keys).joined()
    }
}

extension RecordShards: Equatable {
    public static func == (lhs: RecordShards, rhs: RecordShards) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for index in lhs.shards.indices where lhs.shards[index] != rhs.shards[index] { return false }
        return true
    }
}

extension RecordID {
    /// Which shard: FNV-1a over the id's bytes spreads sequential ids evenly, cheaply.
    var shardHash: Int {
        var hash: UInt32 = 2_166_136_261
        for byte in rawValue.utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return Int(hash ^ (hash >> 16))
    }
}
