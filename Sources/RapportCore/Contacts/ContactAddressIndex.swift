/// Which contacts have an email address: every address a contact has, in its normal form
/// (`ContactNormalization.email`), so mail and calendar imports match "Giulia@Rossi.IT" to the
/// contact holding "giulia@rossi.it". Ids per address in id order: the first is the oldest.
public struct ContactAddressIndex: Sendable {
    private var contactsByAddress: [String: [ContactID]] = [:]

    public init(_ book: Book) {
        for contact in book.contacts.all { add(contact) }
        // Record tables are sharded, not ordered: make each address's list deterministic.
        for (address, ids) in contactsByAddress where ids.count > 1 { contactsByAddress[address] = ids.sorted() }
    }

    /// Makes a contact created during an import findable by what comes next.
    public mutating func add(_ contact: Contact) {
        for email in contact.emails {
            let key = ContactNormalization.email(email.value)
            guard !key.isEmpty else { continue }
            if contactsByAddress[key]?.contains(contact.id) != true { contactsByAddress[key, default: []].append(contact.id) }
        }
    }

    public func contacts(for address: String) -> [ContactID] {
        contactsByAddress[ContactNormalization.email(address)] ?? []
    }
}
