import Foundation
import RapportCore

/// The order of `rapport list --sort FIELD [--reverse]`: by id (the default, the order of the
/// files), by when the record was created or last changed, or by a column. Text compares as
/// names do everywhere (`NameSortKey`: accents and case folded), numbers as numbers; empty
/// values go last either way, and ties keep id order so the output is deterministic.
struct ListOrder {
    private enum Key {
        case id, created, updated, column(Int)
    }

    private let key: Key
    private let reverse: Bool

    init(_ field: String?, headers: [String], nameColumn: Int, reverse: Bool) throws(UsageError) {
        self.reverse = reverse
        guard let field = field?.trimmingWhitespace().lowercased() else {
            key = .id
            return
        }
        switch field {
        case "id": key = .id
        case "name": key = .column(nameColumn)
        case "created", "created-at": key = .created
        case "updated", "updated-at": key = .updated
        default:
            guard let column = headers.firstIndex(where: { $0.lowercased() == field }) else {
                let choices = ["name", "created", "updated"] + headers.map { $0.lowercased() }.filter { $0 != "name" }
                throw UsageError("--sort is one of \(choices.joined(separator: ", ")), not \"\(field)\"")
            }
            key = .column(column)
        }
    }

    /// `rows` arrive in id order.
    func sorted(_ rows: [RecordListing.Row]) -> [RecordListing.Row] {
        if case .id = key { return reverse ? rows.reversed() : rows }
        return rows.enumerated().sorted { a, b in
            compare(a.element, b.element) ?? (a.offset < b.offset)  // ties: id order
        }.map(\.element)
    }

    /// true: a before b; false: b before a; nil: equal.
    private func compare(_ a: RecordListing.Row, _ b: RecordListing.Row) -> Bool? {
        func ordered<T: Comparable>(_ x: T, _ y: T) -> Bool? { x == y ? nil : (x < y) != reverse }
        switch key {
        case .id: return nil
        case .created: return ordered(a.created, b.created)
        case .updated: return ordered(a.updated, b.updated)
        case .column(let column):
            if let x = a.numbers[column], let y = b.numbers[column] { return ordered(x, y) }
            let x = column < a.cells.count ? a.cells[column] : ""
            let y = column < b.cells.count ? b.cells[column] : ""
            if x.isEmpty != y.isEmpty { return y.isEmpty }  // empty last, whichever the direction
            return ordered(NameSortKey(x), NameSortKey(y))
        }
    }
}
