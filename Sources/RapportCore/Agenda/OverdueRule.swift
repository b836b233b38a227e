extension Activity {
    /// The one rule for "overdue", at a moment given as a day and the minutes into it: a task due
    /// on an earlier day, or due that day at a time already past. The agenda asks it for now;
    /// the KPIs ask it for the end of a report's day (`Activity.endOfDay`), when every time of
    /// that day is past but a task due that day with no time is not late yet. Whether the task
    /// was still open then is the caller's to know (now: not done; a past day: not done by it).
    public func isOverdue(on day: LocalDate, minutesIntoDay: Int) -> Bool {
        guard kind == .task, let due = dueDate else { return false }
        if due < day { return true }
        guard due == day, let time = dueTime else { return false }
        return time.minutesSinceMidnight < minutesIntoDay
    }

    /// Minutes into a day at its very end: past every time of day.
    public static let endOfDay = 24 * 60
}
