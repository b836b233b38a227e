import Foundation
import RapportCanvas
import RapportCore

public enum ActivitiesAction: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    /// Enter: jump to the task's contact, deal or company (the ticket's contact).
    case jump
    /// x: a task is done (its interaction logged); a ticket is closed.
    case markDone
    /// s: a repeating task moves to its next occurrence, not recorded as done.
    case skipOccurrence
    case reschedule
    case planTask
    case switchTab
}

enum ActivitiesTab: Int, CaseIterable, Sendable {
    case agenda, tickets

    var title: String { self == .agenda ? "Agenda" : "Tickets" }
}

enum ActivitiesModal: Sendable {
    case reschedule(ActivityID, PromptState)
    case planTask(FormState)
}

final class ActivitiesCaches: Sendable {
    struct AgendaKey: Equatable, Sendable {
        let activities: Int
        let minute: Int
    }

    let agenda = DerivedCache<AgendaKey, Agenda>()
    let touches = DerivedCache<WorkdayCaches.TouchKey, [KeepInTouch.Due]>()
}

public struct ActivitiesState: Sendable {
    var tab: ActivitiesTab = .agenda
    var list = ListState()
    var modal: ActivitiesModal?
    let caches = ActivitiesCaches()

    public init() {}
}

extension AppState {
    /// The activities screen's state, for the tests.
    var activities: ActivitiesState {
        get { screens[ActivitiesScreen.self] }
        _modify { yield &screens[ActivitiesScreen.self] }
        set { screens[ActivitiesScreen.self] = newValue }
    }
}
