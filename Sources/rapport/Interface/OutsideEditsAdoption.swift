import RapportCore
import RapportUI

/// The app's side of commands saving while it is open: the store reads the edits they appended
/// to the journal, and the update takes them into the book on screen (`EffectOutcome.outsideEdits`).
@MainActor
enum OutsideEditsAdoption {
    /// Asks the store for outside edits; the outcome to hand to the update, nil when there were none.
    static func check(_ store: BookStore, against book: Book) -> EffectOutcome? {
        do {
            guard let edits = try store.outsideEdits(mergedInto: book) else { return nil }
            return .outsideEdits(edits.book, changeCount: edits.changeCount)
        } catch {
            return .storeProblem(error.description)
        }
    }
}
