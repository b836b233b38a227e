import Foundation
import RapportCanvas
import RapportCore

/// The agenda's "Keep in touch" group: the contacts due a touch, after the tasks, selectable like
/// them. Enter opens the contact (where `a` logs the touch, which takes it off the list).
enum ActivitiesKeepInTouch {
    /// "14d over   Giulia Rossi   last touch 30 days ago, every 14 days", in the task columns.
    static func renderLine(_ due: KeepInTouch.Due, book: Book, into buffer: inout CellBuffer, x: Int, y: Int, summaryX: Int, maxX: Int) {
        let name = book.contacts[due.contactID]?.displayName ?? due.contactID.rawValue
        let over = Messages.todayTouchOverdue.text(["count": due.daysOver])
        buffer.write(over, at: x, y: y, style: .accent, maxWidth: max(0, summaryX - x - 1))
        let message = due.lastTouch == nil ? Messages.todayTouchNever : Messages.todayTouchLast
        let why = message.text(["count": due.daysSince, "cadence": Messages.todayCadence.text(["count": due.cadenceDays])])
        // A column of its own, so the reasons line up.
        let nameWidth = min(24, max(0, (maxX - summaryX) / 2))
        buffer.write(name, at: summaryX, y: y, maxWidth: nameWidth)
        let whyX = summaryX + nameWidth + 2
        buffer.write(why, at: whyX, y: y, style: .muted, maxWidth: max(0, maxX - whyX))
    }
}

extension ActivitiesScreen {
    /// The contacts due a touch, derived once per change of the contacts, the activities, the
    /// tag cadences or the day.
    static func touches(_ state: AppState, environment: AppEnvironment) -> [KeepInTouch.Due] {
        let key = WorkdayCaches.TouchKey(contacts: state.book.contacts.revision, activities: state.book.activities.revision,
                                         byTag: state.book.settings.keepInTouch, day: environment.clock.today)
        return state.workday.caches.touches.value(for: key) {
            KeepInTouch.dueContacts(in: state.book, now: environment.clock.now, timeZone: environment.clock.timeZone)
        }
    }

    static func performOnTouch(_ action: ActivitiesAction, at position: Int, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        let touches = touches(state, environment: environment)
        guard touches.indices.contains(position) else { return [] }
        let contactID = touches[position].contactID
        if action == .jump { return App.perform(.contacts(.open(contactID)), state: &state, environment: environment) }
        let name = state.book.contacts[contactID]?.displayName ?? contactID.rawValue
        state.show(Messages.todayTouchNotATask.text(["contact": name]), environment: environment)
        return []
    }
}
