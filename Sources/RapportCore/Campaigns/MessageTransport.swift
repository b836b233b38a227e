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
/// (`letters.csv`). Files are 0600, written atomically.
public struct OutboxTransport: MessageTransport {
    public let directory: String
    public var name: String { "the outbox " + directory }
    private var smsRows: [CampaignID: [[String]]] = [:]
    private var letterRows: [CampaignID: [[String]]] = [:]

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
            smsRows[sms.campaignID, default: []].append([sms.phone, sms.name, sms.text, sms.contactID.rawValue, sms.campaignID.rawValue])
        case .letter(let letter):
            let address = letter.address
            letterRows[letter.campaignID, default: []].append([letter.name, address.street, address.postalCode, address.city,
                                                               address.region, address.country, letter.text,
                                                               letter.contactID.rawValue, letter.campaignID.rawValue])
        }
    }

    /// Appends this run's rows to each campaign's CSV, keeping the rows of earlier runs.
    public mutating func finish() throws(DeliveryError) {
        for (campaign, rows) in smsRows { try append(rows, header: Self.smsHeader, to: "sms.csv", campaign: campaign) }
        for (campaign, rows) in letterRows { try append(rows, header: Self.letterHeader, to: "letters.csv", campaign: campaign) }
        smsRows = [:]
        letterRows = [:]
    }

    private func append(_ rows: [[String]], header: [String], to fileName: String, campaign: CampaignID) throws(DeliveryError) {
        let file = DataDirectory.join(try campaignFolder(campaign), fileName)
        var existing: [UInt8] = []
        do {
            existing = try FileSystem.read(file) ?? []
        } catch {
            throw DeliveryError(error.description)
        }
        let writer = CSVWriter()
        let newRows = existing.isEmpty ? [header] + rows : rows
        try write(existing + Array(writer.string(from: newRows).utf8), to: file)
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
