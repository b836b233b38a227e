import Foundation

/// Planned tasks as a calendar: meetings with a day as VEVENTs (all-day without a time, one
/// hour unless `durationMinutes` says otherwise), every other task as a VTODO. Logged
/// interactions are the past and are left out. UIDs come from the activity id
/// (`act-000042@rapport`), so importing the file again updates events instead of doubling them.
public enum ICalendarExporter {
    public static let defaultMeetingMinutes = 60

    public static func string(of book: Book, now: Date, timeZone: TimeZone) -> String {
        var events: [ICalEvent] = []
        var todos: [ICalTodo] = []
        for activity in book.activities.sortedByID where activity.kind == .task {
            let description = details(activity, in: book)
            let uid = activity.id.rawValue + "@rapport"
            if activity.taskType == .meeting, let day = activity.dueDate {
                let start: ICalTime
                let end: ICalEvent.End
                if let time = activity.dueTime {
                    start = .dateTime(instant(day, time, timeZone))
                    end = .duration(seconds: (activity.durationMinutes ?? defaultMeetingMinutes) * 60)
                } else {
                    start = .date(icalDate(day))
                    end = .at(.date(icalDate(day.adding(days: 1))))
                }
                var event = ICalEvent(uid: uid, start: start, end: end, summary: activity.summary, description: description,
                                      status: .confirmed)
                event.recurrenceRule = recurrenceRule(activity, timeZone)
                events.append(event)
            } else {
                var due: ICalTime?
                if let day = activity.dueDate {
                    due = activity.dueTime.map { .dateTime(instant(day, $0, timeZone)) } ?? .date(icalDate(day))
                }
                var todo = ICalTodo(uid: uid, summary: activity.summary, description: description, due: due,
                                    status: activity.doneAt == nil ? .needsAction : .completed, completed: activity.doneAt,
                                    categories: [activity.taskType?.title ?? "To-do"])
                todo.recurrenceRule = recurrenceRule(activity, timeZone)
                todos.append(todo)
            }
        }
        return ICalendarWriter().string(events: events, todos: todos, timestamp: now)
    }

    /// Who and what it is about, then the notes: what the user needs in the calendar app.
    private static func details(_ activity: Activity, in book: Book) -> String? {
        var lines: [String] = []
        if let contact = activity.contactID.flatMap({ book.contacts[$0] }) {
            lines.append("Contact: " + contact.displayName + (contact.primaryPhone.map { ", " + $0 } ?? ""))
        }
        if let deal = activity.opportunityID.flatMap({ book.opportunities[$0] }) { lines.append("Opportunity: " + deal.title) }
        if !activity.notes.isEmpty { lines.append(activity.notes) }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// A repeating task's RRULE. UNTIL takes the start's form: a date for an all-day start, else
    /// the end of that day where the user is, in UTC (RFC 5545 3.3.10).
    private static func recurrenceRule(_ activity: Activity, _ timeZone: TimeZone) -> String? {
        guard let rule = activity.recurrence, activity.dueDate != nil else { return nil }
        guard case .until(let last) = rule.end, activity.dueTime != nil else { return rule.rrule(untilInstant: nil) }
        return rule.rrule(untilInstant: last.adding(days: 1).startOfDay(in: timeZone).addingTimeInterval(-1))
    }

    private static func instant(_ day: LocalDate, _ time: LocalTime, _ timeZone: TimeZone) -> Date {
        // The wall-clock time on that day where the user is: the start of the day moved by the
        // time, then corrected if a daylight-saving change falls in between.
        let naive = day.startOfDay(in: timeZone).addingTimeInterval(Double(time.minutesSinceMidnight * 60))
        let shift = timeZone.secondsFromGMT(for: day.startOfDay(in: timeZone)) - timeZone.secondsFromGMT(for: naive)
        return naive.addingTimeInterval(Double(shift))
    }

    private static func icalDate(_ day: LocalDate) -> ICalDate { ICalDate(year: day.year, month: day.month, day: day.day) }
}
