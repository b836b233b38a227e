import Foundation
import RapportCanvas
import RapportCore

/// Keep in touch in the contacts view: the contact form's cadence field and the filter's
/// "Due a touch". The rules are `KeepInTouch`'s and `CadenceInput`'s, shared with the CLI.
extension ContactForms {
    static func keepInTouchField(_ contact: Contact?) -> FormField {
        FormField(Messages.todayFieldKeepInTouch.text, text: CadenceInput.text(contact?.keepInTouchDays),
                  placeholder: Messages.todayFieldKeepInTouchPlaceholder.text,
                  validate: FieldParsing.expecting(Messages.todayFieldKeepInTouchInvalid.text) { CadenceInput.parse($0) != nil })
    }

    /// The form's text as days; empty (or off) is no cadence of its own.
    static func keepInTouchDays(_ text: String) -> Int? {
        if case .days(let days)? = CadenceInput.parse(text) { return days }
        return nil
    }

    static func dueTouchField(_ query: ContactListQuery) -> FormField {
        FormField(Messages.todayFieldDueTouch.text, text: query.dueTouch ? "yes" : "", placeholder: Messages.todayFieldDueTouchPlaceholder.text,
                  validate: FieldParsing.expecting(Messages.todayFieldDueTouchInvalid.text, optional: true) { FieldParsing.yesNo($0) != nil })
    }
}

extension ContactsScreen {
    /// The entries of contacts due a touch today. Cached with the entries, whose key holds the
    /// index's key (the contacts' and activities' revisions and the day), so logging a touch
    /// takes the contact off the list at once; who is due is kept apart, so typing a search
    /// over the filtered list does not work it out again.
    static func dueTouchOnly(_ entries: [ContactListEntry], index: ContactIndex, state: ContactsState,
                             context: ContactsContext) -> [ContactListEntry] {
        let book = context.book
        let clock = context.clock
        let key = WorkdayCaches.TouchKey(contacts: book.contacts.revision, activities: book.activities.revision,
                                         byTag: book.settings.keepInTouch, day: clock.today)
        let touches = state.caches.touches.value(for: key) {
            KeepInTouch.dueContacts(in: book, now: clock.now, timeZone: clock.timeZone)
        }
        let due = Set(touches.map(\.contactID))
        return entries.filter { due.contains(index.rows[Int($0.row)].id) }
    }
}
