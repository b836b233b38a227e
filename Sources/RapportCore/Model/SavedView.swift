/// A list screen's filter and sort, saved under a name ("Hot leads Milano") so the user can come
/// back to it with one key, and `rapport list --view NAME` can print the same rows. Kept in the
/// book's settings, so views travel with the book. Only what the screen itself lets the user
/// choose is stored; the text is the query as typed, applied by the screen's own matcher.
public struct SavedView: Codable, Hashable, Sendable {
    public var name: String
    public var screen: SavedViewScreen
    public var filter: SavedViewFilter
    /// Nil: the screen's default order.
    public var sort: SavedViewSort?

    public init(name: String, screen: SavedViewScreen, filter: SavedViewFilter = SavedViewFilter(), sort: SavedViewSort? = nil) {
        self.name = name
        self.screen = screen
        self.filter = filter
        self.sort = sort
    }

    /// The same filter and sort, whatever the name: whether the screen still shows this view.
    public func hasSameQuery(as other: SavedView) -> Bool {
        screen == other.screen && filter == other.filter && sort == other.sort
    }
}

/// The screens that have a filter or a sort to save. The raw value is stored and is what
/// `rapport views list` prints; the CLI's `list` kinds map onto it.
public enum SavedViewScreen: String, Codable, CaseIterable, Sendable {
    case board, contacts, companies

    /// The screen whose rows `rapport list KIND` prints ("deals" is the board's too).
    public init?(listKind: String) {
        switch listKind {
        case "contacts": self = .contacts
        case "companies": self = .companies
        case "opportunities", "deals": self = .board
        default: return nil
        }
    }
}

/// What narrows the rows. Every field is optional so each screen stores only what it has: the
/// board and the companies a search text, the contacts also a lifecycle stage, a tag and a
/// segment (by their stored raw values).
public struct SavedViewFilter: Codable, Hashable, Sendable {
    public var search: String?
    public var stage: String?
    public var tag: String?
    public var segment: String?

    public init(search: String? = nil, stage: String? = nil, tag: String? = nil, segment: String? = nil) {
        // Empty is stored as absent, so "no search" has one spelling and two views compare equal.
        self.search = search.flatMap { $0.isEmpty ? nil : $0 }
        self.stage = stage
        self.tag = tag.flatMap { $0.isEmpty ? nil : $0 }
        self.segment = segment
    }
}

/// The column (or board order) the rows are sorted by, by a stable name ("lastInteraction").
public struct SavedViewSort: Codable, Hashable, Sendable {
    public var field: String
    public var ascending: Bool

    public init(field: String, ascending: Bool = true) {
        self.field = field
        self.ascending = ascending
    }
}

extension SavedView {
    /// One line for people: what the view filters on and how it sorts (`"milano" · stage lead ·
    /// lastInteraction ↓`). The TUI's picker and `rapport views list` print the same.
    public var filterSummary: String {
        var parts: [String] = []
        if let search = filter.search { parts.append(Messages.viewsSummarySearch.text(["text": search])) }
        if let stage = filter.stage { parts.append(Messages.viewsSummaryStage.text(["value": stage])) }
        if let tag = filter.tag { parts.append(Messages.viewsSummaryTag.text(["value": tag])) }
        if let segment = filter.segment { parts.append(Messages.viewsSummarySegment.text(["value": segment])) }
        return parts.isEmpty ? Messages.viewsSummaryEverything.text : parts.joined(separator: " · ")
    }

    public var sortSummary: String {
        guard let sort else { return "" }
        // The board's orders have one direction each: no arrow.
        if screen == .board { return sort.field }
        return (sort.ascending ? Messages.viewsSummaryAscending : Messages.viewsSummaryDescending).text(["field": sort.field])
    }
}
