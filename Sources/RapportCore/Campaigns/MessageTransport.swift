import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One message for one member, ready to deliver.
public enum OutgoingMessage: Sendable {
    case email(EmailMessage)
    case sms(SMSMessage)
    case letter(PostalLetter)
}

public struct SMSMessage: Hashable, Sendable {
    public var campaignID: CampaignID
    public var contactID: ContactID
    public var name: String
    public var phone: String
    public var text: String
}

public struct PostalLetter: Hashable, Sendable {
    public var campaignID: CampaignID
    public var contactID: ContactID
    public var name: String
    public var address: PostalAddress
    public var text: String
}

public struct DeliveryError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Where messages go: a mail command, an outbox folder, or (in tests) memory.
public protocol MessageTransport {
    /// What the user is told: "msmtp -t", "the outbox /home/g/rapport/outbox".
    var name: String { get }
    /// Delivers one message, or throws without having delivered it.
    mutating func deliver(_ message: OutgoingMessage) throws(DeliveryError)
    /// Called once after the last message (the outbox writes its CSV files then).
    mutating func finish() throws(DeliveryError)
}

/// A sendmail-compatible command (`sendmail -t -oi`, `msmtp -t`), as mutt uses one: run through
/// `/bin/sh -c` with one message on standard input, recipients read from its headers. A non-zero
/// exit is a failed delivery, with what the command wrote on standard error.
///
/// The message goes in with LF line endings, the local convention of the sendmail interface:
/// the mail transfer agent puts CRLF on the wire.
public struct SendmailTransport: MessageTransport {
    public let command: String
    public var name: String { command }

    public init(command: String) { self.command = command }

    public mutating func deliver(_ message: OutgoingMessage) throws(DeliveryError) {
        guard case .email(let email) = message else {
            throw DeliveryError("the mail command sends emails only")
        }
        // A command that exits without reading its input would kill us with SIGPIPE on the
        // write; ignored, the write fails quietly and the exit status tells what happened.
        signal(SIGPIPE, SIG_IGN)
        let input = Data(email.text.replacingOccurrences(of: "\r\n", with: "\n").utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let stdin = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DeliveryError("cannot run \"\(command)\": \(error.localizedDescription)")
        }
        // Writing fails if the command exits without reading (a wrong path, a bad option): the
        // exit status below then says what happened.
        try? stdin.fileHandleForWriting.write(contentsOf: input)
        try? stdin.fileHandleForWriting.close()
        let errorOutput = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: errorOutput, as: UTF8.self).trimmingWhitespace()
            throw DeliveryError("\"\(command)\" failed (exit \(process.terminationStatus))" + (detail.isEmpty ? "" : ": " + detail))
        }
    }

    public mutating func finish() throws(DeliveryError) {}
}

/// The outbox folder: one RFC 5322 `.eml` file per email (any mail client opens it; `msmtp -t <
/// file` sends it later), and one CSV per campaign for SMS gateways (`sms.csv`) and printers
/// (`letters.csv`). Files are 0600. An email file is written atomically; a CSV row is appended
/// and flushed as its message is delivered, before the sender marks the member sent, so a crash
/// mid-send cannot leave a member marked sent without its row. A row for a contact already in
/// the file is not written again (a send resumed after a crash between the two steps).
public struct OutboxTransport: MessageTransport {
    public let directory: String
    public var name: String { "the outbox " + directory }
    /// What each CSV already holds, read once per file: the contacts it has a row for, and
    /// whether it has anything at all (a header is written first into an empty one).
    private var csvFiles: [String: (contacts: Set<String>, hasContent: Bool)] = [:]

    public init(directory: String) { self.directory = directory }

    static let smsHeader = ["phone", "name", "message", "contact", "campaign"]
    static let letterHeader = ["name", "street", "postal_code", "city", "region", "country", "message", "contact", "campaign"]

    public mutating func deliver(_ message: OutgoingMessage) throws(DeliveryError) {
        switch message {
        case .email(let email):
            let folder = try campaignFolder(email.campaignID)
            let file = DataDirectory.join(folder, (email.contactID?.rawValue ?? "message") + ".eml")
            try write(email.bytes, to: file)
        case .sms(let sms):
            try appendRow([sms.phone, sms.name, sms.text, sms.contactID.rawValue, sms.campaignID.rawValue],
                          contact: sms.contactID.rawValue, header: Self.smsHeader, to: "sms.csv", campaign: sms.campaignID)
        case .letter(let letter):
            let address = letter.address
            try appendRow([letter.name, address.street, address.postalCode, address.city, address.region, address.country,
                           letter.text, letter.contactID.rawValue, letter.campaignID.rawValue],
                          contact: letter.contactID.rawValue, header: Self.letterHeader, to: "letters.csv", campaign: letter.campaignID)
        }
    }

    /// Every row is on disk as soon as it is delivered: nothing is left to write.
    public mutating func finish() throws(DeliveryError) {}

    private mutating func appendRow(_ row: [String], contact: String, header: [String], to fileName: String,
                                    campaign: CampaignID) throws(DeliveryError) {
        let file = DataDirectory.join(try campaignFolder(campaign), fileName)
        var known: (contacts: Set<String>, hasContent: Bool)
        if let cached = csvFiles[file] { known = cached } else { known = try Self.contents(ofCSV: file) }
        guard !known.contacts.contains(contact) else {
            csvFiles[file] = known
            return
        }
        let rows = known.hasContent ? [row] : [header, row]
        do {
            // The gateway reads the phone column as written; every other cell is guarded
            // against formulas (a name "=HYPERLINK(…)" opened in a spreadsheet).
            let phoneColumns: Set<Int> = header == Self.smsHeader ? [0] : []
            try FileSystem.appendDurably(Array(CSVWriter(phoneColumns: phoneColumns).string(from: rows).utf8), to: file)
        } catch {
            throw DeliveryError(error.description)
        }
        known.contacts.insert(contact)
        known.hasContent = true
        csvFiles[file] = known
    }

    /// The values of the "contact" column of an outbox CSV, and whether the file has any bytes.
    private static func contents(ofCSV file: String) throws(DeliveryError) -> (contacts: Set<String>, hasContent: Bool) {
        let bytes: [UInt8]
        do {
            guard let read = try FileSystem.read(file), !read.isEmpty else { return ([], false) }
            bytes = read
        } catch {
            throw DeliveryError(error.description)
        }
        let records = CSVReader(delimiter: .fixed(.comma)).read(Data(bytes)).records
        guard let header = records.first, let column = header.fields.firstIndex(of: "contact") else { return ([], true) }
        return (Set(records.dropFirst().compactMap { $0.fields.indices.contains(column) ? $0.fields[column] : nil }), true)
    }

    private func campaignFolder(_ campaign: CampaignID?) throws(DeliveryError) -> String {
        let folder = DataDirectory.join(directory, campaign?.rawValue ?? "messages")
        do {
            try FileSystem.createDirectory(directory)
            try FileSystem.createDirectory(folder)
        } catch {
            throw DeliveryError(error.description)
        }
        return folder
    }

    private func write(_ bytes: [UInt8], to path: String) throws(DeliveryError) {
        do {
            try FileSystem.writeAtomically(bytes, to: path)
        } catch {
            throw DeliveryError(error.description)
        }
    }
}
