import Foundation

/// Moving a repeating task along its series. Both are one change to the book, which the caller
/// commits (and so undoes) as one.
public enum RecurringTasks {
    /// The task that follows `task` in its series, or nil when it does not repeat or the series
    /// is over: the same type, time, duration, links, summary and notes, due on the next day of
    /// the rule, with one fewer left for a counted series.
    public static func following(_ task: Activity, id: ActivityID, at date: Date) -> Activity? {
        guard let rule = task.recurrence, let due = task.dueDate, let (day, rest) = rule.next(after: due) else { return nil }
        var next = Activity(id: id, createdAt: date, task: task.taskType ?? .todo, summary: task.summary, due: day,
                            dueTime: task.dueTime, contactID: task.contactID, companyID: task.companyID,
                            opportunityID: task.opportunityID, notes: task.notes)
        next.durationMinutes = task.durationMinutes
        next.recurrence = rest
        return next
    }

    /// After a repeating task was marked done: plans the next occurrence and takes the rule off
    /// the done one (the series lives on its open occurrence, so a calendar export shows it
    /// once). Returns the new task, or nil when there is none.
    @discardableResult
    public static func planNext(after task: Activity, in book: inout Book, at date: Date) -> Activity? {
        guard task.recurrence != nil else { return nil }
        book.activities.update(task.id) { $0.recurrence = nil }
        guard let next = following(task, id: book.activities.nextID(), at: date) else { return nil }
        book.activities.upsert(next)
        return next
    }

    public enum SkipOutcome: Equatable, Sendable {
        /// Moved to this day.
        case moved(LocalDate)
        case notRecurring
        /// The last occurrence: there is nothing to move to (done or delete it instead).
        case lastOccurrence
        case notAnOpenTask
    }

    /// Moves an open repeating task to its next occurrence without recording it as done.
    public static func skip(_ id: ActivityID, in book: inout Book, at date: Date) -> SkipOutcome {
        guard let task = book.activities[id], task.isOpenTask else { return .notAnOpenTask }
        guard let rule = task.recurrence, let due = task.dueDate else { return .notRecurring }
        guard let (day, rest) = rule.next(after: due) else { return .lastOccurrence }
        book.activities.update(id) {
            $0.dueDate = day
            $0.recurrence = rest
            $0.updatedAt = date
        }
        return .moved(day)
    }
}
