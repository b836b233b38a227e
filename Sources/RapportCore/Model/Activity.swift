import Foundation

/// Something planned (a task: call, meeting, email, to-do) or something that happened (an
/// interaction on a channel). A planned task that is done keeps its plan and gets `doneAt`.
public struct Activity: Record {
    public typealias Kind = ActivityKind
    public var id: ActivityID
    public var createdAt: Date
    public var updatedAt: Date
    public var kind: ActivityType
    public var summary: String
    public var notes: String
    public var contactID: ContactID?
    public var companyID: CompanyID?
    public var opportunityID: OpportunityID?

    // A planned task.
    public var taskType: TaskType?
    public var dueDate: LocalDate?
    /// Nil for a task due some time that day.
    public var dueTime: LocalTime?
    public var durationMinutes: Int?
    public var doneAt: Date?

    // A logged interaction.
    public var channel: Channel?
    public var direction: Direction?
    public var occurredAt: Date?

    /// A repeating task's rule (on its open occurrence; see `RecurringTasks`).
    public var recurrence: Recurrence?
    /// Where an imported activity came from, so importing again updates it instead of adding
    /// another: `ics:<UID>` or `ics:<UID>#<RECURRENCE-ID in UTC>` for a calendar event,
    /// `mail:<Message-ID without angle brackets>` for a message (one message logged on several
    /// contacts gives several activities with the same id). Nil for what was typed in.
    public var externalID: String?

    /// Set on what a workflow rule created: which rule, and for what (so it fires only once).
    public var automation: AutomationMark?
    /// Values of the user's own fields (`Settings.customFields`), by field name, each in its type's
    /// stored form (see `CustomFieldValue`). Absent in older books and whenever there are none.
    public var customFields: [String: String]? = nil

    /// A planned task.
    public init(id: ActivityID, createdAt: Date, task: TaskType, summary: String, due: LocalDate?,
                dueTime: LocalTime? = nil, contactID: ContactID? = nil, companyID: CompanyID? = nil,
                opportunityID: OpportunityID? = nil, notes: String = "") {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.kind = .task
        self.summary = summary
        self.notes = notes
        self.contactID = contactID
        self.companyID = companyID
        self.opportunityID = opportunityID
        self.taskType = task
        self.dueDate = due
        self.dueTime = dueTime
    }

    /// A logged interaction.
    public init(id: ActivityID, createdAt: Date, channel: Channel, direction: Direction, summary: String,
                occurredAt: Date, contactID: ContactID? = nil, companyID: CompanyID? = nil,
                opportunityID: OpportunityID? = nil, notes: String = "") {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.kind = .interaction
        self.summary = summary
        self.notes = notes
        self.contactID = contactID
        self.companyID = companyID
        self.opportunityID = opportunityID
        self.channel = channel
        self.direction = direction
        self.occurredAt = occurredAt
    }

    public var isTask: Bool { kind == .task }
    public var isOpenTask: Bool { kind == .task && doneAt == nil }

    /// An open task whose due day is before today, or today at a time already past
    /// (`isOverdue(on:minutesIntoDay:)`, the rule the KPIs use too).
    public func isOverdue(now: Date, timeZone: TimeZone) -> Bool {
        guard isOpenTask else { return false }
        let today = LocalDate(now, in: timeZone)
        let minutesNow = Int(now.timeIntervalSince(today.startOfDay(in: timeZone)) / 60)
        return isOverdue(on: today, minutesIntoDay: minutesNow)
    }

    /// When it happened (an interaction) or was done (a task), for timelines.
    public var happenedAt: Date? { kind == .interaction ? occurredAt : doneAt }
}

public enum ActivityType: String, Codable, CaseIterable, Sendable {
    case task, interaction
}

public enum TaskType: String, Codable, CaseIterable, Sendable {
    case call, meeting, email, todo

    public var title: String {
        switch self {
        case .call: return "Call"
        case .meeting: return "Meeting"
        case .email: return "Email"
        case .todo: return "To-do"
        }
    }
}

public enum Channel: String, Codable, CaseIterable, Sendable {
    case email, phone, sms, chat, social
    case storeVisit = "store-visit"
    case web

    public var title: String {
        switch self {
        case .email: return "Email"
        case .phone: return "Phone"
        case .sms: return "SMS"
        case .chat: return "Chat"
        case .social: return "Social"
        case .storeVisit: return "Store visit"
        case .web: return "Web"
        }
    }
}

public enum Direction: String, Codable, CaseIterable, Sendable {
    case inbound, outbound
}
