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

    static var interfaceMessages: [Message] {
        [editorFailed, editorCannotWrite, editorCannotRead, editorCannotRun, editorExitStatus,
         crashReportWritten, unsavedQuitTitle, unsavedQuitExplanation, unsavedQuitRetry, unsavedQuitKeep,
         unsavedQuitDiscard, unsavedQuitStay, unsavedQuitStillFailing, recoveryCopyFailed, recoveryCopyWritten,
         changesDiscarded, contactsClosePane, contactsBackToList, companiesClosePane, companiesBackToList]
    }
}
