/// Edits that another program (a command run while the full-screen app has the book open)
/// appended to the journal, read and replayed by the app's store: the book as it now is, and how
/// many changes came in, for the app to show and to say so.
public struct OutsideEdits: Sendable {
    /// The book the app should show from now on: what it showed, with the other program's
    /// changes to every record the app had not changed itself.
    public let book: Book
    /// Records changed (or removed) by the other programs.
    public let changeCount: Int
}

/// The records other programs changed since the app last took their edits: by collection, the
/// ids named by the journal lines it read.
struct ForeignChanges {
    var ids: [BookCollection: Set<String>] = [:]
    var count = 0

    var isEmpty: Bool { count == 0 }

    /// Notes the records each change of `contents` names.
    mutating func note(_ contents: BookJournal.Contents) {
        for save in contents.saves {
            for change in save.changes {
                guard case .string(let name)? = change["collection"], let collection = BookCollection(rawValue: name) else { continue }
                let id: String?
                if case .string(let removed)? = change["remove"] {
                    id = removed
                } else if case .object(let record)? = change["record"], case .string(let recordID)? = record["id"] {
                    id = recordID
                } else {
                    id = nil
                }
                guard let id else { continue }
                ids[collection, default: []].insert(id)
                count += 1
            }
        }
    }

    /// A three-way merge, record by record: `mine` (what the app shows) with `theirs` (the book as
    /// the files and journal now hold it) for every record another program changed and the app
    /// did not (it is as in `base`, the book the app last saved or took). A record both changed
    /// keeps the app's version: it is saved after theirs, so it is also what the journal ends with.
    func merge(base: Book, mine: Book, theirs: Book) -> Book {
        var merged = mine
        func take<R: Record>(_ collection: BookCollection, _ table: WritableKeyPath<Book, RecordTable<R>>) {
            guard let changed = ids[collection] else { return }
            for raw in changed {
                let id = R.ID(raw)
                guard mine[keyPath: table][id] == base[keyPath: table][id] else { continue }
                if let record = theirs[keyPath: table][id] {
                    merged[keyPath: table].upsert(record)
                } else {
                    _ = merged[keyPath: table].remove(id)
                }
            }
        }
        take(.contacts, \.contacts)
        take(.companies, \.companies)
        take(.opportunities, \.opportunities)
        take(.activities, \.activities)
        take(.purchases, \.purchases)
        take(.surveys, \.surveys)
        take(.campaigns, \.campaigns)
        take(.tickets, \.tickets)
        take(.templates, \.templates)
        return merged
    }
}
