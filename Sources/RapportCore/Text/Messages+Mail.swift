extension Messages {
    public static let headerTextControlCharacter = Message(
        "mail.header.controlCharacter", "{field} contains a control character ({character}), which cannot go into a mail header")
    public static let headerAddressInvalid = Message(
        "mail.header.badAddress", "{field} {value} is not an email address (name@example.com, without spaces, line breaks or control characters)")
    public static let leftOutUnusableEmail = Message(
        "mail.leftOut.unusableEmail", "the email address cannot go into a mail header")

    static var mailMessages: [Message] { [headerTextControlCharacter, headerAddressInvalid, leftOutUnusableEmail] + mailTimelineMessages }
    // Mail into the timeline
    public static let mailNoSubject = Message("mail.noSubject", "(no subject)")
    public static let mailLogEmailSummary = Message("mail.logEmail.summary", "log an email read on standard input on the contacts it is from or to")
    public static let mailLogEmailUsage = Message("mail.logEmail.usage", """
        Usage: rapport log-email [--create] [--me ADDRESS]… [--json] [--data DIR] < MESSAGE

        Reads one email (RFC 5322, as mutt's pipe-message or aerc's :pipe -m sends it) and logs
        it as an email interaction on every contact it is from or to, matched by any of their
        addresses: from a contact is inbound, from you to contacts is outbound. The subject is
        the summary, an excerpt of the text the notes. Logging the same message again changes
        nothing (it is known by its Message-ID). See docs/MAIL.md.
          --create   add unknown senders (and recipients of your mail) as leads
          --me       one of your own addresses (also: the campaign sender address, $EMAIL)
          --json     print the summary as JSON
        Exit codes: 0 logged or already logged, 1 no contact matched, 2 a usage error.
        """)
    public static let mailImportUsage = Message("mail.import.usage", """
               rapport import mail PATH [--create] [--me ADDRESS]… [--dry-run] [--json] [--data DIR]

        PATH is an .eml file, an mbox file or a Maildir folder (cur/ and new/); each message is
        logged as rapport log-email does (docs/MAIL.md).
        """)
    public static let mailNeedsMessage = Message("mail.logEmail.needsMessage", "log-email reads a message on standard input (pipe one in: rapport log-email < message.eml)")
    public static let mailNoPositionals = Message("mail.logEmail.noPositionals", "log-email takes no arguments; it reads the message on standard input")
    public static let mailNotAMessage = Message("mail.logEmail.notAMessage", "standard input is not an email: it has no From, To or Message-ID header")
    public static let mailLogged = Message("mail.logged", "logged \"{subject}\" ({direction}, {date}) on {contact} ({id})")
    public static let mailAlreadyLogged = Message("mail.alreadyLogged", "already logged on {contact} ({id}): nothing changed")
    public static let mailCreatedLead = Message("mail.createdLead", "added {contact} ({id}) as a lead")
    public static let mailUnknownSender = Message("mail.unknown.sender", "unknown sender: {address}")
    public static let mailUnknownRecipient = Message("mail.unknown.recipient", "unknown recipient: {address}")
    public static let mailUnknownHint = Message("mail.unknown.hint", "(--create adds them as leads)")
    public static let mailNoContactMatched = Message("mail.noContactMatched", "no contact matched; nothing was logged")
    public static let mailDirectionInbound = Message("mail.direction.inbound", "inbound")
    public static let mailDirectionOutbound = Message("mail.direction.outbound", "outbound")
    public static let mailImportNeedsPath = Message("mail.import.needsPath", "import mail needs one PATH (an .eml file, an mbox file or a Maildir folder)")
    public static let mailImportCannotRead = Message("mail.import.cannotRead", "{path}: cannot read it")
    public static let mailImportNotMaildir = Message("mail.import.notMaildir", "{path} is a folder but not a Maildir (it has no cur/ or new/)")
    public static let mailImportProgress = Message("mail.import.progress", "reading mail: {count} message…", plural: "reading mail: {count} messages…")
    public static let mailImportSummary = Message(
        "mail.import.summary", "read {count} message: {logged} logged, {already} already logged, {unmatched} matched no contact",
        plural: "read {count} messages: {logged} logged, {already} already logged, {unmatched} matched no contact")
    public static let mailImportDryRun = Message("mail.import.dryRun", "dry run, nothing written")
    public static let mailImportCreated = Message("mail.import.created", "{count} lead created", plural: "{count} leads created")
    public static let mailImportActivities = Message("mail.import.activities", "{count} activity added", plural: "{count} activities added")
    public static let mailImportUnknown = Message(
        "mail.import.unknown", "{address}: {count} message from or to an unknown address",
        plural: "{address}: {count} messages from or to an unknown address")
    public static let mailImportUnknownMore = Message("mail.import.unknownMore", "… and {count} more unknown address", plural: "… and {count} more unknown addresses")

    static let mailTimelineMessages: [Message] = [
        mailNoSubject, mailLogEmailSummary, mailLogEmailUsage, mailImportUsage, mailNeedsMessage, mailNoPositionals,
        mailNotAMessage, mailLogged, mailAlreadyLogged, mailCreatedLead, mailUnknownSender, mailUnknownRecipient,
        mailUnknownHint, mailNoContactMatched, mailDirectionInbound, mailDirectionOutbound, mailImportNeedsPath,
        mailImportCannotRead, mailImportNotMaildir, mailImportProgress, mailImportSummary, mailImportDryRun,
        mailImportCreated, mailImportActivities, mailImportUnknown, mailImportUnknownMore,
    ]
}
