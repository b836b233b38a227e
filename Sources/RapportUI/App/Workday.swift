import Foundation
import RapportCanvas
import RapportCore

/// What the shell keeps for a working day: the day-start banner until it is dismissed, and the
/// timed tasks that already reminded (each reminds once per session). What is due is derived
/// from the book and the clock; only these two facts about the session are state.
public struct WorkdayState: Sendable {
    /// The day's agenda as the app opened, shown over the view until a key dismisses it; nil
    /// when nothing was due or once dismissed.
    public var dayStart: DayAgenda?
    public var firedReminders: Set<ActivityID> = []
    let caches = WorkdayCaches()

    public init() {}
}

/// The derived counts the status bar and the reminders read every frame, rebuilt only when the
/// activities change or (for "overdue", which time alone changes) the minute turns.
final class WorkdayCaches: Sendable {
    struct OverdueKey: Equatable, Sendable {
        let activities: Int
        let minute: Int
        let timeZone: String
    }

    struct TimedKey: Equatable, Sendable {
        let activities: Int
        let day: LocalDate
    }

    struct TouchKey: Equatable, Sendable {
        let contacts: Int
        let activities: Int
        let byTag: [String: Int]?
        let day: LocalDate
    }

    let overdue = DerivedCache<OverdueKey, Int>()
    let timed = DerivedCache<TimedKey, [Activity]>()
    let touches = DerivedCache<TouchKey, [KeepInTouch.Due]>()
}

extension App {
    /// As the book opens: the banner, when something is due now or today.
    public static func openDayStart(state: inout AppState, environment: AppEnvironment) {
        let agenda = DayAgenda(book: state.book, now: environment.clock.now, timeZone: environment.clock.timeZone)
        state.workday.dayStart = agenda.isEmpty ? nil : agenda
    }

    /// A key while the banner is up: Esc only dismisses it; any other key dismisses it and then
    /// does what it does (4 opens the agenda, 2 the contacts). True when the key was used up.
    static func dismissDayStart(for key: KeyEvent, state: inout AppState) -> Bool {
        guard state.workday.dayStart != nil, state.overlay == nil else { return false }
        state.workday.dayStart = nil
        return key == .escape
    }

    /// Announces the timed tasks whose time has come, once each: a status message, and true
    /// when the terminal bell should ring (unless `reminderBell` is off in the settings). The
    /// runner calls it on every pass of its loop, keys or not.
    public static func remindDueTasks(state: inout AppState, environment: AppEnvironment) -> Bool {
        let now = environment.clock.now, timeZone = environment.clock.timeZone
        let today = LocalDate(now, in: timeZone)
        let key = WorkdayCaches.TimedKey(activities: state.book.activities.revision, day: today)
        let candidates = state.workday.caches.timed.value(for: key) { TaskReminder.timedTasks(state.book.activities, on: today) }
        let due = TaskReminder.dueNow(candidates, now: now, timeZone: timeZone, fired: state.workday.firedReminders)
        guard let first = due.first else { return false }
        state.workday.firedReminders.formUnion(due.map(\.id))
        let arguments: [String: any CustomStringConvertible] = ["summary": first.summary, "time": first.dueTime?.description ?? "",
                                                               "count": due.count - 1]
        let text = due.count == 1 ? Messages.todayReminder.text(arguments) : Messages.todayReminderMore.text(arguments)
        state.show(text, severity: .warning, environment: environment, seconds: 60)
        return state.book.settings.reminderBell != false
    }

    /// How many open tasks are overdue right now, for the status bar.
    static func overdueCount(_ state: AppState, environment: AppEnvironment) -> Int {
        let now = environment.clock.now, timeZone = environment.clock.timeZone
        let key = WorkdayCaches.OverdueKey(activities: state.book.activities.revision, minute: Int((now.timeIntervalSince1970 / 60).rounded(.down)),
                                           timeZone: timeZone.identifier)
        return state.workday.caches.overdue.value(for: key) {
            // The day and the minute once, not per task: a large book has 100,000 tasks.
            let today = LocalDate(now, in: timeZone)
            let minutes = Int(now.timeIntervalSince(today.startOfDay(in: timeZone)) / 60)
            var count = 0
            for activity in state.book.activities.all where activity.doneAt == nil && activity.isOverdue(on: today, minutesIntoDay: minutes) {
                count += 1
            }
            return count
        }
    }
}
