import Foundation

/// When a task with a time reminds: at its time, while the app is open (once per task per
/// session: the caller keeps the ids already fired), and ahead of time for `rapport remind`.
/// Pure: the book's tasks, the time, and what already fired in, the tasks to announce out.
public enum TaskReminder {
    /// A reminder still fires this many minutes after its time (the app was suspended, or the
    /// tick came late); later than that the task is simply overdue, as the agenda shows.
    public static let graceMinutes = 5

    /// The open tasks due on `day` at a time: the only candidates for a reminder that day.
    /// Derived once per change of the activities, so each tick looks at a handful of tasks.
    public static func timedTasks(_ activities: RecordTable<Activity>, on day: LocalDate) -> [Activity] {
        activities.all.filter { $0.isOpenTask && $0.dueDate == day && $0.dueTime != nil }.sorted(by: Agenda.dueOrder)
    }

    /// The moment a timed task is due; nil for a task without a date or a time.
    public static func dueMoment(of task: Activity, timeZone: TimeZone) -> Date? {
        guard let day = task.dueDate, let time = task.dueTime else { return nil }
        return day.startOfDay(in: timeZone).addingTimeInterval(TimeInterval(time.minutesSinceMidnight * 60))
    }

    /// The candidates whose time has come (within the grace minutes) and that have not fired yet.
    public static func dueNow(_ candidates: [Activity], now: Date, timeZone: TimeZone, fired: Set<ActivityID>) -> [Activity] {
        candidates.filter { task in
            guard task.isOpenTask, !fired.contains(task.id), let due = dueMoment(of: task, timeZone: timeZone) else { return false }
            let late = now.timeIntervalSince(due)
            return late >= 0 && late < TimeInterval(graceMinutes * 60)
        }
    }

    /// Open timed tasks due from the start of this minute up to `minutes` ahead, earliest first:
    /// what `rapport remind --within` announces.
    public static func upcoming(in activities: RecordTable<Activity>, now: Date, timeZone: TimeZone, minutes: Int) -> [Activity] {
        let start = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 60).rounded(.down) * 60)
        let end = now.addingTimeInterval(TimeInterval(minutes * 60))
        return activities.all.filter { task in
            guard task.isOpenTask, let due = dueMoment(of: task, timeZone: timeZone) else { return false }
            return due >= start && due <= end
        }.sorted(by: Agenda.dueOrder)
    }

    /// A span of minutes people type: "15m", "15min", "90" (minutes), "1h", "1d"; nil when unreadable.
    public static func minutes(_ text: String) -> Int? {
        let key = text.trimmingWhitespace().lowercased()
        var number = Substring(key)
        var factor = 1
        if key.hasSuffix("min") {
            number = number.dropLast(3)
        } else if let last = number.last, last.isLetter {
            switch last {
            case "m": factor = 1
            case "h": factor = 60
            case "d": factor = 24 * 60
            default: return nil
            }
            number = number.dropLast()
        }
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit), let count = Int(number), count < 100_000 else { return nil }
        return count * factor
    }
}
