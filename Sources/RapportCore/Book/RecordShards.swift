/// A table's records, split by id into a fixed number of shards, each a dense array of records
/// with an index from id to position.
///
/// Why shards: a `Book` is a value and undo keeps the previous one, so changing one record of a
/// table copies the storage that record lives in. With one dictionary that is the whole table
/// (250,000 activities: a fifth of a second per edit); with shards it is one shard (about a
/// thousand records) plus the array of shards. Comparing two states of a book (is this edit a
/// change?) skips the shards they still share.
///
/// Why dense arrays: reports read a few fields of every record. Iterating a dictionary hands
/// out a copy of each record (a retain and a release per string in it); `forEachRecordAddress`
/// reads the records where they are.
public struct RecordShards<Record: RapportCore.Record>: Sendable {
    public typealias ID = Record.ID

    public struct Shard: Sendable {
        var records: [Record] = []
        var positions: [ID: Int] = [:]
    }

    static var shardCount: Int { 256 }
    private(set) var shards: [Shard]
    public private(set) var count = 0

    init() {
        shards = Array(repeating: Shard(), count: Self.shardCount)
    }

    /// Each shard sized for an expected number of records, so loading does not regrow them.
    init(expectedCount: Int) {
        let perShard = expectedCount / Self.shardCount + expectedCount / (4 * Self.shardCount)
        shards = (0..<Self.shardCount).map { _ in
            var shard = Shard()
            shard.records.reserveCapacity(perShard)
            shard.positions.reserveCapacity(perShard)
            return shard
        }
    }

    @inline(__always)
    static func shard(of id: ID) -> Int {
        id.shardHash & (shardCount - 1)
    }

    /// Visits every record in place (shard order), without copying it: a pass that reads one
    /// field of 250,000 records then costs that field, not every field's reference counts.
    func forEachInPlace(_ body: (UnsafePointer<Record>) -> Void) {
        for shard in shards {
            shard.records.withUnsafeBufferPointer { records in
                guard let base = records.baseAddress else { return }
                for offset in 0..<records.count { body(base + offset) }
            }
        }
    }

    public subscript(id: ID) -> Record? {
        let shard = Self.shard(of: id)
        guard let position = shards[shard].positions[id] else { return nil }
        return shards[shard].records[position]
    }

    /// Inserts or replaces; returns the record that had the id before, if any.
    @discardableResult
    mutating func updateValue(_ record: Record, forKey id: ID) -> Record? {
        let shard = Self.shard(of: id)
        if let position = shards[shard].positions[id] {
            let old = shards[shard].records[position]
            shards[shard].records[position] = record
            return old
        }
        shards[shard].positions[id] = shards[shard].records.count
        shards[shard].records.append(record)
        count += 1
        return nil
    }

    /// Removes by moving the shard's last record into the hole.
    @discardableResult
    mutating func removeValue(forKey id: ID) -> Record? {
        let shard = Self.shard(of: id)
        guard let position = shards[shard].positions.removeValue(forKey: id) else { return nil }
        let last = shards[shard].records.removeLast()
        count -= 1
        guard position < shards[shard].records.count else { return last }
        let removed = shards[shard].records[position]
        shards[shard].records[position] = last
        shards[shard].positions[last.id] = position
        return removed
    }

    public var isEmpty: Bool { count == 0 }

    /// Every record, in no particular order.
    public var values: FlattenSequence<LazyMapSequence<[Shard], [Record]>> {
        shards.lazy.map(\.records).joined()
    }

    public var keys: LazyMapSequence<FlattenSequence<LazyMapSequence<[Shard], [Record]>>, ID> {
        values.lazy.map(\.id)
    }

}

extension RecordShards {
    /// Calls `body` with the address of every record, in no particular order: a pass that reads a few
    /// fields of a large record (`record.pointee.kind`) then copies only those fields. Passing
    /// the record itself, even borrowed, makes the compiler copy all of it (every string retained).
    @inline(__always)
    public func forEachRecordAddress(_ body: (UnsafePointer<Record>) throws -> Void) rethrows {
        for shardIndex in shards.indices {
            try shards[shardIndex].records.withUnsafeBufferPointer { records in
                guard let base = records.baseAddress else { return }
                for index in records.indices { try body(base + index) }
            }
        }
    }
}

extension RecordShards: Equatable {
    public static func == (lhs: RecordShards, rhs: RecordShards) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for index in lhs.shards.indices {
            let (left, right) = (lhs.shards[index], rhs.shards[index])
            // Shared storage (the shards an edit did not touch) compares in constant time.
            if left.records == right.records { continue }
            guard left.records.count == right.records.count else { return false }
            for record in left.records {
                guard let position = right.positions[record.id], right.records[position] == record else { return false }
            }
        }
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
