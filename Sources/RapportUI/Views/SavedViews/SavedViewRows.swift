import RapportCore
import RapportCanvas

/// The records a saved view shows, in the order its screen shows them, computed by the screens'
/// own matchers (the contact list's fuzzy search and filters, the companies' search, the
/// board's filter and card order). `rapport list --view NAME` prints these, so the command line
/// and the TUI cannot disagree about what a view means.
public enum SavedViewRows {
    /// The contact list as the view filters and sorts it, as of the clock's day (segments and
    /// lifetime values depend on it, as on screen).
    public static func contactIDs(_ view: SavedView, book: Book, clock: any Clock) -> [ContactID] {
        let index = ContactIndex(book: book, asOf: clock.today, timeZone: clock.timeZone)
        return ContactSearch.entries(index, query: SavedViewQuery.contactsQuery(view)).map { index.rows[Int($0.row)].id }
    }

    public static func companyIDs(_ view: SavedView, book: Book) -> [CompanyID] {
        let sort = SavedViewQuery.companiesSort(view)
        return CompanyIndex(book: book).visibleRows(search: view.filter.search ?? "", sort: sort.column, ascending: sort.ascending)
            .map(\.row.company.id)
    }

    /// The board's cards column by column (the pipeline's stages, then Won, then Lost), each
    /// column in the view's order.
    public static func opportunityIDs(_ view: SavedView, book: Book, clock: any Clock) -> [OpportunityID] {
        BoardColumns.of(book, filter: view.filter.search ?? "", sort: SavedViewQuery.boardSort(view), clock: clock)
            .columns.flatMap(\.cards)
    }
}
