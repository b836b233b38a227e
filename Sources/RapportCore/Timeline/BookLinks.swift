import Dispatch
import Synchronization

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
    private let contactOf: @Sendable (UnsafePointer<R>) -> ContactID?
    private let companyOf: @Sendable (UnsafePointer<R>) -> CompanyID?

    /// `contact` and `company` read a record's owners through a pointer (`{ $0.pointee.contactID }`),
    /// so the pass copies the owner ids only.
    public init(_ table: RecordTable<R>, contact: @escaping @Sendable (UnsafePointer<R>) -> ContactID?,
                company: @escaping @Sendable (UnsafePointer<R>) -> CompanyID? = { _ in nil }) {
        revision = table.revision
        contactOf = contact
        companyOf = company
        var byContact = OwnerIndex<ContactKind, R.ID>()
        var byCompany = OwnerIndex<CompanyKind, R.ID>()
        table.byID.forEachInPlace { record in
            if let id = contact(record) { byContact.add(record.pointee.id, to: id) }
            if let id = company(record) { byCompany.add(record.pointee.id, to: id) }
        }
        byContact.finish()
        byCompany.finish()
        self.byContact = byContact
        self.byCompany = byCompany
    }

    /// The records linked to the contact, in id order.
    public func records(ofContact id: ContactID, in table: RecordTable<R>) -> [R] {
        byContact.linked(to: id).compactMap { table[$0] }.filter { record in withUnsafePointer(to: record) { contactOf($0) } == id }
            .sorted { $0.id < $1.id }
    }

    /// The records linked to the company itself (not through its people), in id order.
    public func records(ofCompany id: CompanyID, in table: RecordTable<R>) -> [R] {
        byCompany.linked(to: id).compactMap { table[$0] }.filter { record in withUnsafePointer(to: record) { companyOf($0) } == id }
            .sorted { $0.id < $1.id }
    }
}

/// Linked ids per owner: (owner number, linked) pairs sorted by owner, found by binary search,
/// for owners whose id is "prefix-number" (all of ours); a dictionary by text for the others.
struct OwnerIndex<Owner: RecordKind, Linked: Sendable>: Sendable {
    private var owners: [Int] = []
    private var linkedIDs: [Linked] = []
    private var byText: [String: [Linked]] = [:]

    mutating func add(_ linked: Linked, to owner: RecordID<Owner>) {
        if let number = owner.number {
            owners.append(number)
            linkedIDs.append(linked)
        } else {
            byText[owner.rawValue, default: []].append(linked)
        }
    }

    /// Orders the pairs by owner; call once, after the last `add`.
    mutating func finish() {
        let order = owners.indices.sorted { owners[$0] < owners[$1] }
        owners = order.map { owners[$0] }
        linkedIDs = order.map { linkedIDs[$0] }
    }

    func linked(to owner: RecordID<Owner>) -> [Linked] {
        guard let number = owner.number else { return byText[owner.rawValue] ?? [] }
        var low = 0, high = owners.count
        while low < high {
            let middle = (low + high) / 2
            if owners[middle] < number { low = middle + 1 } else { high = middle }
        }
        var found: [Linked] = []
        while low < owners.count, owners[low] == number {
            found.append(linkedIDs[low])
            low += 1
        }
        return found
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

    /// Builds every part, the parts in parallel (the activities alone are as many records as all
    /// the others).
    public init(_ book: Book) {
        let parts = Mutex<(RecordLinks<Contact>?, RecordLinks<Activity>?, RecordLinks<Opportunity>?,
                           RecordLinks<Purchase>?, RecordLinks<SurveyResponse>?, RecordLinks<Ticket>?)>((nil, nil, nil, nil, nil, nil))
        DispatchQueue.concurrentPerform(iterations: 6) { part in
            switch part {
            case 0: let built = Self.activities(book); parts.withLock { $0.1 = built }
            case 1: let built = Self.purchases(book); parts.withLock { $0.3 = built }
            case 2: let built = Self.contacts(book); parts.withLock { $0.0 = built }
            case 3: let built = Self.opportunities(book); parts.withLock { $0.2 = built }
            case 4: let built = Self.surveys(book); parts.withLock { $0.4 = built }
            default: let built = Self.tickets(book); parts.withLock { $0.5 = built }
            }
        }
        let built = parts.withLock { $0 }
        contacts = built.0 ?? Self.contacts(book)
        activities = built.1 ?? Self.activities(book)
        opportunities = built.2 ?? Self.opportunities(book)
        purchases = built.3 ?? Self.purchases(book)
        surveys = built.4 ?? Self.surveys(book)
        tickets = built.5 ?? Self.tickets(book)
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
        RecordLinks(book.contacts, contact: { _ in nil }, company: { $0.pointee.companyID })
    }
    private static func activities(_ book: Book) -> RecordLinks<Activity> {
        RecordLinks(book.activities, contact: { $0.pointee.contactID }, company: { $0.pointee.companyID })
    }
    private static func opportunities(_ book: Book) -> RecordLinks<Opportunity> {
        RecordLinks(book.opportunities, contact: { $0.pointee.contactID }, company: { $0.pointee.companyID })
    }
    private static func purchases(_ book: Book) -> RecordLinks<Purchase> { RecordLinks(book.purchases, contact: { $0.pointee.contactID }) }
    private static func surveys(_ book: Book) -> RecordLinks<SurveyResponse> { RecordLinks(book.surveys, contact: { $0.pointee.contactID }) }
    private static func tickets(_ book: Book) -> RecordLinks<Ticket> { RecordLinks(book.tickets, contact: { $0.pointee.contactID }) }
}
