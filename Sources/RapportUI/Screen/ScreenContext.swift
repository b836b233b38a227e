import Foundation
import RapportCore

/// What a screen is given of the rest of the app: the book (read-only: a change goes through
/// `commit`), the terminal's size, the clock, and the ways to ask the shell for something (a
/// message, another screen's action). A value: the shell builds one for each update or render
/// and applies what the update asked for once it returns.
public struct ScreenContext<S: Screen>: Sendable {
    public private(set) var book: Book
    public let size: TerminalExtent
    public let environment: AppEnvironment
    /// The folder the book lives in.
    public let bookPath: String
    public let isReadOnly: Bool
    /// The keys in force, the user's bindings included (for screens that list keys).
    public let keys: ResolvedKeymaps
    /// Derivations of the book that several screens read (which records belong to whom).
    let links: BookLinksCache

    /// What the update asked of the shell, in order; the shell applies them after it returns.
    private(set) var requests: [ShellRequest] = []

    init(app: AppState, environment: AppEnvironment) {
        book = app.book
        size = app.size
        self.environment = environment
        bookPath = app.bookPath
        isReadOnly = app.isReadOnly
        keys = app.keys
        links = app.links
    }

    public var clock: any Clock { environment.clock }
    public var now: Date { environment.clock.now }
    public var today: LocalDate { environment.clock.today }

    /// The one way to change the book: one undoable step, named by `label` (shown as the status
    /// message and by undo). The selection stays on the record it was on, wherever the change
    /// moved it (`Screen.follow`); code after the commit reads the changed book.
    public mutating func commit(_ changed: Book, label: String, state: inout S.State) {
        guard changed != book else { return }
        let held = S.heldSelection(state, context: self)
        requests.append(.commit(changed, label: label, previous: book))
        book = changed
        if let held { S.follow(held, state: &state, context: self) }
    }

    /// A book changed where undo cannot follow (a campaign's deliveries, already on disk): it
    /// replaces the one on screen and the undo history is cleared, as undoing past it would
    /// undo what cannot be undone. The selection stays on its record, as with `commit`.
    public mutating func adoptIrreversibly(_ changed: Book, state: inout S.State) {
        guard changed != book else { return }
        let held = S.heldSelection(state, context: self)
        requests.append(.adoptIrreversibly(changed))
        book = changed
        if let held { S.follow(held, state: &state, context: self) }
    }

    /// A status-bar message.
    public mutating func show(_ text: String, severity: StatusMessage.Severity = .info, seconds: Double = 4) {
        requests.append(.show(StatusMessage(text, severity: severity, expiresAt: now.addingTimeInterval(seconds))))
    }

    /// Forgets every undo step, for a change that must not come back from memory (an erasure).
    public mutating func forgetUndoHistory() {
        requests.append(.forgetUndoHistory)
    }

    /// Hides a first-use hint for good (`Settings.hiddenHints`): saved, but not an undoable change.
    public mutating func hideHint(_ id: String) {
        guard !(book.settings.hiddenHints ?? []).contains(id) else { return }
        book.settings.hiddenHints = (book.settings.hiddenHints ?? []) + [id]
        requests.append(.hideHint(id))
    }

    /// Another screen's action (or the shell's), performed once this update returns: "open this
    /// deal's contact" from the board is `perform(ContactsScreen.action(.open(id)))`.
    public mutating func perform(_ action: AppAction) {
        requests.append(.perform(action))
    }
}

/// What a screen's update asked of the shell.
enum ShellRequest: Sendable {
    case commit(Book, label: String, previous: Book)
    case adoptIrreversibly(Book)
    case show(StatusMessage)
    case perform(AppAction)
    case forgetUndoHistory
    case hideHint(String)
}
