import Foundation

/// The book being imported into, with the indexes every row needs (built once, so a 50,000-row
/// file costs 50,000 dictionary look-ups, never a scan per row) and the ledger of changes.
struct ImportSession {
    var book: Book
    let now: Date
    let timeZone: TimeZone
    /// Written into `source` and consent records: "import: contacts.csv".
    let origin: String
    private(set) var ledger = ImportLedger()

    private var contactsByEmail: [String: ContactID] = [:]
    private var contactsByName: [String: [ContactID]] = [:]
    private var companiesByName: [String: CompanyID] = [:]

    init(book: Book, now: Date, timeZone: TimeZone, origin: String) {
        self.book = book
        self.now = now
        self.timeZone = timeZone
        self.origin = origin
        contactsByEmail.reserveCapacity(book.contacts.count)
        // Id order, so that when two contacts share an email the oldest one is the match.
        for contact in book.contacts.sortedByID { index(contact) }
        for company in book.companies.sortedByID {
            let key = company.name.trimmingWhitespace().lowercased()
            if companiesByName[key] == nil { companiesByName[key] = company.id }
        }
    }

    private mutating func index(_ contact: Contact) {
        for email in contact.emails {
            let key = ImportValues.emailKey(email.value)
            if !key.isEmpty, contactsByEmail[key] == nil { contactsByEmail[key] = contact.id }
        }
        let nameKey = ContactDraft.nameKey(first: contact.firstName, last: contact.lastName)
        if !nameKey.isEmpty, !(contactsByName[nameKey]?.contains(contact.id) ?? false) {
            contactsByName[nameKey, default: []].append(contact.id)
        }
    }

    // MARK: Look-ups

    func contactID(forEmail email: String) -> ContactID? { contactsByEmail[ImportValues.emailKey(email)] }

    /// The contacts with this full name (case-insensitive).
    func contactIDs(named first: String, _ last: String) -> [ContactID] {
        contactsByName[ContactDraft.nameKey(first: first, last: last)] ?? []
    }

    func companyID(named name: String) -> CompanyID? { companiesByName[ImportValues.trim(name).lowercased()] }

    // MARK: Changes

    mutating func note(_ action: ImportChange.Action, _ id: String, line: Int, _ summary: String) {
        ledger.record(action, id: id, line: line, summary: summary)
    }

    /// The company with this name (case-insensitive), created when there is none.
    mutating func findOrCreateCompany(named name: String, line: Int) -> CompanyID {
        if let id = companyID(named: name) { return id }
        let company = Company(id: book.companies.nextID(), createdAt: now, name: name)
        book.companies.upsert(company)
        companiesByName[name.lowercased()] = company.id
        note(.created, company.id.rawValue, line: line, "company \(company.id) \(name)")
        return company.id
    }

    mutating func insertCompany(_ company: Company) {
        book.companies.upsert(company)
        companiesByName[company.name.trimmingWhitespace().lowercased()] = company.id
    }

    /// Stores a changed contact (keeping the indexes current); a contact equal to the stored one
    /// is not written, so the table's revision — and the file — stay as they are.
    mutating func store(_ contact: Contact) {
        if book.contacts[contact.id] == contact { return }
        book.contacts.upsert(contact)
        index(contact)
    }

    /// Sets `updatedAt` and stores, when the change made any difference; tells which.
    mutating func storeIfChanged(_ contact: Contact, original: Contact) -> Bool {
        guard contact != original else { return false }
        var changed = contact
        changed.updatedAt = now
        store(changed)
        return true
    }

    static func summary(_ contact: Contact) -> String {
        "contact \(contact.id) \(contact.displayName)" + (contact.primaryEmail.map { " <\($0)>" } ?? "")
    }
}
