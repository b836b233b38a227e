/// Which records of one collection belong to each contact and to each company: built in one
/// pass over the table, so a contact's or company's pane reads its few records instead of
/// scanning 250,000 activities on every key press.
///
/// Owners are keyed by their id's number (hashing an Int, not a string: the build over a large
/// book is a few tens of milliseconds); ids that are not "prefix-number" go by their text. A
/// number can stand for two texts ("con-42", "con-000042"), so lookups check the owner again.
public struct RecordLinks<R: Record>: Sendable {
    /// The table's revision the index was built from.
    public let revision: Int
    private let byContact: OwnerIndex<ContactKind, R.ID>
    private let byCompany: OwnerIndex<CompanyKind, R.ID>
    private let contactOf: @Sendable (R) -> ContactID?
    private let companyOf: @Sendable (R) -> CompanyID?

    public init(_ table: RecordTable<R>, contact: @escaping @Sendable (R) -> ContactID?,
                company: @escaping @Sendable (R) -> CompanyID? = { _ in nil }) {
        revision = table.revision
        contactOf = contact
        companyOf = company
        var byContact = OwnerIndex<ContactKind, R.ID>()
        var byCompany = OwnerIndex<CompanyKind, R.ID>()
        for record in table.all {
            if let id = contact(record) { byContact.add(record.id, to: id) }
            if let id = company(record) { byCompany.add(record.id, to: id) }
        }
        self.byContact = byContact
        self.byCompany = byCompany
    }

    /// The records linked to the contact, in id order.
    public func records(ofContact id: ContactID, in table: RecordTable<R>) -> [R] {
        byContact.linked(to: id).compactMap { table[$0] }.filter { contactOf($0) == id }.sorted { $0.id < $1.id }
    }

    /// The records linked to the company itself (not through its people), in id order.
    public func records(ofCompany id: CompanyID, in table: RecordTable<R>) -> [R] {
        byCompany.linked(to: id).compactMap { table[$0] }.filter { companyOf($0) == id }.sorted { $0.id < $1.id }
    }
}

/// Linked ids per owner, by the owner id's number when it has one.
struct OwnerIndex<Owner: RecordKind, Linked: Sendable>: Sendable {
    private var byNumber: [Int: [Linked]] = [:]
    private var byText: [String: [Linked]] = [:]

    mutating func add(_ linked: Linked, to owner: RecordID<Owner>) {
        if let number = owner.number {
            byNumber[number, default: []].append(linked)
        } else {
            byText[owner.rawValue, default: []].append(linked)
        }
    }

    func linked(to owner: RecordID<Owner>) -> [Linked] {
        if let number = owner.number { return byNumber[number] ?? [] }
        return byText[owner.rawValue] ?? []
    }
}

/// The links of every collection a contact or company pane shows. Each part is rebuilt only
/// when its own table changed (`updated(for:)`), so logging a call rebuilds the activities'
/// index, not the purchases'.
public struct BookLinks: Sendable {
    public var contacts: RecordLinks<Contact>
    public var activities: RecordLinks<Activity>
    public var opportunities: RecordLinks<Opportunity>
    public var purchases: RecordLinks<Purchase>
    public var surveys: RecordLinks<SurveyResponse>
    public var tickets: RecordLinks<Ticket>

    public init(_ book: Book) {
        contacts = Self.contacts(book)
        activities = Self.activities(book)
        opportunities = Self.opportunities(book)
        purchases = Self.purchases(book)
        surveys = Self.surveys(book)
        tickets = Self.tickets(book)
    }

    /// These links brought up to date with `book`, rebuilding only the parts whose table changed.
    public func updated(for book: Book) -> BookLinks {
        var links = self
        if contacts.revision != book.contacts.revision { links.contacts = Self.contacts(book) }
        if activities.revision != book.activities.revision { links.activities = Self.activities(book) }
        if opportunities.revision != book.opportunities.revision { links.opportunities = Self.opportunities(book) }
        if purchases.revision != book.purchases.revision { links.purchases = Self.purchases(book) }
        if surveys.revision != book.surveys.revision { links.surveys = Self.surveys(book) }
        if tickets.revision != book.tickets.revision { links.tickets = Self.tickets(book) }
        return links
    }

    /// Whether every part was built from `book`'s tables as they are.
    public func isCurrent(for book: Book) -> Bool {
        contacts.revision == book.contacts.revision && activities.revision == book.activities.revision
            && opportunities.revision == book.opportunities.revision && purchases.revision == book.purchases.revision
            && surveys.revision == book.surveys.revision && tickets.revision == book.tickets.revision
    }

    // The company side of a contact is its employer; the people of a company are `contacts`.
    private static func contacts(_ book: Book) -> RecordLinks<Contact> {
        RecordLinks(book.contacts, contact: { _ in nil }, company: \.companyID)
    }
    private static func activities(_ book: Book) -> RecordLinks<Activity> {
        RecordLinks(book.activities, contact: \.contactID, company: \.companyID)
    }
    private static func opportunities(_ book: Book) -> RecordLinks<Opportunity> {
        RecordLinks(book.opportunities, contact: \.contactID, company: \.companyID)
    }
    private static func purchases(_ book: Book) -> RecordLinks<Purchase> { RecordLinks(book.purchases, contact: \.contactID) }
    private static func surveys(_ book: Book) -> RecordLinks<SurveyResponse> { RecordLinks(book.surveys, contact: \.contactID) }
    private static func tickets(_ book: Book) -> RecordLinks<Ticket> { RecordLinks(book.tickets, contact: \.contactID) }
}
