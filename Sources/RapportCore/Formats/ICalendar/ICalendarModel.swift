import Foundation

/// A calendar date without time or zone (iCalendar `VALUE=DATE`): a due day, an all-day event.
public struct ICalDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// Either a whole day or an instant. Instants are always written in UTC (`…Z`), which every
/// calendar converts to local time and which needs no VTIMEZONE.
public enum ICalTime: Sendable, Hashable {
    case date(ICalDate)
    case dateTime(Date)
}

/// A to-do (VTODO), e.g. a follow-up task.
public struct ICalTodo: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case needsAction = "NEEDS-ACTION"
        case inProcess = "IN-PROCESS"
        case completed = "COMPLETED"
        case cancelled = "CANCELLED"
    }

    /// Must be stable across exports so calendars update the task instead of duplicating it.
    public var uid: String
    public var summary: String
    public var description: String?
    public var due: ICalTime?
    public var status: Status
    /// When it was completed (COMPLETED is a UTC date-time).
    public var completed: Date?
    /// 1 (highest) … 9 (lowest); 0 or nil means undefined. Out-of-range values are clamped.
    public var priority: Int?
    public var categories: [String]
    /// UID of a parent component.
    public var relatedTo: String?
    /// An RRULE value (`FREQ=WEEKLY;BYDAY=MO`); written with a DTSTART equal to DUE, which RFC
    /// 5545 requires of a repeating to-do.
    public var recurrenceRule: String?

    public init(uid: String, summary: String, description: String? = nil, due: ICalTime? = nil,
                status: Status = .needsAction, completed: Date? = nil, priority: Int? = nil,
                categories: [String] = [], relatedTo: String? = nil) {
        self.uid = uid
        self.summary = summary
        self.description = description
        self.due = due
        self.status = status
        self.completed = completed
        self.priority = priority
        self.categories = categories
        self.relatedTo = relatedTo
    }
}

/// An event (VEVENT), e.g. a meeting with a contact.
public struct ICalEvent: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case tentative = "TENTATIVE"
        case confirmed = "CONFIRMED"
        case cancelled = "CANCELLED"
    }

    /// DTEND and DURATION are mutually exclusive in RFC 5545, hence one enum.
    public enum End: Sendable, Hashable {
        case at(ICalTime)
        /// Whole seconds; written as `P1DT2H30M`, `PT45M`, …
        case duration(seconds: Int)
    }

    public var uid: String
    public var start: ICalTime
    public var end: End?
    public var summary: String
    public var description: String?
    public var location: String?
    public var status: Status?
    /// An RRULE value (`FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10`).
    public var recurrenceRule: String?

    public init(uid: String, start: ICalTime, end: End? = nil, summary: String, description: String? = nil,
                location: String? = nil, status: Status? = nil) {
        self.uid = uid
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.location = location
        self.status = status
    }
}
