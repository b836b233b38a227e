import Foundation
import RapportCore

/// What `log-email` and `import mail` share: whose addresses are yours, how people and
/// outcomes are named on the terminal, and the `--json` shapes (which never hold display text).
enum MailCommandSupport {
    /// Your own addresses: `--me`, the campaign sender address, and `$EMAIL` (mutt's default
    /// sender), so mail you sent is recognised as outbound.
    static func ownAddresses(_ arguments: Arguments, book: Book, environment: [String: String]) -> [String] {
        var addresses = arguments.values("me")
        if let from = book.settings.campaignSettings.fromAddress { addresses.append(from) }
        if let email = environment["EMAIL"] { addresses += AddressParsing.parse(email).map(\.address) }
        // `--me ann@example.com` is an address; `--me "Ann <ann@example.com>"` works too.
        return addresses.flatMap { text in
            let parsed = AddressParsing.parse(text).map(\.address)
            return parsed.isEmpty ? [text] : parsed
        }
    }

    static func display(_ address: MailAddress) -> String {
        address.name.isEmpty ? address.address : "\(address.name) <\(address.address)>"
    }

    static func contactName(_ id: ContactID, in book: Book) -> String {
        book.contacts[id]?.displayName ?? id.rawValue
    }

    static func direction(_ direction: Direction) -> String {
        direction == .inbound ? Messages.mailDirectionInbound.text : Messages.mailDirectionOutbound.text
    }

    static func printJSON(_ value: some Encodable) throws(CommandFailure) {
        do {
            Output.out(String(decoding: try JSONValueEncoder().encodeToBytes(value), as: UTF8.self))
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}

/// `rapport log-email --json`.
struct LogEmailJSON: Encodable {
    struct Logged: Encodable {
        var contactID: String
        var activityID: String
    }

    var externalID: String
    var messageID: String?
    var subject: String
    var date: Date?
    var direction: String
    var logged: [Logged]
    var alreadyLogged: [String]
    var created: [String]
    var unknown: [MailAddress]

    init(_ message: MailMessage, _ outcome: MailLogger.Outcome) {
        externalID = outcome.externalID
        messageID = message.messageID
        subject = message.subject
        date = message.date
        direction = outcome.direction.rawValue
        logged = outcome.logged.map { Logged(contactID: $0.contactID.rawValue, activityID: $0.activityID.rawValue) }
        alreadyLogged = outcome.alreadyLogged.map(\.rawValue)
        created = outcome.created.map(\.rawValue)
        unknown = outcome.unknown
    }
}

/// `rapport import mail --json`.
struct MailImportJSON: Encodable {
    struct Unknown: Encodable {
        var address: String
        var name: String
        var messages: Int
    }

    var dryRun: Bool
    var messages: Int
    var messagesLogged: Int
    var activitiesAdded: Int
    var alreadyLogged: Int
    var unmatched: Int
    var created: [String]
    var unknown: [Unknown]

    init(_ report: MailImportReport, dryRun: Bool) {
        self.dryRun = dryRun
        messages = report.messages
        messagesLogged = report.messagesLogged
        activitiesAdded = report.activitiesAdded
        alreadyLogged = report.alreadyLogged
        unmatched = report.unmatched
        created = report.created.map(\.rawValue)
        unknown = report.unknownByFrequency.map { Unknown(address: $0.address.address, name: $0.address.name, messages: $0.messages) }
    }
}
