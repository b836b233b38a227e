/// Finds contacts that are probably the same person as a new or edited one: the same email or
/// the same phone number once normalized.
public enum DuplicateDetection {
    public struct Match: Hashable, Sendable {
        public var contactID: ContactID
        /// What matched, for the warning: "email giulia@example.com".
        public var reason: String
    }

    /// Contacts (other than `excluding`) sharing a normalized email or phone with the given
    /// values, in id order.
    public static func matches(emails: [String], phones: [String], in book: Book, excluding: ContactID? = nil) -> [Match] {
        let wantedEmails = Set(emails.map(ContactNormalization.email).filter { !$0.isEmpty })
        let wantedPhones = Set(phones.map(ContactNormalization.phone).filter { !$0.isEmpty })
        guard !wantedEmails.isEmpty || !wantedPhones.isEmpty else { return [] }
        var found: [Match] = []
        for contact in book.contacts.all where contact.id != excluding {
            if let email = contact.emails.first(where: { wantedEmails.contains(ContactNormalization.email($0.value)) }) {
                found.append(Match(contactID: contact.id, reason: "email \(email.value)"))
            } else if let phone = contact.phones.first(where: { wantedPhones.contains(ContactNormalization.phone($0.value)) }) {
                found.append(Match(contactID: contact.id, reason: "phone \(phone.value)"))
            }
        }
        return found.sorted { $0.contactID < $1.contactID }
    }
}
