import Dispatch
import RapportCanvas
import Foundation
import RapportCore
import Synchronization

/// What the list shows: the filters, the sort and the search query, applied to the index.
struct ContactListQuery: Equatable, Sendable {
    var search: String = ""
    var stage: LifecycleStage?
    var tag: String?
    var segment: CustomerSegment?
    /// Only contacts due a touch (keep in touch); applied after the search (`ContactsScreen.entries`).
    var dueTouch = false
    var sort: ContactColumn = .name
    var ascending = true
}

/// One row of the list: which contact, and (while searching) how well it matched and in which
/// field, so the visible rows can be highlighted without keeping indices for every match.
struct ContactListEntry: Equatable, Sendable {
    let row: Int32
    let score: Int
    let field: Int16
}

/// Filters, searches and sorts the index. Typing one more letter narrows the previous result
/// instead of searching everything again (a longer query can only match a subset).
///
/// Scattered matches are left out once the query was found in one piece in some contact
/// (`FuzzyMatch.keepsScattered`), as a person scanning the list expects: "rossi" lists the
/// Rossis, not everyone whose email happens to hold r, o, s, s, i in that order.
enum ContactSearch {
    struct CacheKey: Equatable, Sendable {
        let index: ContactIndex.Key
        let query: ContactListQuery
    }

    static func entries(_ index: ContactIndex, query: ContactListQuery, previous: (query: ContactListQuery, entries: [ContactListEntry])? = nil)
        -> [ContactListEntry] {
        let fuzzy = FuzzyQuery(query.search)
        if fuzzy.isEmpty, query.sort == .name {
            let order = query.ascending ? index.nameOrder : index.nameOrder.reversed()
            var entries: [ContactListEntry] = []
            entries.reserveCapacity(order.count)
            for position in order where passesFilters(index, Int(position), query) {
                entries.append(ContactListEntry(row: position, score: 0, field: -1))
            }
            return entries
        }
        if fuzzy.isEmpty {
            var entries: [ContactListEntry] = []
            entries.reserveCapacity(index.rows.count)
            for offset in index.rows.indices where passesFilters(index, offset, query) {
                entries.append(ContactListEntry(row: Int32(offset), score: 0, field: -1))
            }
            return sorted(entries, index: index, query: query)
        }
        let queryMask = ContactIndex.letterMask(fuzzy.letters)
        var candidates: [Int32]
        var narrowedACutList = false
        if let previous, previous.query.stage == query.stage, previous.query.tag == query.tag, previous.query.segment == query.segment,
           !previous.query.search.isEmpty, query.search.hasPrefix(previous.query.search) {
            // A list that had dropped its scattered matches still holds every match in one piece
            // of the longer query, but not its scattered ones: those need the whole list again.
            narrowedACutList = !FuzzyMatch.keepsScattered(bestScore: previous.entries.first?.score)
            // In row order, not the previous ranking's: the fields are then read sequentially.
            var wasMatched = [Bool](repeating: false, count: index.rows.count)
            for entry in previous.entries { wasMatched[Int(entry.row)] = true }
            candidates = []
            candidates.reserveCapacity(previous.entries.count)
            for offset in wasMatched.indices where wasMatched[offset] { candidates.append(Int32(offset)) }
        } else {
            candidates = allRows(index, query)
        }
        // Matches in one piece first (cheap); the scattered ones only when there are none.
        var (found, setAside) = scanInParallel(index, fuzzy: fuzzy, queryMask: queryMask, rows: candidates, scattered: false)
        if found.isEmpty {
            if narrowedACutList { setAside = allRows(index, query) }
            found = scanInParallel(index, fuzzy: fuzzy, queryMask: queryMask, rows: setAside, scattered: true).found
        }
        var keys: [UInt64] = []
        keys.reserveCapacity(found.count)
        var fieldOfRow = [Int16](repeating: -1, count: index.rows.count)
        for entry in found {
            keys.append(entry.key)
            fieldOfRow[Int(entry.row)] = entry.field
        }
        // Best match first (fzf's order); equal scores by name so the list is stable. Both go
        // into one integer, so the sort compares integers only (no closure, no string).
        keys.sort()
        let nameOrder = index.nameOrder
        var entries: [ContactListEntry] = []
        entries.reserveCapacity(keys.count)
        for key in keys {
            let row = nameOrder[Int(key & 0xFFFF_FFFF)]
            entries.append(ContactListEntry(row: row, score: Int(Self.maxScore - (key >> 32)), field: fieldOfRow[Int(row)]))
        }
        return entries
    }

