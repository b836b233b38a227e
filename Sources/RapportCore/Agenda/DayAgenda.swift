import Foundation

/// What is due now and today, for the start of a working day (the TUI's banner and `rapport
/// today`): overdue tasks, today's tasks, deals that rot or passed their close date, contacts
/// due a touch. A pure function of the book and the time; the buckets are the agenda's own.
public struct DayAgenda: Sendable {
    public var overdue: [Activity]
    public var today: [Activity]
    public var deals: [DealAttention.Flagged]
    public var touches: [KeepInTouch.Due]

    public init(book: Book, now: Date, timeZone: TimeZone) {
        let agenda = Agenda(activities: book.activities, now: now, timeZone: timeZone)
        overdue = agenda.groups.first { $0.bucket == .overdue }?.tasks ?? []
        today = agenda.groups.first { $0.bucket == .today }?.tasks ?? []
        deals = DealAttention.flagged(in: book, now: now, timeZone: timeZone)
        touches = KeepInTouch.dueContacts(in: book, now: now, timeZone: timeZone)
    }

    public var isEmpty: Bool { overdue.isEmpty && today.isEmpty && deals.isEmpty && touches.isEmpty }

    /// Everything listed, for a one-line summary.
    public var itemCount: Int { overdue.count + today.count + deals.count + touches.count }
}
