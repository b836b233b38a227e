import Foundation
import RapportCore

/// `rapport log-email`: one message on standard input, from a mail client's pipe command.
enum LogEmailCommand {
    static let command = Command(
        name: "log-email", summary: Messages.mailLogEmailSummary.text, usage: Messages.mailLogEmailUsage.text,
        valueOptions: ["data", "me"], flagOptions: ["create", "json"]
    ) { arguments, context in
        guard arguments.positionals.isEmpty else { throw UsageError(Messages.mailNoPositionals.text) }
        // On a terminal nobody is piping a message: waiting for one would look like a hang.
        guard isatty(STDIN_FILENO) == 0 else { throw UsageError(Messages.mailNeedsMessage.text) }
        var bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        guard bytes.contains(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }) else { throw UsageError(Messages.mailNeedsMessage.text) }
        // Some clients pipe the message with its mbox envelope line ("From addr date").
        var envelopeDate: Date?
        if MboxReader.looksLikeMbox(bytes[...]), let first = MboxReader.messages(in: bytes).first {
            envelopeDate = first.envelopeDate
            bytes = Array(first.bytes)
        }
        let message = MIMEParser.parse(bytes)
        guard !message.from.isEmpty || !message.recipients.isEmpty || message.messageID != nil else {
            throw CommandFailure(Messages.mailNotAMessage.text)
        }
        let clock = try context.clock()
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        var logger = MailLogger(book: book, options: MailLogger.Options(
            createLeads: arguments.has("create"),
            ownAddresses: MailCommandSupport.ownAddresses(arguments, book: book, environment: context.environment),
            now: clock.now))
        let outcome = logger.log(message, fallbackDate: envelopeDate)
        if !outcome.logged.isEmpty || !outcome.created.isEmpty { try BookAccess.save(logger.book, with: store) }
        report(message, outcome, book: logger.book, timeZone: clock.timeZone, json: arguments.has("json"))
        if arguments.has("json") { try MailCommandSupport.printJSON(LogEmailJSON(message, outcome)) }
        return outcome.matchedAnyone ? 0 : 1
    }

    /// The human summary: what was logged on stdout (unless --json), unknown addresses on stderr.
    private static func report(_ message: MailMessage, _ outcome: MailLogger.Outcome, book: Book, timeZone: TimeZone, json: Bool) {
        var lines: [String] = []
        for id in outcome.created {
            lines.append(Messages.mailCreatedLead.text(["contact": MailCommandSupport.contactName(id, in: book), "id": id.rawValue]))
        }
        for (contactID, activityID) in outcome.logged {
            let when = book.activities[activityID]?.occurredAt.map { LocalDate($0, in: timeZone).description } ?? ""
            lines.append(Messages.mailLogged.text([
                "subject": book.activities[activityID]?.summary ?? message.subject,
                "direction": MailCommandSupport.direction(outcome.direction), "date": when,
                "contact": MailCommandSupport.contactName(contactID, in: book), "id": contactID.rawValue,
            ]))
        }
        for id in outcome.alreadyLogged {
            lines.append(Messages.mailAlreadyLogged.text(["contact": MailCommandSupport.contactName(id, in: book), "id": id.rawValue]))
        }
        for address in outcome.unknown {
            let text = MailCommandSupport.display(address)
            Output.error(outcome.direction == .inbound ? Messages.mailUnknownSender.text(["address": text])
                                                        : Messages.mailUnknownRecipient.text(["address": text]))
        }
        if !outcome.unknown.isEmpty { Output.error(Messages.mailUnknownHint.text) }
        if !outcome.matchedAnyone { Output.error(Messages.mailNoContactMatched.text) }
        // With --json, stdout holds only the JSON.
        if !lines.isEmpty, !json { Output.out(lines.joined(separator: "\n")) }
    }
}