    private static func allRows(_ index: ContactIndex, _ query: ContactListQuery) -> [Int32] {
        var rows: [Int32] = []
        rows.reserveCapacity(index.rows.count)
        for offset in index.rows.indices where passesFilters(index, offset, query) { rows.append(Int32(offset)) }
        return rows
    }

    typealias Found = [(key: UInt64, row: Int32, field: Int16)]

    /// `scan` in contiguous chunks on every core (a short query over 50,000 contacts scores tens
    /// of thousands of fields), merged in row order.
    private static func scanInParallel(_ index: ContactIndex, fuzzy: FuzzyQuery, queryMask: UInt64, rows: [Int32], scattered: Bool)
        -> (found: Found, setAside: [Int32]) {
        let chunkCount = rows.count >= 4_096 ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) : 1
        let chunkSize = (rows.count + chunkCount - 1) / chunkCount
        let chunks = Mutex<[(found: Found, setAside: [Int32])]>(Array(repeating: ([], []), count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = min(rows.count, chunk * chunkSize)..<min(rows.count, (chunk + 1) * chunkSize)
            let result = scan(index, fuzzy: fuzzy, queryMask: queryMask, rows: rows[range], scattered: scattered)
            chunks.withLock { $0[chunk] = result }
        }
        return chunks.withLock { ($0.flatMap(\.found), $0.flatMap(\.setAside)) }
    }

