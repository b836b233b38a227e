/// What a name typed on the command line found.
public enum LookupResult<Found: Sendable>: Sendable {
    case found(Found)
    case notFound
    /// Several records answer to the name: "id  description" lines for the user to choose from.
    case ambiguous([String])
}

/// Any record `rapport show` can display.
public enum AnyRecord: Sendable {
    case contact(Contact), company(Company), opportunity(Opportunity), activity(Activity)
    case purchase(Purchase), survey(SurveyResponse), campaign(Campaign), ticket(Ticket), template(Template)
}

/// Finds records the way people name them: by id, by a contact's email, by a deal's title, by a
/// company's name (all case-insensitive). A name that fits several records is ambiguous, never a guess.
public struct RecordLookup: Sendable {
    public let book: Book

    public init(book: Book) { self.book = book }

    public func contact(_ text: String) -> LookupResult<Contact> {
        let key = text.trimmingWhitespace().lowercased()
        if let contact = book.contacts[ContactID(text)] { return .found(contact) }
        let byEmail = book.contacts.all.filter { $0.emails.contains { $0.value.lowercased() == key } }
        if !byEmail.isEmpty { return unique(byEmail, describe: Self.describe) }
        return unique(book.contacts.all.filter { $0.displayName.lowercased() == key }, describe: Self.describe)
    }

    public func company(_ text: String) -> LookupResult<Company> {
        if let company = book.companies[CompanyID(text)] { return .found(company) }
        let key = text.trimmingWhitespace().lowercased()
        return unique(book.companies.all.filter { $0.name.lowercased() == key }, describe: { "\($0.id)  \($0.name)" })
    }

    /// By id, by title, else by the email of its contact (when that contact has one deal, or one open deal).
    public func opportunity(_ text: String) -> LookupResult<Opportunity> {
        if let deal = book.opportunities[OpportunityID(text)] { return .found(deal) }
        let key = text.trimmingWhitespace().lowercased()
        let byTitle = book.opportunities.all.filter { $0.title.lowercased() == key }
        if !byTitle.isEmpty { return unique(byTitle, describe: describe) }
        guard case .found(let contact) = contact(text) else { return .notFound }
        let deals = book.opportunities.all.filter { $0.contactID == contact.id }
        let open = deals.filter { $0.status == .open }
        return unique(open.count == 1 ? open : deals, describe: describe)
    }

    public func activity(_ text: String) -> LookupResult<Activity> {
        book.activities[ActivityID(text)].map { .found($0) } ?? .notFound
    }

    /// `rapport show`: an id of any kind, else a contact's email or name, a deal's title, a company's name.
    public func any(_ text: String) -> LookupResult<AnyRecord> {
        if let record = byID(text) { return .found(record) }
        var candidates: [String] = []
        var matches: [AnyRecord] = []
        func collect<R>(_ result: LookupResult<R>, _ wrap: (R) -> AnyRecord) {
            switch result {
            case .found(let record): matches.append(wrap(record))
            case .ambiguous(let lines): candidates += lines
            case .notFound: break
            }
        }
        collect(contact(text), AnyRecord.contact)
        collect(company(text), AnyRecord.company)
        let key = text.trimmingWhitespace().lowercased()
        collect(unique(book.opportunities.all.filter { $0.title.lowercased() == key }, describe: describe), AnyRecord.opportunity)
        if candidates.isEmpty, matches.count == 1, let only = matches.first { return .found(only) }
        if matches.isEmpty, candidates.isEmpty { return .notFound }
        return .ambiguous(candidates + matches.map(describe))
    }

    public func byID(_ text: String) -> AnyRecord? {
        if let record = book.contacts[ContactID(text)] { return .contact(record) }
        if let record = book.companies[CompanyID(text)] { return .company(record) }
        if let record = book.opportunities[OpportunityID(text)] { return .opportunity(record) }
        if let record = book.activities[ActivityID(text)] { return .activity(record) }
        if let record = book.purchases[PurchaseID(text)] { return .purchase(record) }
        if let record = book.surveys[SurveyResponseID(text)] { return .survey(record) }
        if let record = book.campaigns[CampaignID(text)] { return .campaign(record) }
        if let record = book.tickets[TicketID(text)] { return .ticket(record) }
        if let record = book.templates[TemplateID(text)] { return .template(record) }
        return nil
    }

    private func unique<R: Record>(_ records: [R], describe: (R) -> String) -> LookupResult<R> {
        switch records.count {
        case 0: return .notFound
        case 1: return .found(records[0])
        default: return .ambiguous(records.sorted { $0.id < $1.id }.map(describe))
        }
    }

    public static func describe(_ contact: Contact) -> String {
        "\(contact.id)  \(contact.displayName)" + (contact.primaryEmail.map { " <\($0)>" } ?? "")
    }

    func describe(_ deal: Opportunity) -> String {
        let contact = deal.contactID.flatMap { book.contacts[$0]?.displayName }.map { ", " + $0 } ?? ""
        return "\(deal.id)  \(deal.title)\(contact) (\(deal.status.rawValue))"
    }

    func describe(_ record: AnyRecord) -> String {
        switch record {
        case .contact(let contact): return Self.describe(contact)
        case .company(let company): return "\(company.id)  \(company.name)"
        case .opportunity(let deal): return describe(deal)
        case .activity(let activity): return "\(activity.id)  \(activity.summary)"
        case .purchase(let purchase): return "\(purchase.id)  \(purchase.date) \(purchase.product)"
        case .survey(let answer): return "\(answer.id)  \(answer.date) score \(answer.score)"
        case .campaign(let campaign): return "\(campaign.id)  \(campaign.name)"
        case .ticket(let ticket): return "\(ticket.id)  \(ticket.subject)"
        case .template(let template): return "\(template.id)  \(template.name)"
        }
    }
}
