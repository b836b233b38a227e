import RapportCore
import RapportUI

/// The app's side of commands saving while it is open: the edits they appended to the journal
/// are taken into the book on screen, with a status message saying how many came in.
///
/// The undo history starts again from there, rather than keeping entries from before: each entry
/// is a whole book from before the other program's edits, so undoing the app's last change would
/// also have silently removed the contact a mail client had just added. Undo therefore only ever
/// undoes what the app itself did since the last outside edit.
@MainActor
enum OutsideEditsAdoption {
    /// Asks the store for outside edits and, if any, shows them. True when the book changed.
    static func adopt(from store: BookStore, into state: inout AppState, environment: AppEnvironment) -> Bool {
        let edits: OutsideEdits?
        do {
            edits = try store.outsideEdits(mergedInto: state.book)
        } catch {
            state.show(error.description, severity: .error, environment: environment, seconds: 15)
            return false
        }
        guard let edits else { return false }
        state.book = edits.book
        state.history = UndoHistory(limit: state.history.limit)
        state.show(Messages.storeOutsideEdits.text(["count": edits.changeCount]), severity: .info, environment: environment, seconds: 8)
        App.prepareInBackground(state)
        return true
    }
}
