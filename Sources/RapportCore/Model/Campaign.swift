import Foundation

/// A marketing campaign: who it targets, what it cost, and whom it reached. Its screens and
/// sending come with the campaigns issue; the record holds what they need.
public struct Campaign: Record {
    public typealias Kind = CampaignKind
    public var id: CampaignID
    public var createdAt: Date
    public var updatedAt: Date
    public var name: String
    public var channel: CampaignChannel
    /// The season or occasion: "Back to School", "Black Friday".
    public var period: String
    public var startDate: LocalDate?
    public var endDate: LocalDate?
    public var budget: Money
    public var cost: Money
    /// A built-in segment name ("loyal", "at-risk"…) or a saved filter expression over contacts.
    public var target: String
    public var status: CampaignStatus
    public var templateID: TemplateID?
    public var members: [CampaignMember]

    public init(id: CampaignID, createdAt: Date, name: String, channel: CampaignChannel, period: String = "",
                startDate: LocalDate? = nil, endDate: LocalDate? = nil, budget: Money, cost: Money,
                target: String = "", status: CampaignStatus = .draft, templateID: TemplateID? = nil,
                members: [CampaignMember] = []) {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.name = name
        self.channel = channel
        self.period = period
        self.startDate = startDate
        self.endDate = endDate
        self.budget = budget
        self.cost = cost
        self.target = target
        self.status = status
        self.templateID = templateID
        self.members = members
    }
}

public enum CampaignChannel: String, Codable, CaseIterable, Sendable {
    case email, sms, ads
    case directMail = "direct-mail"
    case event
}

public enum CampaignStatus: String, Codable, CaseIterable, Sendable {
    case draft, running, done
}

public struct CampaignMember: Codable, Hashable, Sendable {
    public var contactID: ContactID
    public var sentAt: Date?

    public init(contactID: ContactID, sentAt: Date? = nil) {
        self.contactID = contactID
        self.sentAt = sentAt
    }
}

/// A post-sale support case.
public struct Ticket: Record {
    public typealias Kind = TicketKind
    public var id: TicketID
    public var createdAt: Date
    public var updatedAt: Date
    public var contactID: ContactID?
    public var subject: String
    public var status: TicketStatus
    public var priority: TicketPriority
    public var openedAt: Date
    public var closedAt: Date?
    public var notes: String
    /// Values of the user's own fields (`Settings.customFields`), by field name, each in its type's
    /// stored form (see `CustomFieldValue`). Absent in older books and whenever there are none.
    public var customFields: [String: String]? = nil

    public init(id: TicketID, createdAt: Date, contactID: ContactID?, subject: String, status: TicketStatus = .open,
                priority: TicketPriority = .normal, notes: String = "") {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.contactID = contactID
        self.subject = subject
        self.status = status
        self.priority = priority
        self.openedAt = createdAt
        self.closedAt = nil
        self.notes = notes
    }
}

public enum TicketStatus: String, Codable, CaseIterable, Sendable {
    case open, pending, closed
}

public enum TicketPriority: String, Codable, CaseIterable, Sendable {
    case low, normal, high, urgent
}

/// A message template with merge fields such as {{first_name|there}}.
public struct Template: Record {
    public typealias Kind = TemplateKind
    public var id: TemplateID
    public var createdAt: Date
    public var updatedAt: Date
    public var name: String
    public var kind: TemplateType
    public var subject: String
    public var body: String

    public init(id: TemplateID, createdAt: Date, name: String, kind: TemplateType, subject: String = "", body: String) {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.name = name
        self.kind = kind
        self.subject = subject
        self.body = body
    }
}

public enum TemplateType: String, Codable, CaseIterable, Sendable {
    case email, sms, quote
}
