import RapportCore

extension AppState {
    /// `commit` for a change the board knows is one (every `BoardChanges.Outcome.changed` is).
    /// `commit` first compares the whole books to skip no-op changes; with 25,000 opportunities
    /// that comparison alone costs about 11 ms per key press, most of the frame budget. Same
    /// steps otherwise: remember the old book for undo, mark for saving, say what happened.
    mutating func commitKnownChange(_ changed: Book, label: String, environment: AppEnvironment) {
        history.record(book, label: label)
        book = changed
        markChanged()
        show(label, severity: .success, environment: environment)
    }
}
