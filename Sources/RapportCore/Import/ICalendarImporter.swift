import Foundation

/// What `rapport import ics` does to a book, computed without touching it (a dry run shows it,
/// a real run saves `book`).
public struct ICalendarImportResult: Sendable {
    public struct Change: Sendable, Hashable {
        public var activityID: ActivityID
        public var summary: String
        public var day: LocalDate?
    }

    public var book: Book
    public var created: [Change] = []
    public var updated: [Change] = []
    public var unchanged: [Change] = []
    /// Meetings with no attendee or organizer among the contacts, by summary.
    public var unmatched: [String] = []
    /// Cancelled occurrences: not imported; a meeting imported before is left as it is.
    public var cancelled = 0
    public var readout: ICalReadout

    public var changesBook: Bool { !created.isEmpty || !updated.isEmpty }
}

/// Calendar events into the contacts' timelines. A VEVENT whose attendees or organizer include
/// a contact's email (any of them, case-insensitively) becomes a meeting task linked to the first
/// such contact, in attendee order, then the organizer: done at its end when it is over, open and
/// planned (day, time, duration) when it is to come. `externalID` (`ics:<UID>[#<occurrence>]`)
/// finds it again on the next import, which updates what the calendar owns (summary, day, time,
/// duration, contact) and leaves what the user added (notes, the done mark) alone.
public enum ICalendarImporter {
    public static func run(_ text: String, into book: Book, from: Date, to: Date, now: Date, timeZone: TimeZone) -> ICalendarImportResult {
        let readout = ICalendarOccurrences.read(text, from: from, to: to, timeZone: timeZone)
        var result = ICalendarImportResult(book: book, readout: readout)
        let addresses = ContactAddressIndex(book)
        var existing: [String: ActivityID] = [:]
        for activity in book.activities.all {
            if let externalID = activity.externalID { existing[externalID] = activity.id }
        }
        for occurrence in readout.occurrences {
            if occurrence.cancelled {
                result.cancelled += 1
                continue
            }
            guard let contactID = occurrence.emails.lazy.compactMap({ addresses.contacts(for: $0).first }).first else {
                result.unmatched.append(occurrence.summary)
                continue
            }
            let contact = book.contacts[contactID]
            if let id = existing[occurrence.externalID], let current = result.book.activities[id] {
                var wanted = current
                apply(occurrence, to: &wanted, contactID: contactID, companyID: contact?.companyID, now: now, timeZone: timeZone)
                let change = ICalendarImportResult.Change(activityID: id, summary: wanted.summary, day: wanted.dueDate)
                if wanted == current {
                    result.unchanged.append(change)
                } else {
                    wanted.updatedAt = now
                    result.book.activities.upsert(wanted)
                    result.updated.append(change)
                }
            } else {
                var meeting = Activity(id: result.book.activities.nextID(), createdAt: now, task: .meeting, summary: "", due: nil,
                                       notes: notes(occurrence))
                meeting.externalID = occurrence.externalID
                apply(occurrence, to: &meeting, contactID: contactID, companyID: contact?.companyID, now: now, timeZone: timeZone)
                result.book.activities.upsert(meeting)
                existing[occurrence.externalID] = meeting.id
                result.created.append(ICalendarImportResult.Change(activityID: meeting.id, summary: meeting.summary, day: meeting.dueDate))
            }
        }
        return result
    }

    /// The fields the calendar owns, set from the occurrence. Done when it ended before `now`
    /// (at its end); a done mark the user set stays.
    static func apply(_ occurrence: ICalOccurrence, to activity: inout Activity, contactID: ContactID, companyID: CompanyID?,
                      now: Date, timeZone: TimeZone) {
        activity.kind = .task
        activity.taskType = .meeting
        activity.summary = occurrence.summary.isEmpty ? Messages.calendarImportUntitled.text : occurrence.summary
        activity.contactID = contactID
        activity.companyID = companyID
        let end: Date
        switch occurrence.when {
        case .timed(let start, let seconds):
            let wall = Int(start.timeIntervalSince1970) + timeZone.secondsFromGMT(for: start)
            let secondsIntoDay = ((wall % 86_400) + 86_400) % 86_400
            activity.dueDate = LocalDate(start, in: timeZone)
            activity.dueTime = LocalTime(hour: secondsIntoDay / 3600, minute: secondsIntoDay % 3600 / 60)
            activity.durationMinutes = seconds >= 60 ? seconds / 60 : nil
            end = start.addingTimeInterval(Double(seconds))
        case .allDay(let first, let days):
            activity.dueDate = first
            activity.dueTime = nil
            activity.durationMinutes = nil
            end = first.adding(days: days).startOfDay(in: timeZone)
        }
        if activity.doneAt == nil, end <= now { activity.doneAt = end }
    }

    /// Where and what, as the meeting's notes when it is first imported.
    static func notes(_ occurrence: ICalOccurrence) -> String {
        var lines: [String] = []
        if !occurrence.location.isEmpty { lines.append(Messages.calendarImportLocation.text(["location": occurrence.location])) }
        if !occurrence.description.isEmpty { lines.append(occurrence.description) }
        return lines.joined(separator: "\n")
    }
}
