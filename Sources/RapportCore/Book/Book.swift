/// Everything the user keeps: settings and every collection. A value: copying it is cheap
/// (copy-on-write), which is what makes undo a matter of keeping the previous book.
public struct Book: Sendable, Equatable {
    public var settings: Settings
    public var contacts: RecordTable<Contact>
    public var companies: RecordTable<Company>
    public var opportunities: RecordTable<Opportunity>
    public var activities: RecordTable<Activity>
    public var purchases: RecordTable<Purchase>
    public var surveys: RecordTable<SurveyResponse>
    public var campaigns: RecordTable<Campaign>
    public var tickets: RecordTable<Ticket>
    public var templates: RecordTable<Template>

    public init(settings: Settings = Settings(), contacts: [Contact] = [], companies: [Company] = [],
                opportunities: [Opportunity] = [], activities: [Activity] = [], purchases: [Purchase] = [],
                surveys: [SurveyResponse] = [], campaigns: [Campaign] = [], tickets: [Ticket] = [],
                templates: [Template] = []) {
        self.settings = settings
        self.contacts = RecordTable(contacts)
        self.companies = RecordTable(companies)
        self.opportunities = RecordTable(opportunities)
        self.activities = RecordTable(activities)
        self.purchases = RecordTable(purchases)
        self.surveys = RecordTable(surveys)
        self.campaigns = RecordTable(campaigns)
        self.tickets = RecordTable(tickets)
        self.templates = RecordTable(templates)
    }

    public var isEmpty: Bool {
        contacts.isEmpty && companies.isEmpty && opportunities.isEmpty && activities.isEmpty && purchases.isEmpty
            && surveys.isEmpty && campaigns.isEmpty && tickets.isEmpty && templates.isEmpty
    }
}