    /// Scores `rows` against the query: for each row that matches, its sort key and best field.
    /// Without `scattered`, only matches in one piece (exact, prefix, word prefix, substring)
    /// count, and the rows that hold every query letter without one are set aside for a second
    /// pass; with it, only the subsequence scoring runs (on those rows).
    private static func scan(_ index: ContactIndex, fuzzy: FuzzyQuery, queryMask: UInt64, rows: ArraySlice<Int32>, scattered: Bool)
        -> (found: Found, setAside: [Int32]) {
        var found: Found = []
        var setAside: [Int32] = []
        index.fieldMasks.withUnsafeBufferPointer { masks in
        index.fieldStart.withUnsafeBufferPointer { starts in
        index.rowMasks.withUnsafeBufferPointer { rowMasks in
        index.folded.withUnsafeBufferPointer { folded in
        index.wordStarts.withUnsafeBufferPointer { wordStarts in
        index.foldedStart.withUnsafeBufferPointer { foldedStart in
        index.fieldLength.withUnsafeBufferPointer { lengths in
        index.nameRank.withUnsafeBufferPointer { nameRank in
        index.wordStartPositions.withUnsafeBufferPointer { startPositions in
        index.wordStartStart.withUnsafeBufferPointer { startPositionStart in
        index.wordStartLetters.withUnsafeBufferPointer { startLetters in
        index.fieldFirst.withUnsafeBufferPointer { firsts in
            func text(_ field: Int) -> UnsafeBufferPointer<Unicode.Scalar> {
                UnsafeBufferPointer(rebasing: folded[Int(foldedStart[field])..<Int(foldedStart[field + 1])])
            }
            func wordStartsOf(_ field: Int) -> UnsafeBufferPointer<Bool> {
                UnsafeBufferPointer(rebasing: wordStarts[Int(foldedStart[field])..<Int(foldedStart[field + 1])])
            }
            func wordStartPositionsOf(_ field: Int) -> UnsafeBufferPointer<Int32> {
                UnsafeBufferPointer(rebasing: startPositions[Int(startPositionStart[field])..<Int(startPositionStart[field + 1])])
            }
            func wordStartLettersOf(_ field: Int) -> UnsafeBufferPointer<Unicode.Scalar> {
                UnsafeBufferPointer(rebasing: startLetters[Int(startPositionStart[field])..<Int(startPositionStart[field + 1])])
            }
            for rowIndex in rows {
                let row = Int(rowIndex)
                guard rowMasks[row] & queryMask == queryMask else { continue }
                let first = Int(starts[row])
                let end = Int(starts[row + 1])
                var bestScore = Int.min
                var bestField = -1
                if !scattered {
                    for field in first..<end where masks[field] & queryMask == queryMask {
                        guard let score = fuzzy.wordStartScore(folded: text(field), first: firsts[field],
                                                               wordStartPositions: wordStartPositionsOf(field),
                                                               wordStartLetters: wordStartLettersOf(field), length: Int(lengths[field])),
                              score > bestScore else { continue }
                        bestScore = score
                        bestField = field - first
                    }
                    // Inside a word only where no field matched at a word start (those rank higher),
                    // since it reads the whole text.
                    if bestField < 0 {
                        for field in first..<end where masks[field] & queryMask == queryMask {
                            guard let score = fuzzy.substringScore(folded: text(field), length: Int(lengths[field])),
                                  score > bestScore else { continue }
                            bestScore = score
                            bestField = field - first
                        }
                    }
                    if bestField < 0 {
                        setAside.append(rowIndex)
                        continue
                    }
                } else {
                    for field in first..<end where masks[field] & queryMask == queryMask {
                        guard let score = fuzzy.subsequenceScore(folded: text(field), wordStarts: wordStartsOf(field), length: Int(lengths[field])),
                              score > bestScore else { continue }
                        bestScore = score
                        bestField = field - first
                    }
                }
                guard bestField >= 0 else { continue }
                found.append((ContactSearch.sortKey(score: bestScore, nameRank: nameRank[row]), rowIndex, Int16(bestField)))
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        return (found, setAside)
    }

    /// Scores are below 6,000,000 (kind × 1,000,000 + quality × 1,000 + shortness).
    static let maxScore: UInt64 = 1 << 31

    /// Higher scores first, then name order: (maxScore - score) in the high half, the rank below.
    @inline(__always)
    static func sortKey(score: Int, nameRank: Int32) -> UInt64 {
        (UInt64(Int(maxScore) - score) << 32) | UInt64(UInt32(nameRank))
    }

    static func passesFilters(_ index: ContactIndex, _ offset: Int, _ query: ContactListQuery) -> Bool {
        if query.stage == nil, query.tag == nil, query.segment == nil { return true }
        let row = index.rows[offset]
        if let segment = query.segment, row.segment != segment { return false }
        if let stage = query.stage, row.stage != stage { return false }
        if let tag = query.tag, !row.tags.contains(where: { $0.caseInsensitiveCompare(tag) == .orderedSame }) { return false }
        return true
    }

    static func sorted(_ entries: [ContactListEntry], index: ContactIndex, query: ContactListQuery) -> [ContactListEntry] {
        let rows = index.rows
        let segmentRank = index.segmentRank, valueKey = index.valueKey
        func ordered(_ a: ContactIndex.Row, _ b: ContactIndex.Row, _ ai: Int, _ bi: Int) -> Bool? {
            switch query.sort {
            case .name: return compare(a.sortKeys.name, b.sortKeys.name)
            case .company: return compare(a.sortKeys.company, b.sortKeys.company)
            case .stage: return a.stage == b.stage ? nil : a.stage < b.stage
            case .segment:
                // Contacts without a segment sort last, in both directions.
                let x = segmentRank[ai], y = segmentRank[bi], none = Int8(CustomerSegment.allCases.count)
                if x == y { return nil }
                if x == none || y == none { return (y == none) == query.ascending }
                return x < y
            case .lifetimeValue:
                let x = valueKey[ai], y = valueKey[bi]
                return x == y ? nil : x < y
            case .email: return compare(a.sortKeys.email, b.sortKeys.email)
            case .phone: return compare(a.phone, b.phone)
            case .lastInteraction: return a.lastInteraction == b.lastInteraction ? nil : (a.lastInteraction ?? .distantPast) < (b.lastInteraction ?? .distantPast)
            case .nextTask:
                // Contacts without a task sort after those with one, in both directions.
                switch (a.nextTaskDue, b.nextTaskDue) {
                case let (x?, y?): return x == y ? nil : x < y
                case (nil, nil): return nil
                case (_?, nil): return query.ascending
                case (nil, _?): return !query.ascending
                }
            }
        }
        func compare(_ a: String, _ b: String) -> Bool? {
            // Empty values go last, whichever the direction.
            if a.isEmpty != b.isEmpty { return a.isEmpty ? !query.ascending : query.ascending }
            return a == b ? nil : a < b
        }
        return entries.sorted { x, y in
            let a = rows[Int(x.row)], b = rows[Int(y.row)]
            if let result = ordered(a, b, Int(x.row), Int(y.row)) { return query.ascending ? result : !result }
            return a.id < b.id
        }
    }

    /// Indices of the matched letters in the shown column's text, for highlighting.
    static func highlights(_ entry: ContactListEntry, index: ContactIndex, query: String) -> (column: ContactColumn, indices: [Int])? {
        guard entry.field >= 0 else { return nil }
        let row = index.rows[Int(entry.row)]
        let field = row.fields[Int(entry.field)]
        guard let column = field.column, let result = FuzzyQuery(query).match(field.candidate) else { return nil }
        return (column, result.matchedIndices)
    }
}
