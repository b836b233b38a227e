import RapportCore
import RapportCanvas

/// Everything the user can ask for. Keys map to actions through the keymaps, the command palette
/// lists them, and `App.perform` carries them out. The shell's own actions are cases here; each
/// screen's actions are its own type, carried as `.screen` (see `Screen.action(_:)`).
public enum AppAction: Hashable, Sendable {
    // The shell.
    case quit
    case show(ViewID)
    case nextView
    case previousView
    case openHelp
    case openPalette
    case closeOverlay
    case undo
    case redo
    case redraw
    case suspend
    /// An answer in the "unsaved changes" dialog that quitting opened.
    case resolveUnsavedQuit(UnsavedQuitChoice)
    /// A key, as if typed: what a dialog's button does under the mouse (its answer's key).
    case press(KeyEvent)

    // Inside the shell's overlays.
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case confirm

    /// A screen's action; performing it from elsewhere (the palette, another screen's "jump
    /// to") shows that screen first.
    case screen(ScreenAction)
    /// Saved views: the same keys in the board, the contacts and the companies.
    case savedViews(SavedViewsAction)

    /// What an effect came back with: the runner performed it and reports here, so its outcome
    /// goes through `update` like everything else.
    case finished(EffectOutcome)
}

/// The outcome of an effect, handed back by the runner as `AppAction.finished`.
public enum EffectOutcome: Hashable, Sendable {
    /// The save `Effect.save` asked for: done, or refused with the store's reason.
    case saved
    case saveFailed(String)
    /// The text came back from `$EDITOR` (unchanged or not), or the editor could not run.
    case edited(EditRequest, text: String)
    case editorFailed(String)
    /// A campaign went through its transport: the report, and the book with each delivery
    /// recorded (already saved, delivery by delivery); or why nothing was sent.
    case campaignSent(CampaignSendReport, book: Book)
    case campaignNotSent(String)
    /// Other programs (the CLI, an import) saved while the app was open: their edits, merged
    /// into the book on screen, and how many there were. Already on disk: nothing to save.
    case outsideEdits(Book, changeCount: Int)
    /// The store could not be read for outside edits.
    case storeProblem(String)

    // A book is not Hashable (its collections are compared, never hashed): the hash is the case.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .saved: hasher.combine(0)
        case .saveFailed(let reason): hasher.combine(1); hasher.combine(reason)
        case .edited(let request, let text): hasher.combine(request); hasher.combine(text)
        case .editorFailed(let reason): hasher.combine(3); hasher.combine(reason)
        case .campaignSent(let report, _): hasher.combine(report)
        case .campaignNotSent(let reason): hasher.combine(5); hasher.combine(reason)
        case .outsideEdits(_, let count): hasher.combine(6); hasher.combine(count)
        case .storeProblem(let reason): hasher.combine(7); hasher.combine(reason)
        }
    }
}
