extension Messages {
    // $EDITOR.
    public static let editorFailed = Message("interface.editorFailed", "Editor failed: {reason}")
    public static let editorCannotWrite = Message("interface.editorCannotWrite", "cannot write {path}")
    public static let editorCannotRead = Message("interface.editorCannotRead", "cannot read {path}")
    public static let editorCannotRun = Message("interface.editorCannotRun", "cannot run {editor}: {reason}")
    public static let editorExitStatus = Message("interface.editorExitStatus", "{editor} exited with status {status}; nothing changed")

    // Crashes.
    public static let crashReportWritten = Message("interface.crashReportWritten",
                                                   "rapport stopped on a fatal signal; the backtrace is in {path}")

    // Quitting with changes that could not be saved.
    public static let unsavedQuitTitle = Message("interface.unsavedQuit.title", "Unsaved changes")
    public static let unsavedQuitExplanation = Message("interface.unsavedQuit.explanation",
        "Your last changes are not saved ({reason}). Quitting now would lose them.")
    public static let unsavedQuitRetry = Message("interface.unsavedQuit.retry", "Try saving again, then quit")
    public static let unsavedQuitKeep = Message("interface.unsavedQuit.keep", "Keep them in a recovery copy, then quit")
    public static let unsavedQuitDiscard = Message("interface.unsavedQuit.discard", "Discard them and quit")
    public static let unsavedQuitStay = Message("interface.unsavedQuit.stay", "Stay in Rapport")
    public static let unsavedQuitStillFailing = Message("interface.unsavedQuit.stillFailing", "Still not saved: {reason}")
    public static let recoveryCopyFailed = Message("interface.recoveryCopyFailed", "Could not write a recovery copy: {reason}")
    public static let recoveryCopyWritten = Message("interface.recoveryCopyWritten",
        "rapport: the unsaved changes are NOT in the book; a copy of the book with them is in {path} (open it with rapport --data {path})")
    public static let changesDiscarded = Message("interface.changesDiscarded",
        "rapport: unsaved changes were discarded; the book is as last saved")

    // Panes beside lists: Esc closes the pane, h/← only moves the focus.
    public static let contactsClosePane = Message("interface.contacts.closePane", "Close the pane / clear the search")
    public static let contactsBackToList = Message("interface.contacts.backToList", "Back to the list beside the pane")
    public static let companiesClosePane = Message("interface.companies.closePane", "Close the company pane / clear the search")
    public static let companiesBackToList = Message("interface.companies.backToList", "Back to the company list")
    // The list's moves scroll the pane instead while it has the focus, as the board's do.
    public static let contactsKeyNext = Message("interface.contacts.key.next", "Next contact (scroll the pane)")
    public static let contactsKeyPrevious = Message("interface.contacts.key.previous", "Previous contact (scroll the pane)")
    public static let contactsKeyFirst = Message("interface.contacts.key.first", "First contact (top of the pane)")
    public static let contactsKeyLast = Message("interface.contacts.key.last", "Last contact (end of the pane)")
    public static let companiesKeyNext = Message("interface.companies.key.next", "Next company (scroll the pane)")
    public static let companiesKeyPrevious = Message("interface.companies.key.previous", "Previous company (scroll the pane)")
    public static let companiesKeyFirst = Message("interface.companies.key.first", "First company (top of the pane)")
    public static let companiesKeyLast = Message("interface.companies.key.last", "Last company (end of the pane)")
    public static let companiesKeyPageDown = Message("interface.companies.key.pageDown", "Page down (the companies or the pane)")
    public static let companiesKeyPageUp = Message("interface.companies.key.pageUp", "Page up (the companies or the pane)")

    static var interfaceMessages: [Message] {
        [editorFailed, editorCannotWrite, editorCannotRead, editorCannotRun, editorExitStatus,
         crashReportWritten, unsavedQuitTitle, unsavedQuitExplanation, unsavedQuitRetry, unsavedQuitKeep,
         unsavedQuitDiscard, unsavedQuitStay, unsavedQuitStillFailing, recoveryCopyFailed, recoveryCopyWritten,
         changesDiscarded, contactsClosePane, contactsBackToList, companiesClosePane, companiesBackToList,
         contactsKeyNext, contactsKeyPrevious, contactsKeyFirst, contactsKeyLast, companiesKeyNext, companiesKeyPrevious,
         companiesKeyFirst, companiesKeyLast, companiesKeyPageDown, companiesKeyPageUp]
    }
}
