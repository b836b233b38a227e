import Foundation

/// "Convert lead", as Salesforce does it: from a lead, one form creates the opportunity (and the
/// company when the lead has none and one is named), links them, and moves the contact to the
/// opportunity stage.
public enum LeadConversion {
    public struct Request: Hashable, Sendable {
        public var opportunityTitle: String
        public var amount: Money
        /// A stage of the pipeline; nil means its first stage.
        public var stageID: String?
        public var expectedClose: LocalDate?
        /// The company to create when the contact has none; ignored when it has one, or empty.
        /// An existing company with the same name (ignoring case) is reused.
        public var companyName: String

        public init(opportunityTitle: String, amount: Money, stageID: String? = nil, expectedClose: LocalDate? = nil,
                    companyName: String = "") {
            self.opportunityTitle = opportunityTitle
            self.amount = amount
            self.stageID = stageID
            self.expectedClose = expectedClose
            self.companyName = companyName
        }
    }

    public struct Outcome: Sendable {
        public var book: Book
        public var opportunityID: OpportunityID
        /// Set when the conversion created a company.
        public var createdCompanyID: CompanyID?
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missingContact(ContactID)
        case notALead(LifecycleStage)
        case emptyTitle
        case unknownStage(String)
        case emptyPipeline

        public var description: String {
            switch self {
            case .missingContact(let id): return "no contact \(id)"
            case .notALead(let stage): return "only a lead can be converted; this contact is \(stage.title)"
            case .emptyTitle: return "the opportunity needs a title"
            case .unknownStage(let stage): return "no pipeline stage \"\(stage)\""
            case .emptyPipeline: return "the pipeline has no stages"
            }
        }
    }

    public static func convert(_ contactID: ContactID, _ request: Request, in book: Book, at date: Date) throws(Failure) -> Outcome {
        guard var contact = book.contacts[contactID] else { throw .missingContact(contactID) }
        guard LifecycleRules.isConvertible(contact.lifecycle) else { throw .notALead(contact.lifecycle) }
        let title = request.opportunityTitle.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { throw .emptyTitle }
        let stageID: String
        if let wanted = request.stageID {
            guard let stage = book.settings.stage(named: wanted) else { throw .unknownStage(wanted) }
            stageID = stage.id
        } else {
            guard let first = book.settings.pipeline.first else { throw .emptyPipeline }
            stageID = first.id
        }
        var book = book
        var createdCompanyID: CompanyID?
        let companyName = request.companyName.trimmingCharacters(in: .whitespaces)
        if contact.companyID == nil, !companyName.isEmpty {
            if let existing = book.companies.all.first(where: { $0.name.lowercased() == companyName.lowercased() }) {
                contact.companyID = existing.id
            } else {
                let id = book.companies.nextID()
                book.companies.upsert(Company(id: id, createdAt: date, name: companyName))
                contact.companyID = id
                createdCompanyID = id
            }
        }
        let opportunityID = book.opportunities.nextID()
        let opportunity = Opportunity(id: opportunityID, createdAt: date, title: title, contactID: contactID,
                                      companyID: contact.companyID, stageID: stageID, amount: request.amount,
                                      expectedClose: request.expectedClose)
        book.opportunities.upsert(opportunity)
        contact.enter(.opportunity, at: date)
        book.contacts.upsert(contact)
        return Outcome(book: book, opportunityID: opportunityID, createdCompanyID: createdCompanyID)
    }
}
