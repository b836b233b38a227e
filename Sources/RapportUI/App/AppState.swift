import Foundation
import RapportCanvas
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
    /// Whether the book on screen is on disk; `Effect.save` asks for it, `EffectOutcome` answers.
    public var saveStatus: SaveStatus
    /// Counts the changes made here (commits, undo, redo): a key that moved it asks for a save
    /// (`App.savingIfChanged`). Edits adopted from other programs are already on disk.
    public private(set) var bookRevision = 0
    public var size: TerminalExtent
    /// The keys as the user bound them (the built-in tables with config.json applied).
    public var keys = ResolvedKeymaps()
    /// Each screen's own state (selection, filters, open dialog), kept while the user looks elsewhere.
    public var screens = ScreenStates()

    /// The saved-views dialog, over whichever screen opened it.
    public var savedViews = SavedViewsState()
    /// The day-start banner and the reminders already given (Workday.swift).
    public var workday = WorkdayState()
    /// What the last click did (AppPointer.swift): a double click opens only what it selected.
    var lastClick: AppAction?
    /// Which records belong to which contact and company, for the detail panes (a cache).
    let links = BookLinksCache()

    public init(book: Book, bookPath: String, isReadOnly: Bool = false, size: TerminalExtent) {
        self.book = book
        self.bookPath = bookPath
        self.isReadOnly = isReadOnly
        self.size = size
        self.saveStatus = isReadOnly ? .readOnly : .saved
        for screen in Screens.all { screen.installState(&screens) }
    }

    /// Whether the book holds changes not yet on disk (never for a read-only book).
    public var needsSave: Bool {
        switch saveStatus {
        case .unsaved, .failed: return true
        case .saved, .readOnly: return false
        }
    }

    /// The keys in force on the current screen when no dialog is open: its own, then the global ones.
    var activeKeymap: Keymap<AppAction> { Keymaps.active(in: view, keys) }

    /// What the status bar and the `?` overlay say about the keys in force: the open dialog's,
    /// or the screen's own with its symbols and the global keys.
    var keyGuide: KeyGuide {
        let screen = Screens.screen(view)
        if screen.hasModal(self), let modal = screen.modalKeys(self) { return modal }
        return KeyGuide(sections: screen.legend(), hints: []).followed(by: KeyGuide(activeKeymap))
    }

    /// The status bar's half of `keyGuide`: the hints alone, drawn every frame, so the help
    /// sections are not built for it when no dialog is open.
    var keyHints: [(keys: String, help: String)] {
        let screen = Screens.screen(view)
        if screen.hasModal(self), let modal = screen.modalKeys(self) { return modal.hints }
        return activeKeymap.allHints.map { ($0.label, $0.help) }
    }

    /// The book's name: its folder's last component.
    public var bookName: String {
        let trimmed = bookPath.hasSuffix("/") ? String(bookPath.dropLast()) : bookPath
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    /// Replaces the book with a changed one, remembering the old one for undo: for the shell's
    /// own changes (notes back from the editor, the saved-views dialog); a screen's update
    /// commits through its `ScreenContext`.
    public mutating func commit(_ changed: Book, label: String, environment: AppEnvironment) {
        guard changed != book else { return }
        history.record(book, label: label)
        replaceBook(with: changed, environment: environment)
        show(label, severity: .success, environment: environment)
    }

    /// Every change of the book from outside a screen's update (undo, redo, outside edits)
    /// comes through here, so the selection stays on the record it was on, wherever the change
    /// moved it (see `HeldSelection`). A screen's own commits hold it in `ScreenContext.commit`.
    mutating func replaceBook(with changed: Book, environment: AppEnvironment) {
        let screen = Screens.screen(view)
        let held = screen.heldSelection(self, environment)
        installBook(changed)
        if let held { screen.follow(held, &self, environment) }
    }

    /// Edits other programs saved, merged into the book on screen. The undo history starts again
    /// from here: each entry is a whole book from before those edits, so undoing the app's last
    /// change would also have silently removed what the other program added. Already on disk,
    /// so not marked unsaved.
    mutating func adoptOutsideEdits(_ merged: Book, environment: AppEnvironment) {
        let screen = Screens.screen(view)
        let held = screen.heldSelection(self, environment)
        book = merged
        history = UndoHistory(limit: history.limit)
        if let held { screen.follow(held, &self, environment) }
    }

    /// The book becomes `changed`, as not yet saved.
    private mutating func installBook(_ changed: Book) {
        var changed = changed
        // A hint the user hid is not an edit: undoing an older change does not bring it back.
        changed.settings.hiddenHints = book.settings.hiddenHints
        book = changed
        markChanged()
    }

    mutating func markChanged() {
        bookRevision += 1
        if !isReadOnly { saveStatus = .unsaved }
    }

    /// What a screen's update asked for, in order: its commits (each one undoable; the screen
    /// already moved its selection), its messages, then the actions it handed on.
    mutating func apply(_ requests: [ShellRequest], environment: AppEnvironment) -> [Effect] {
        var effects: [Effect] = []
        for request in requests {
            switch request {
            case .commit(let changed, let label, let previous):
                history.record(previous, label: label)
                installBook(changed)
                show(label, severity: .success, environment: environment)
            case .adoptIrreversibly(let changed):
                book = changed
                history = UndoHistory()
                markChanged()
            case .show(let message):
                self.message = message
            case .perform(let action):
                effects += App.performAction(action, state: &self, environment: environment)
            case .forgetUndoHistory:
                history = UndoHistory(limit: history.limit)
            case .hideHint(let id):
                book.settings.hiddenHints = (book.settings.hiddenHints ?? []) + [id]
                markChanged()
            }
        }
        return effects
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
