import Foundation

/// What a send did (or, for a dry run, would do).
public struct CampaignSendReport: Hashable, Sendable {
    public struct Delivery: Hashable, Sendable {
        public let contactID: ContactID
        /// The email address, phone number or postal address it went to.
        public let recipient: String
        /// The subject (email) or the first line of the text.
        public let subject: String
        /// Merge fields that had no value and no default for this member.
        public let missingFields: [String]
    }

    /// The member whose delivery failed, and why.
    public struct Failure: Hashable, Sendable {
        public let contactID: ContactID
        public let message: String
    }

    public let campaignID: CampaignID
    public let dryRun: Bool
    public let transportName: String
    public internal(set) var delivered: [Delivery] = []
    public let alreadySent: Int
    public let leftOut: [LeftOutContact]
    /// The delivery that failed and stopped the send; the members after it were not tried.
    public internal(set) var failure: Failure?
    /// Members not tried because of the failure.
    public internal(set) var notTried: Int = 0
}

public enum CampaignSendError: Error, Sendable, CustomStringConvertible {
    case noSuchCampaign(CampaignID)
    case done(String)
    case notSendable(CampaignChannel)
    case noTemplate(String)
    case badTemplate(String, TemplateIssue)
    case badTarget(AudienceFilterError)
    case missingFromAddress
    case badFromAddress(String)
    case finishing(DeliveryError)

    public var description: String {
        switch self {
        case .noSuchCampaign(let id): return "no campaign \(id)"
        case .done(let name): return "campaign \"\(name)\" is done; set its status to running to send it to new members"
        case .notSendable(let channel):
            return "\(channel.rawValue) campaigns are not sent by Rapport; record their members and cost, and Rapport measures the results"
        case .noTemplate(let name): return "campaign \"\(name)\" has no template: give it one (rapport campaign set NAME --template T)"
        case .badTemplate(let name, let issue): return "template \"\(name)\": \(issue)"
        case .badTarget(let error): return "the campaign's target: \(error)"
        case .missingFromAddress:
            return "no From address: set \"campaigns\": {\"fromAddress\": \"you@example.com\"} in settings.json"
        case .badFromAddress(let address): return "the From address \"\(address)\" is not an email address"
        case .finishing(let error): return error.message
        }
    }
}

