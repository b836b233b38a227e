import Foundation

/// Puts messages on contacts' timelines: one email interaction per message and contact, with
/// the subject as summary and an excerpt of the body as notes. Idempotent by Message-ID: each
/// activity carries `externalID` `mail:<id>`, and a contact that already has it is skipped.
///
/// A value that accumulates: `log` one message after another (an mbox of thousands), then
/// save `book`. Indexes are built once, so each message costs its own size, not the book's.
public struct MailLogger: Sendable {
    public struct Options: Sendable {
        /// Add unknown senders (and recipients of your mail) as leads, and log on them too.
        public var createLeads: Bool
        /// Your own addresses: mail from them is outbound.
        public var ownAddresses: [String]
        public var now: Date

        public init(createLeads: Bool = false, ownAddresses: [String] = [], now: Date) {
            self.createLeads = createLeads
            self.ownAddresses = ownAddresses
            self.now = now
        }
    }

    /// What one message did.
    public struct Outcome: Sendable, Equatable {
        public var externalID: String
        public var direction: Direction
        /// New activities, one per contact.
        public var logged: [(contactID: ContactID, activityID: ActivityID)]
        /// Contacts that had this message already.
        public var alreadyLogged: [ContactID]
        /// Addresses that matched nobody (and were not created).
        public var unknown: [MailAddress]
        /// Leads created for unknown addresses (`createLeads`).
        public var created: [ContactID]

        public var matchedAnyone: Bool { !logged.isEmpty || !alreadyLogged.isEmpty }

        public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            lhs.externalID == rhs.externalID && lhs.direction == rhs.direction
                && lhs.logged.map(\.contactID) == rhs.logged.map(\.contactID) && lhs.logged.map(\.activityID) == rhs.logged.map(\.activityID)
                && lhs.alreadyLogged == rhs.alreadyLogged && lhs.unknown == rhs.unknown && lhs.created == rhs.created
        }
    }

    public private(set) var book: Book
    private let options: Options
    private var matcher: MailMatcher
    /// Which contacts already have each external id.
    private var loggedOn: [String: Set<ContactID>] = [:]
    /// Open deals per contact, to link the mail to a contact's only open deal (rotting counts
    /// only a deal's own activities).
    private var openDeals: [ContactID: [OpportunityID]] = [:]

    public init(book: Book, options: Options) {
        self.book = book
        self.options = options
        matcher = MailMatcher(book: book, ownAddresses: options.ownAddresses)
        for activity in book.activities.all {
            guard let externalID = activity.externalID, let contactID = activity.contactID else { continue }
            loggedOn[externalID, default: []].insert(contactID)
        }
        for deal in book.opportunities.all where deal.status == .open {
            guard let contactID = deal.contactID else { continue }
            openDeals[contactID, default: []].append(deal.id)
        }
    }

    /// `mail:<Message-ID>`; a message without one gets a stable id made from what it says.
    public static func externalID(of message: MailMessage) -> String {
        if let id = message.messageID { return "mail:" + id }
        var hash = FNV1a()
        hash.add(message.date.map { String(Int64($0.timeIntervalSince1970)) } ?? "")
        hash.add(message.from.map(\.address).joined(separator: ","))
        hash.add(message.recipients.map(\.address).joined(separator: ","))
        hash.add(message.subject)
        hash.add(message.text)
        return "mail:no-message-id-" + String(hash.value, radix: 16) + "@rapport"
    }

    /// Logs one message. `fallbackDate` (an mbox envelope's) is used when it has no readable
    /// Date header; failing both, the message is dated now.
    public mutating func log(_ message: MailMessage, fallbackDate: Date? = nil) -> Outcome {
        let externalID = Self.externalID(of: message)
        let match = matcher.match(message)
        var outcome = Outcome(externalID: externalID, direction: match.direction, logged: [], alreadyLogged: [],
                              unknown: [], created: [])
        var contacts = match.contacts
        for address in match.unknown {
            guard options.createLeads else { outcome.unknown.append(address); continue }
            // Already created for an earlier message, or twice in this one.
            if let existing = matcher.contacts(for: address.address).first {
                if !contacts.contains(existing) { contacts.append(existing) }
                continue
            }
            let lead = makeLead(address)
            book.contacts.upsert(lead)
            matcher.add(lead)
            outcome.created.append(lead.id)
            contacts.append(lead.id)
        }
        let when = message.date ?? fallbackDate ?? options.now
        let summary = message.subject.isEmpty ? Messages.mailNoSubject.text : message.subject
        let notes = MailExcerpt.excerpt(message.text)
        for contactID in contacts {
            if loggedOn[externalID]?.contains(contactID) == true {
                outcome.alreadyLogged.append(contactID)
                continue
            }
            let contact = book.contacts[contactID]
            let deals = openDeals[contactID] ?? []
            var activity = Activity(id: book.activities.nextID(), createdAt: options.now, channel: .email,
                                    direction: match.direction, summary: summary, occurredAt: when, contactID: contactID,
                                    companyID: contact?.companyID, opportunityID: deals.count == 1 ? deals.first : nil,
                                    notes: notes)
            activity.externalID = externalID
            book.activities.upsert(activity)
            loggedOn[externalID, default: []].insert(contactID)
            outcome.logged.append((contactID, activity.id))
        }
        return outcome
    }

    private mutating func makeLead(_ address: MailAddress) -> Contact {
        // "Grace Hopper" or "Hopper, Grace"; a display name that is the address itself is no name.
        let name = address.name.contains("@") ? "" : address.name
        let (first, last) = FullName.split(name)
        return Contact(id: book.contacts.nextID(), createdAt: options.now, firstName: first, lastName: last,
                       emails: [LabeledValue(address.address.trimmingWhitespace())], source: "email", lifecycle: .lead)
    }
}

/// FNV-1a, 64 bits: a stable digest for ids (Swift's `Hasher` is seeded per process).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        value ^= 0xff
        value = value &* 0x100_0000_01b3
    }
}
