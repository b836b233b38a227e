import RapportCore

/// What the list shows, derived from the book and cached in the state: the index with its
/// roll-ups, the searched and sorted rows, and the company the selection is on.
extension CompaniesScreen {
    static func index(_ state: CompaniesState, book: Book) -> CompanyIndex {
        state.caches.index.value(for: CompanyIndex.Key(book)) { CompanyIndex(book: book) }
    }

    static func visibleRows(_ state: CompaniesState, book: Book) -> [(row: CompanyIndex.Row, highlights: [Int])] {
        let key = VisibleRowsKey(index: CompanyIndex.Key(book), search: state.searchInput.text, sort: state.sort, ascending: state.ascending)
        return state.caches.visible.value(for: key) {
            index(state, book: book).visibleRows(search: key.search, sort: key.sort, ascending: key.ascending)
        }
    }

    static func selectedID(_ state: CompaniesState, book: Book) -> CompanyID? {
        let rows = visibleRows(state, book: book)
        guard let selected = state.list.selected, rows.indices.contains(selected) else { return nil }
        return rows[selected].row.company.id
    }

    static func pageSize(_ size: TerminalExtent) -> Int { max(1, size.height - 4) }

    static func syncList(_ state: inout CompaniesState, book: Book, size: TerminalExtent) {
        state.list.setItemCount(visibleRows(state, book: book).count)
        state.list.scrollToSelection(height: pageSize(size), showsMoreIndicator: false)
    }

    /// For the saved-views dialog, which sets the search and the sort from outside the screen.
    static func syncList(_ app: inout AppState) {
        syncList(&app.companies, book: app.book, size: app.size)
    }
}
