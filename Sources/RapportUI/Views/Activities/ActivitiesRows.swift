import Foundation
import RapportCore

/// What the two tabs list, derived from the book and cached in the state.
extension ActivitiesScreen {
    static func agenda(_ state: ActivitiesState, _ context: ScreenContext<ActivitiesScreen>) -> Agenda {
        let book = context.book, clock = context.clock
        let key = ActivitiesCaches.AgendaKey(activities: book.activities.revision, minute: Int(clock.now.timeIntervalSince1970 / 60))
        return state.caches.agenda.value(for: key) {
            Agenda(activities: book.activities, now: clock.now, timeZone: clock.timeZone)
        }
    }

    /// Open tickets first (urgent first), then pending, then closed, newest first within each.
    static func tickets(_ book: Book) -> [Ticket] {
        func rank(_ status: TicketStatus) -> Int { status == .open ? 0 : status == .pending ? 1 : 2 }
        func urgency(_ priority: TicketPriority) -> Int { TicketPriority.allCases.count - (TicketPriority.allCases.firstIndex(of: priority) ?? 0) }
        return book.tickets.all.sorted { a, b in
            if rank(a.status) != rank(b.status) { return rank(a.status) < rank(b.status) }
            if a.status != .closed, a.priority != b.priority { return urgency(a.priority) < urgency(b.priority) }
            return (a.openedAt, a.id) > (b.openedAt, b.id)
        }
    }

    static func itemCount(_ state: ActivitiesState, _ context: ScreenContext<ActivitiesScreen>) -> Int {
        state.tab == .agenda
            ? agenda(state, context).taskCount + touches(state, context).count
            : context.book.tickets.count
    }

    static func pageSize(_ size: TerminalExtent) -> Int { max(1, size.height - 5) }
}
