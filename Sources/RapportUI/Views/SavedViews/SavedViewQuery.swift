import RapportCore
import RapportCanvas

/// Between a screen's own filter and sort state and the `SavedView` stored in the book: reading
/// the current query out of a screen, and putting a saved one back. The sort fields are named
/// here, once, with stable names, so renaming an enum case never changes what books store.
enum SavedViewQuery {
    /// The screen a view belongs to; nil for views without a filter or sort to save.
    static func screen(of view: ViewID) -> SavedViewScreen? {
        switch view {
        case .board: return .board
        case .contacts: return .contacts
        case .companies: return .companies
        default: return nil
        }
    }

    static func view(of screen: SavedViewScreen) -> ViewID {
        switch screen {
        case .board: return .board
        case .contacts: return .contacts
        case .companies: return .companies
        }
    }

    /// What the screen shows now, as an unnamed view.
    static func current(_ screen: SavedViewScreen, in state: AppState) -> SavedView {
        switch screen {
        case .board:
            return SavedView(name: "", screen: .board, filter: SavedViewFilter(search: state.board.filterText),
                             sort: SavedViewSort(field: state.board.sort.savedName))
        case .contacts:
            return contactsView(state.contacts.query)
        case .companies:
            return SavedView(name: "", screen: .companies, filter: SavedViewFilter(search: state.companies.searchInput.text),
                             sort: SavedViewSort(field: state.companies.sort.savedName, ascending: state.companies.ascending))
        }
    }

    static func contactsView(_ query: ContactListQuery) -> SavedView {
        SavedView(name: "", screen: .contacts,
                  filter: SavedViewFilter(search: query.search, stage: query.stage?.rawValue, tag: query.tag,
                                          segment: query.segment?.rawValue),
                  sort: SavedViewSort(field: query.sort.savedName, ascending: query.ascending))
    }

    /// The contact list's query for a saved view. A value this version does not know (a stage
    /// or column from a newer book) is left out rather than guessed.
    static func contactsQuery(_ view: SavedView) -> ContactListQuery {
        var query = ContactListQuery()
        query.search = view.filter.search ?? ""
        query.stage = view.filter.stage.flatMap(LifecycleStage.init(rawValue:))
        query.tag = view.filter.tag
        query.segment = view.filter.segment.flatMap(CustomerSegment.init(rawValue:))
        if let sort = view.sort, let column = ContactColumn(savedName: sort.field) {
            query.sort = column
            query.ascending = sort.ascending
        }
        return query
    }

    static func boardSort(_ view: SavedView) -> BoardSort {
        view.sort.flatMap { BoardSort(savedName: $0.field) } ?? BoardState().sort
    }

    static func companiesSort(_ view: SavedView) -> (column: CompanyColumn, ascending: Bool) {
        guard let sort = view.sort, let column = CompanyColumn(savedName: sort.field) else {
            let defaults = CompaniesState()
            return (defaults.sort, defaults.ascending)
        }
        return (column, sort.ascending)
    }

    /// Shows the saved view on its screen: its filter and sort, the first row selected, any
    /// search typing or pane closed, as if the user had just typed it.
    static func apply(_ view: SavedView, state: inout AppState, environment: AppEnvironment) {
        switch view.screen {
        case .board:
            state.board.filter = TextInputState(text: view.filter.search ?? "")
            state.board.isEditingFilter = false
            state.board.sort = boardSort(view)
            state.board.focusedRow = 0
            state.board.rowOffsets = [:]
            state.board.pane = nil
        case .contacts:
            let query = contactsQuery(view)
            state.contacts.query = query
            state.contacts.searchInput = TextInputState(text: query.search)
            state.contacts.isTyping = false
            state.contacts.isPaneOpen = false
            state.contacts.paneHasFocus = false
            state.contacts.list.select(0)
            state.contacts.list.offset = 0
            let context = ScreenContext<ContactsScreen>(app: state, environment: environment)
            ContactsScreen.syncList(&state.contacts, context)
        case .companies:
            let sort = companiesSort(view)
            state.companies.searchInput = TextInputState(text: view.filter.search ?? "")
            state.companies.sort = sort.column
            state.companies.ascending = sort.ascending
            state.companies.isTyping = false
            state.companies.isPaneOpen = false
            state.companies.paneHasFocus = false
            state.companies.list.select(0)
            state.companies.list.offset = 0
            CompaniesScreen.syncList(&state)
        }
    }

    /// How the picker names a view's sort: the screen's own column title ("Last contact ↓"),
    /// not the stored field name; an unknown field is shown as stored.
    static func sortTitle(_ view: SavedView) -> String {
        guard let sort = view.sort else { return "" }
        let title: String
        switch view.screen {
        case .board: title = BoardSort(savedName: sort.field)?.title ?? sort.field
        case .contacts: title = ContactColumn(savedName: sort.field)?.title ?? sort.field
        case .companies: title = CompanyColumn(savedName: sort.field)?.title ?? sort.field
        }
        // The board's orders have one direction each: no arrow.
        if view.screen == .board { return title }
        return (sort.ascending ? Messages.viewsSummaryAscending : Messages.viewsSummaryDescending).text(["field": title])
    }

    /// The saved view the screen shows right now, if any: the name stays in the footer while the
    /// filter and sort are the view's, and goes as soon as the user changes them.
    static func shownView(in state: AppState) -> SavedView? {
        guard let screen = screen(of: state.view) else { return nil }
        let current = current(screen, in: state)
        return state.book.settings.savedViews(for: screen).first { $0.hasSameQuery(as: current) }
    }
}

// The stored names of the sort fields. Written out (not derived from the case names) because
// books keep them.

extension ContactColumn {
    var savedName: String {
        switch self {
        case .name: return "name"
        case .company: return "company"
        case .stage: return "stage"
        case .segment: return "segment"
        case .lifetimeValue: return "lifetimeValue"
        case .email: return "email"
        case .phone: return "phone"
        case .lastInteraction: return "lastInteraction"
        case .nextTask: return "nextTask"
        }
    }

    init?(savedName: String) {
        guard let column = ContactColumn.allCases.first(where: { $0.savedName == savedName }) else { return nil }
        self = column
    }
}

extension CompanyColumn {
    var savedName: String {
        switch self {
        case .name: return "name"
        case .industry: return "industry"
        case .people: return "people"
        case .openPipeline: return "openPipeline"
        case .won: return "won"
        }
    }

    init?(savedName: String) {
        guard let column = CompanyColumn.allCases.first(where: { $0.savedName == savedName }) else { return nil }
        self = column
    }
}

extension BoardSort {
    var savedName: String {
        switch self {
        case .nextActivity: return "nextActivity"
        case .amount: return "amount"
        case .age: return "age"
        case .expectedClose: return "expectedClose"
        }
    }

    init?(savedName: String) {
        guard let sort = BoardSort.allCases.first(where: { $0.savedName == savedName }) else { return nil }
        self = sort
    }
}
