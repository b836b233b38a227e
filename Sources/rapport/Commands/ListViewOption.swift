import RapportCore
import RapportCanvas
import RapportUI

/// `rapport list KIND --view NAME`: the rows a view saved in the TUI shows, in its order. The
/// matching is the TUI's own (`SavedViewRows`), so the command prints what the screen shows.
enum ListViewOption {
    /// The options `--view` replaces: the view already says how to filter and sort.
    static let replacedOptions = ["filter", "stage", "sort", "reverse"]

    static func rows(_ listing: RecordListing, kind: String, name: String, book: Book, clock: any Clock,
                     arguments: Arguments) throws(UsageError) -> [RecordListing.Row] {
        if let option = replacedOptions.first(where: { arguments.value($0) != nil || arguments.has($0) }) {
            throw UsageError(Messages.viewsCLIConflict.text(["option": option]))
        }
        guard let screen = SavedViewScreen(listKind: kind) else {
            throw UsageError(Messages.viewsCLIWrongKind.text(["kind": kind]))
        }
        guard let view = book.settings.savedView(named: name, screen: screen) else {
            let names = book.settings.savedViews(for: screen).map { "\"\($0.name)\"" }
            let message = names.isEmpty ? Messages.viewsCLIUnknownNone : Messages.viewsCLIUnknown
            throw UsageError(message.text(["screen": screen.rawValue, "name": name, "names": names.joined(separator: ", ")]))
        }
        let ids: [String]
        switch screen {
        case .contacts: ids = SavedViewRows.contactIDs(view, book: book, clock: clock).map(\.rawValue)
        case .companies: ids = SavedViewRows.companyIDs(view, book: book).map(\.rawValue)
        case .board: ids = SavedViewRows.opportunityIDs(view, book: book, clock: clock).map(\.rawValue)
        }
        // Every listing's first cell is the record's id.
        var byID: [String: RecordListing.Row] = [:]
        for row in listing.rows { if let id = row.cells.first { byID[id] = row } }
        return ids.compactMap { byID[$0] }
    }
}
