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

    /// The contacts due a touch, derived once per change of the contacts, the activities, the
    /// tag cadences or the day.
    static func dueContacts(in book: Book, clock: any Clock, cache: DerivedCache<WorkdayCaches.TouchKey, [KeepInTouch.Due]>)
        -> [KeepInTouch.Due] {
        let key = WorkdayCaches.TouchKey(contacts: book.contacts.revision, activities: book.activities.revision,
                                         byTag: book.settings.keepInTouch, day: clock.today)
        return cache.value(for: key) { KeepInTouch.dueContacts(in: book, now: clock.now, timeZone: clock.timeZone) }
    }

    static func perform(_ action: ActivitiesAction, at position: Int, state: ActivitiesState,
                        context: inout ScreenContext<ActivitiesScreen>) {
        let touches = ActivitiesScreen.touches(state, context)
        guard touches.indices.contains(position) else { return }
        let contactID = touches[position].contactID
        if action == .jump {
            context.perform(.contacts(.open(contactID)))
            return
        }
        let name = context.book.contacts[contactID]?.displayName ?? contactID.rawValue
        context.show(Messages.todayTouchNotATask.text(["contact": name]))
    }
}

extension ActivitiesScreen {
    static func touches(_ state: ActivitiesState, _ context: ScreenContext<ActivitiesScreen>) -> [KeepInTouch.Due] {
        ActivitiesKeepInTouch.dueContacts(in: context.book, clock: context.clock, cache: state.caches.touches)
    }

    /// For the contacts screen's "due a touch" filter (not yet on the contract).
    static func touches(_ state: AppState, environment: AppEnvironment) -> [KeepInTouch.Due] {
        ActivitiesKeepInTouch.dueContacts(in: state.book, clock: environment.clock, cache: state.workday.caches.touches)
    }
}
