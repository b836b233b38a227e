import Foundation
import RapportCore

/// Everything the screen shows: the book, which view is open, what is on top of it. A value:
/// `update` changes it, `render` draws it, nothing else holds state.
public struct AppState: Sendable {
    public var book: Book
    /// The folder the book lives in, shown in the status bar.
    public var bookPath: String
    public var isReadOnly: Bool
    public var view: ViewID = .board
    public var overlay: Overlay?
    public var history = UndoHistory()
    public var message: StatusMessage?
    public var saveStatus: SaveStatus
    /// Set by a change to the book; the runner saves and clears it.
    public var needsSave = false
    public var size: TerminalExtent
    /// The Help view's scroll position.
    public var helpOffset = 0

    // Each view's own state (selection, filters, open forms), kept while the user looks elsewhere.
    public var board = BoardState()
    public var contacts = ContactsState()
    public var companies = CompaniesState()
    public var activities = ActivitiesState()
    public var campaigns = CampaignsState()
    public var reports = ReportsState()
    /// The saved-views dialog, over whichever screen opened it.
    public var savedViews = SavedViewsState()
    /// The day-start banner and the reminders already given (Workday.swift).
    public var workday = WorkdayState()
    /// Which records belong to which contact and company, for the detail panes (a cache).
    let links = BookLinksCache()

    public init(book: Book, bookPath: String, isReadOnly: Bool = false, size: TerminalExtent) {
        self.book = book
        self.bookPath = bookPath
        self.isReadOnly = isReadOnly
        self.size = size
        self.saveStatus = isReadOnly ? .readOnly : .saved
    }

    /// The book's name: its folder's last component.
    public var bookName: String {
        let trimmed = bookPath.hasSuffix("/") ? String(bookPath.dropLast()) : bookPath
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    /// Replaces the book with a changed one, remembering the old one for undo.
    public mutating func commit(_ changed: Book, label: String, environment: AppEnvironment) {
        guard changed != book else { return }
        history.record(book, label: label)
        replaceBook(with: changed, environment: environment)
        show(label, severity: .success, environment: environment)
    }

    /// Every change of the book (a commit, undo, redo) comes through here, so the selection
    /// stays on the record it was on, wherever the change moved it (see `HeldSelection`).
    mutating func replaceBook(with changed: Book, environment: AppEnvironment) {
        let held = ViewDispatch.heldSelection(self, environment: environment)
        var changed = changed
        // A hint the user hid is not an edit: undoing an older change does not bring it back.
        changed.settings.hiddenHints = book.settings.hiddenHints
        book = changed
        markChanged()
        if let held { ViewDispatch.restore(held, state: &self, environment: environment) }
    }

    mutating func markChanged() {
        needsSave = true
        if !isReadOnly { saveStatus = .unsaved }
    }

    public mutating func show(_ text: String, severity: StatusMessage.Severity = .info, environment: AppEnvironment,
                              seconds: Double = 4) {
        message = StatusMessage(text, severity: severity, expiresAt: environment.clock.now.addingTimeInterval(seconds))
    }
}

/// A terminal's size in cells.
public struct TerminalExtent: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Below this the app draws one line saying so instead of a broken layout.
    public static let minimum = TerminalExtent(width: 60, height: 16)

    public var isUsable: Bool { width >= Self.minimum.width && height >= Self.minimum.height }
}

/// What is drawn on top of the current view and takes the keys first.
public enum Overlay: Hashable, Sendable {
    case help(offset: Int)
    case palette(PaletteState)
    /// Quitting found changes that could not be saved: retry, keep a copy, or discard.
    case unsavedQuit
}
