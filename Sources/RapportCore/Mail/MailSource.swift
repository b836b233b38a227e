import Foundation

/// Where `rapport import mail` reads from: a single message (.eml), an mbox file, or a Maildir
/// folder, told apart by what is there rather than by the name.
public enum MailSource: Equatable, Sendable {
    case message, mbox, maildir

    public enum Failure: Error, Equatable, Sendable {
        case cannotRead(String)
        case notMaildir(String)
    }

    /// Calls `body` with each message's bytes and, from an mbox, its envelope date.
    public static func forEachMessage(at path: String,
                                      _ body: (ArraySlice<UInt8>, Date?) throws -> Void) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw Failure.cannotRead(path) }
        if isDirectory.boolValue {
            guard MaildirReader.isMaildir(path) else { throw Failure.notMaildir(path) }
            for file in MaildirReader.messagePaths(in: path) {
                // A message deleted meanwhile (a mail client runs alongside) is skipped.
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                try body([UInt8](data)[...], nil)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure.cannotRead(path) }
        let bytes = [UInt8](data)
        if MboxReader.looksLikeMbox(bytes[...]) {
            try MboxReader.forEachMessage(in: bytes) { entry in try body(entry.bytes, entry.envelopeDate) }
        } else {
            try body(bytes[...], nil)
        }
    }
}

/// The sum of an import's outcomes, for the summary line and `--json`.
public struct MailImportReport: Sendable, Equatable {
    public var messages = 0
    public var messagesLogged = 0
    public var activitiesAdded = 0
    /// Messages that every matched contact had already.
    public var alreadyLogged = 0
    public var unmatched = 0
    public var created: [ContactID] = []
    /// Unknown addresses (lowercased) with the first display name seen and how many messages.
    public var unknown: [String: (address: MailAddress, messages: Int)] = [:]

    public init() {}

    public static func == (lhs: MailImportReport, rhs: MailImportReport) -> Bool {
        lhs.messages == rhs.messages && lhs.messagesLogged == rhs.messagesLogged && lhs.activitiesAdded == rhs.activitiesAdded
            && lhs.alreadyLogged == rhs.alreadyLogged && lhs.unmatched == rhs.unmatched && lhs.created == rhs.created
            && lhs.unknown.mapValues(\.messages) == rhs.unknown.mapValues(\.messages)
    }

    public mutating func add(_ outcome: MailLogger.Outcome) {
        messages += 1
        activitiesAdded += outcome.logged.count
        created += outcome.created
        if !outcome.logged.isEmpty { messagesLogged += 1 } else if !outcome.alreadyLogged.isEmpty { alreadyLogged += 1 } else { unmatched += 1 }
        for address in outcome.unknown {
            let key = ContactNormalization.email(address.address)
            if let seen = unknown[key] {
                unknown[key] = (seen.address.name.isEmpty ? address : seen.address, seen.messages + 1)
            } else {
                unknown[key] = (address, 1)
            }
        }
    }

    /// Most frequent first, then by address: the list a person reads.
    public var unknownByFrequency: [(address: MailAddress, messages: Int)] {
        unknown.sorted { $0.value.messages != $1.value.messages ? $0.value.messages > $1.value.messages : $0.key < $1.key }.map(\.value)
    }
}

public enum MailImport {
    /// Reads every message at `path` and logs it into `book`. `progress` is called with the
    /// count of messages read so far, after each one.
    public static func run(path: String, into book: Book, options: MailLogger.Options,
                           progress: ((Int) -> Void)? = nil) throws -> (book: Book, report: MailImportReport) {
        var logger = MailLogger(book: book, options: options)
        var report = MailImportReport()
        try MailSource.forEachMessage(at: path) { bytes, envelopeDate in
            let message = MIMEParser.parse(bytes)
            report.add(logger.log(message, fallbackDate: envelopeDate))
            progress?(report.messages)
        }
        return (logger.book, report)
    }
}