/// Sends a campaign: one message per member with marketing consent and an address on the
/// channel, through a transport. A member is marked sent (`sentAt`) as soon as its message is
/// delivered, so a second send, even after a crash, never reaches anyone twice; each delivery
/// is logged as an outbound interaction on the contact.
public enum CampaignSender {
    /// `checkpoint` is called after each delivery with the book as it now is (the campaign's
    /// members updated, the activities not yet added): saving it there is what makes a crash
    /// mid-send safe. The activities are added at the end, in one change.
    public static func send<T: MessageTransport>(
        _ campaignID: CampaignID, in book: inout Book, transport: inout T, clock: any Clock, dryRun: Bool,
        checkpoint: (Book) throws(DeliveryError) -> Void = { _ in }
    ) throws(CampaignSendError) -> CampaignSendReport {
        guard var campaign = book.campaigns[campaignID] else { throw .noSuchCampaign(campaignID) }
        guard campaign.status != .done else { throw .done(campaign.name) }
        guard campaign.channel == .email || campaign.channel == .sms || campaign.channel == .directMail else {
            throw .notSendable(campaign.channel)
        }
        let settings = book.settings
        let today = clock.today
        let audience: CampaignAudience
        do {
            audience = try CampaignAudience.resolve(campaign, in: book, asOf: today)
        } catch {
            throw .badTarget(error)
        }
        let template = campaign.templateID.flatMap { book.templates[$0] }
        if campaign.channel != .directMail, template == nil { throw .noTemplate(campaign.name) }
        if let template {
            do { _ = try template.validated() } catch { throw .badTemplate(template.name, error) }
        }
        var from = Mailbox(name: settings.campaigns?.fromName ?? settings.userName, address: "")
        if campaign.channel == .email {
            guard let address = settings.campaigns?.fromAddress?.trimmingWhitespace(), !address.isEmpty else {
                throw .missingFromAddress
            }
            from.address = address
            guard from.isPlausible else { throw .badFromAddress(address) }
        }

        var report = CampaignSendReport(campaignID: campaignID, dryRun: dryRun, transportName: transport.name,
                                        alreadySent: audience.alreadySent.count, leftOut: audience.leftOut)
        // Members are recorded first (unsent), so the campaign lists whom it is for even if the
        // send stops half way.
        if !dryRun {
            let known = Set(campaign.members.map(\.contactID))
            for id in audience.toSend where !known.contains(id) { campaign.members.append(CampaignMember(contactID: id)) }
            if campaign.status == .draft { campaign.status = .running }
            campaign.updatedAt = clock.now
            book.campaigns.upsert(campaign)
        }
        // The interactions to log, made into activities (with ids) once the sending is over.
        var logs: [(contact: Contact, channel: Channel, summary: String, notes: String, at: Date)] = []
        for (position, contactID) in audience.toSend.enumerated() {
            guard let contact = book.contacts[contactID] else { continue }
            let now = clock.now
            let rendered = try render(template, for: contact, in: book, today: today)
            let message: OutgoingMessage, recipient: String, channel: Channel?
            switch campaign.channel {
            case .email:
                let address = contact.primaryEmail?.trimmingWhitespace() ?? ""
                let messageID = EmailMessage.makeID(campaign: campaignID, contact: contactID, date: now, fromAddress: from.address)
                message = .email(EmailMessage(from: from, to: Mailbox(name: contact.displayName, address: address),
                                              subject: rendered.subject, body: rendered.body, date: now,
                                              timeZone: clock.timeZone, messageID: messageID,
                                              extraHeaders: [("X-Rapport-Campaign", campaign.name)],
                                              campaignID: campaignID, contactID: contactID))
                recipient = address
                channel = .email
            case .sms:
                let phone = contact.primaryPhone?.trimmingWhitespace() ?? ""
                message = .sms(SMSMessage(campaignID: campaignID, contactID: contactID, name: contact.displayName,
                                          phone: phone, text: rendered.body))
                recipient = phone
                channel = .sms
            default:
                let address = contact.address ?? PostalAddress()
                message = .letter(PostalLetter(campaignID: campaignID, contactID: contactID, name: contact.displayName,
                                               address: address, text: rendered.body))
                recipient = address.singleLine
                channel = nil
            }
            let subject = campaign.channel == .email ? rendered.subject : firstLine(rendered.body)
            let delivery = CampaignSendReport.Delivery(contactID: contactID, recipient: recipient, subject: subject,
                                                       missingFields: rendered.missing)
            if dryRun {
                report.delivered.append(delivery)
                continue
            }
            do {
                try transport.deliver(message)
            } catch {
                report.failure = CampaignSendReport.Failure(contactID: contactID, message: error.message)
                report.notTried = audience.toSend.count - position - 1
                break
            }
            report.delivered.append(delivery)
            book.campaigns.update(campaignID) { campaign in
                if let index = campaign.members.firstIndex(where: { $0.contactID == contactID }) {
                    campaign.members[index].sentAt = now
                }
            }
            if let channel {
                var notes = ""
                if case .email(let email) = message { notes = "Message-ID: \(email.messageID)" }
                logs.append((contact, channel, "Campaign “\(campaign.name)”: \(subject)", notes, now))
            }
            do {
                try checkpoint(book)
            } catch {
                // The message went out but its mark may not be on disk: stop rather than risk more.
                report.failure = CampaignSendReport.Failure(contactID: contactID, message: "delivered, but the book could not be saved: \(error.message)")
                report.notTried = audience.toSend.count - position - 1
                break
            }
        }
        if !dryRun {
            do { try transport.finish() } catch { throw .finishing(error) }
            for log in logs {
                book.activities.upsert(Activity(id: book.activities.nextID(), createdAt: log.at, channel: log.channel,
                                                direction: .outbound, summary: log.summary, occurredAt: log.at,
                                                contactID: log.contact.id, companyID: log.contact.companyID, notes: log.notes))
            }
        }
        return report
    }

    private static func render(_ template: Template?, for contact: Contact, in book: Book,
                               today: LocalDate) throws(CampaignSendError) -> RenderedTemplate {
        guard let template else { return RenderedTemplate(subject: "", body: "", missing: []) }
        do {
            return try template.rendered(for: contact, in: book, today: today)
        } catch {
            throw .badTemplate(template.name, error)
        }
    }

    static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }

    /// The transport the settings ask for: the mail command for emails when one is set, else the
    /// outbox folder (relative paths are inside the book's folder).
    public static func transport(for channel: CampaignChannel, settings: Settings, bookDirectory: String) -> any MessageTransport {
        if channel == .email, let command = settings.mailCommand { return SendmailTransport(command: command) }
        return OutboxTransport(directory: outboxDirectory(settings: settings, bookDirectory: bookDirectory))
    }

    public static func outboxDirectory(settings: Settings, bookDirectory: String) -> String {
        let configured = settings.campaigns?.outboxDirectory?.trimmingWhitespace() ?? ""
        let folder = configured.isEmpty ? CampaignSettings.defaultOutboxFolder : configured
        if folder.hasPrefix("/") { return folder }
        if folder.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return DataDirectory.join(home, String(folder.dropFirst(2)))
        }
        return DataDirectory.join(bookDirectory, folder)
    }
}
