import Foundation

/// What Rapport reads from one email: who, when, what about, and the text a person wrote.
public struct MailMessage: Sendable, Equatable {
    /// The Message-ID without its angle brackets; nil when the message has none.
    public var messageID: String?
    /// From the Date header; nil when it is missing or unreadable.
    public var date: Date?
    /// Decoded; empty when the message has none.
    public var subject: String
    public var from: [MailAddress]
    public var to: [MailAddress]
    public var cc: [MailAddress]
    /// Present only on a sender's own copy (a Sent folder, an Fcc).
    public var bcc: [MailAddress]
    /// The body as plain text: the text/plain part, else the HTML part with its tags stripped.
    public var text: String

    public init(messageID: String? = nil, date: Date? = nil, subject: String = "", from: [MailAddress] = [],
                to: [MailAddress] = [], cc: [MailAddress] = [], bcc: [MailAddress] = [], text: String = "") {
        self.messageID = messageID
        self.date = date
        self.subject = subject
        self.from = from
        self.to = to
        self.cc = cc
        self.bcc = bcc
        self.text = text
    }

    /// Everyone it was sent to, in header order (To, Cc, Bcc), each address once.
    public var recipients: [MailAddress] {
        var seen: Set<String> = []
        return (to + cc + bcc).filter { seen.insert(ContactNormalization.email($0.address)).inserted }
    }
}
