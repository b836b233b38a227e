/// Who a message is with, and which way it went. Pure: an index of the book's addresses in,
/// a decision out.
///
/// The rules, in order: a message from a contact is inbound and is theirs; a message from one
/// of your own addresses is outbound and belongs to every contact it was sent to (To, Cc, Bcc);
/// when your own addresses are not known, a message to a contact is taken to be yours (sent
/// from an address the book does not know). Anything else is inbound from an unknown sender.
/// Every address a contact has counts, compared case-insensitively.
public struct MailMatcher: Sendable {
    private var addresses: ContactAddressIndex
    private let ownAddresses: Set<String>

    public init(book: Book, ownAddresses: some Sequence<String>) {
        self.ownAddresses = Set(ownAddresses.map(ContactNormalization.email).filter { !$0.isEmpty })
        addresses = ContactAddressIndex(book)
    }

    /// Makes a contact created during an import findable by the next messages.
    public mutating func add(_ contact: Contact) { addresses.add(contact) }

    public func contacts(for address: String) -> [ContactID] { addresses.contacts(for: address) }

    public func isOwn(_ address: String) -> Bool {
        ownAddresses.contains(ContactNormalization.email(address))
    }

    public func match(_ message: MailMessage) -> MailMatch {
        let sender = message.from.first
        if let sender {
            let senders = contacts(for: sender.address)
            if !senders.isEmpty { return MailMatch(direction: .inbound, contacts: senders, unknown: []) }
        }
        var matched: [ContactID] = []
        var unknown: [MailAddress] = []
        for recipient in message.recipients where !isOwn(recipient.address) {
            let found = contacts(for: recipient.address)
            if found.isEmpty { unknown.append(recipient) }
            for id in found where !matched.contains(id) { matched.append(id) }
        }
        let fromYou = sender.map { isOwn($0.address) } ?? false
        if fromYou || (ownAddresses.isEmpty && !matched.isEmpty) {
            return MailMatch(direction: .outbound, contacts: matched, unknown: unknown)
        }
        return MailMatch(direction: .inbound, contacts: [], unknown: sender.map { [$0] } ?? [])
    }
}

/// The matcher's answer for one message.
public struct MailMatch: Equatable, Sendable {
    public var direction: Direction
    /// The contacts to log it on, in header order.
    public var contacts: [ContactID]
    /// The sender (inbound) or recipients (outbound) that are no contact: `--create` adds them.
    public var unknown: [MailAddress]
}
