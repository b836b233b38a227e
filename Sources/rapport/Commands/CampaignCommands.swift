import Foundation
import RapportCore

/// `rapport campaign …`: list, show, add, set and send campaigns (issue #8).
enum CampaignCommand {
    static let command = Command(
        name: "campaign", summary: "list, show, add, change and send marketing campaigns",
        usage: """
        Usage: rapport campaign list [--json]
               rapport campaign show CAMPAIGN
               rapport campaign add NAME --channel C [--period P] [--budget A] [--cost A] [--target EXPR]
                                    [--template T] [--start DATE] [--end DATE]
               rapport campaign set CAMPAIGN [--name N] [--period P] [--budget A] [--cost A] [--target EXPR]
                                    [--template T] [--status draft|running|done] [--start D] [--end D]
               rapport campaign send CAMPAIGN [--dry-run]
               rapport campaign settings [--from ADDRESS] [--from-name N] [--mail-command CMD] [--outbox DIR]
                                         [--attribution-days N]

        CAMPAIGN is an id or a name. CHANNEL is one of \(CampaignChannel.allCases.map(\.rawValue).joined(separator: ", ")).
        The target is a segment (\(CustomerSegment.allCases.map(\.rawValue).joined(separator: ", "))) or a filter:
        terms that must all hold, such as  lifecycle:customer city:Milano -tag:vip purchases>=2
        (fields: \(AudienceFilter.Field.allCases.map(\.rawValue).joined(separator: ", ")); several values: tag:a,b).

        send renders one message per member with marketing consent and delivers it: emails through
        settings' campaigns.mailCommand (e.g. "msmtp -t"), else as .eml files in the outbox folder;
        SMS and direct mail as CSV files in the outbox. A member is never sent the same campaign
        twice. --dry-run lists who would get what and changes nothing.

        settings shows or changes how campaigns are sent (settings.json, "campaigns"); an empty
        value (--mail-command "") removes a setting.
        """,
        valueOptions: ["data", "channel", "period", "budget", "cost", "target", "template", "start", "end", "name", "status",
                       "from", "from-name", "mail-command", "outbox", "attribution-days"],
        flagOptions: ["dry-run", "json"]
    ) { arguments, context in
        guard let action = arguments.positionals.first else { throw UsageError("campaign needs list, show, add, set or send") }
        let fields: Set<String> = ["channel", "period", "budget", "cost", "target", "template", "start", "end"]
        let options: [String: Set<String>] = [
            "list": ["json"], "show": [], "add": fields, "set": fields.union(["name", "status"]), "send": ["dry-run"],
            "settings": ["from", "from-name", "mail-command", "outbox", "attribution-days"],
        ]
        if let allowed = options[action] { try arguments.allowOnly(allowed, in: "campaign \(action)") }
        switch action {
        case "list":
            try CommandValues.noExtraPositionals(arguments, expected: 1)
            return try list(arguments, context)
        case "show":
            return try show(try name(arguments), arguments, context)
        case "add":
            return try add(try name(arguments), arguments, context)
        case "set":
            return try set(try name(arguments), arguments, context)
        case "send":
            return try send(try name(arguments), arguments, context)
        case "settings":
            try CommandValues.noExtraPositionals(arguments, expected: 1)
            return try settings(arguments, context)
        default:
            throw UsageError("unknown campaign action \"\(action)\"; use list, show, add, set or send")
        }
    }

    private static func name(_ arguments: Arguments) throws(UsageError) -> String {
        guard arguments.positionals.count >= 2 else { throw UsageError("campaign \(arguments.positionals[0]) needs a CAMPAIGN") }
        try CommandValues.noExtraPositionals(arguments, expected: 2)
        return arguments.positionals[1]
    }

    // MARK: list and show

    private static func list(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let book = try BookAccess.load(context.dataDirectory(arguments))
        let today = try context.clock().today
        let format = book.settings.numberFormat
        if arguments.has("json") {
            do {
                try CommandOutput.write(try JSONRecords.bytes(book.campaigns.sortedByID), to: nil)
            } catch {
                throw CommandFailure("cannot encode the campaigns: \(error)")
            }
            return 0
        }
        let results = CampaignResults.all(in: book, asOf: today)
        let rows: [[String]] = zip(book.campaigns.sortedByID, results).map { campaign, result in
            [campaign.id.rawValue, campaign.name, campaign.channel.rawValue, campaign.status.rawValue, String(result.sent),
             String(result.responses), result.revenue.formattedWhole(format), campaign.cost.formattedWhole(format),
             CampaignFigures.percent(result.roi, signed: true), CampaignFigures.percent(result.retentionRate)]
        }
        Output.out(TextTable(headers: ["id", "name", "channel", "status", "sent", "responses", "revenue", "cost", "ROI", "retention"],
                             rows: rows, keeps: 1).render(width: TextTable.terminalWidth(context.environment)))
        Output.error("\(rows.count) campaigns")
        return 0
    }

    private static func show(_ name: String, _ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let book = try BookAccess.load(context.dataDirectory(arguments))
        let today = try context.clock().today
        let campaign = try BookAccess.require(RecordLookup(book: book).campaign(name), "campaign", name)
        Output.out(CampaignText.card(campaign, book: book, today: today))
        return 0
    }

    // MARK: add and set

    private static func add(_ name: String, _ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        guard let channelText = arguments.value("channel") else { throw UsageError("campaign add needs --channel") }
        let channel = try channelValue(channelText)
        let clock = try context.clock()
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        var changed = book
        let zero = Money.zero(book.settings.defaultCurrency)
        var campaign = Campaign(id: changed.campaigns.nextID(), createdAt: clock.now, name: name.trimmingWhitespace(),
                                channel: channel, budget: zero, cost: zero)
        try apply(arguments, to: &campaign, book: changed, clock: clock)
        changed.campaigns.upsert(campaign)
        try BookAccess.save(changed, with: store)
        Output.out(campaign.id.rawValue)
        return 0
    }

    private static func set(_ name: String, _ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let clock = try context.clock()
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        var campaign = try BookAccess.require(RecordLookup(book: book).campaign(name), "campaign", name)
        let original = campaign
        if let newName = arguments.value("name")?.trimmingWhitespace(), !newName.isEmpty { campaign.name = newName }
        if let text = arguments.value("channel") { campaign.channel = try channelValue(text) }
        if let text = arguments.value("status") {
            guard let status = CampaignStatus(rawValue: text.lowercased()) else {
                throw UsageError("--status is one of \(CampaignStatus.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"")
            }
            campaign.status = status
        }
        try apply(arguments, to: &campaign, book: book, clock: clock)
        guard campaign != original else {
            Output.out("\(campaign.id) unchanged")
            return 0
        }
        campaign.updatedAt = clock.now
        var changed = book
        changed.campaigns.upsert(campaign)
        try BookAccess.save(changed, with: store)
        Output.out("\(campaign.id) updated")
        return 0
    }

    private static func channelValue(_ text: String) throws(UsageError) -> CampaignChannel {
        let key = text.lowercased().replacingOccurrences(of: " ", with: "-")
        guard let channel = CampaignChannel(rawValue: key == "mail" ? "direct-mail" : key) else {
            throw UsageError("--channel is one of \(CampaignChannel.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"")
        }
        return channel
    }

    /// The options `add` and `set` share, checked: a target that does not parse or a template
    /// that does not exist is refused before anything is saved.
    private static func apply(_ arguments: Arguments, to campaign: inout Campaign, book: Book, clock: any Clock) throws {
        let settings = book.settings
        if let period = arguments.value("period") { campaign.period = period.trimmingWhitespace() }
        if let text = arguments.value("budget") {
            campaign.budget = try CommandValues.amount(text, option: "budget", currency: nil, settings: settings)
        }
        if let text = arguments.value("cost") {
            campaign.cost = try CommandValues.amount(text, option: "cost", currency: nil, settings: settings)
        }
        if let target = arguments.value("target") {
            do {
                _ = try AudienceFilter(target, savedFilters: settings.savedFilters)
            } catch {
                throw UsageError("--target: \(error.message)")
            }
            campaign.target = target.trimmingWhitespace()
        }
        if let name = arguments.value("template") {
            let template = try BookAccess.require(RecordLookup(book: book).template(name), "template", name)
            campaign.templateID = template.id
        }
        if let start = try CommandValues.date(arguments.value("start"), option: "start", today: clock.today) {
            campaign.startDate = start
        }
        if let end = try CommandValues.date(arguments.value("end"), option: "end", today: clock.today) {
            campaign.endDate = end
        }
    }

    // MARK: settings

    private static func settings(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let names = ["from", "from-name", "mail-command", "outbox", "attribution-days"]
        let directory = context.dataDirectory(arguments)
        guard names.contains(where: { arguments.value($0) != nil }) else {
            let settings = try BookAccess.load(directory).settings
            Output.out(settingsText(settings, directory: directory))
            return 0
        }
        var attributionDays: Int??
        if let text = arguments.value("attribution-days") {
            guard text.isEmpty || Int(text).map({ $0 >= 0 }) == true else {
                throw UsageError("--attribution-days takes a whole number of days, not \"\(text)\"")
            }
            attributionDays = .some(Int(text))
        }
        if let from = arguments.value("from"), !from.isEmpty, !Mailbox(address: from).isPlausible {
            throw UsageError("--from takes an email address, not \"\(from)\"")
        }
        if let name = arguments.value("from-name"), let problem = HeaderSafeText.textProblem(name, field: "--from-name") {
            throw UsageError(problem)
        }
        let (store, book) = try BookAccess.openForWriting(directory)
        defer { store.close() }
        var changed = book
        var campaigns = changed.settings.campaigns ?? CampaignSettings()
        func optional(_ name: String) -> String?? {
            guard let value = arguments.value(name) else { return nil }
            let trimmed = value.trimmingWhitespace()
            return .some(trimmed.isEmpty ? nil : trimmed)
        }
        if let value = optional("from") { campaigns.fromAddress = value }
        if let value = optional("from-name") { campaigns.fromName = value }
        if let value = optional("mail-command") { campaigns.mailCommand = value }
        if let value = optional("outbox") { campaigns.outboxDirectory = value }
        if let value = attributionDays { campaigns.attributionDays = value }
        changed.settings.campaigns = campaigns == CampaignSettings() ? nil : campaigns
        try BookAccess.save(changed, with: store)
        Output.out(settingsText(changed.settings, directory: directory))
        return 0
    }

    private static func settingsText(_ settings: Settings, directory: String) -> String {
        let campaigns = settings.campaignSettings
        let from = campaigns.fromAddress.map { Mailbox(name: campaigns.fromName ?? settings.userName, address: $0).display } ?? "(not set: emails cannot be sent)"
        return [
            "from              \(from)",
            "mail command      \(settings.mailCommand ?? "(none: emails go to the outbox)")",
            "outbox            \(CampaignSender.outboxDirectory(settings: settings, bookDirectory: directory))",
            "attribution days  \(settings.attributionDays)",
        ].joined(separator: "\n")
    }

    // MARK: send

    private static func send(_ name: String, _ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let clock = try context.clock()
        let dryRun = arguments.has("dry-run")
        let directory = context.dataDirectory(arguments)
        // A dry run reads only: it may run while the TUI has the book open.
        let opened: (store: BookStore?, book: Book)
        if dryRun {
            opened = (nil, try BookAccess.load(directory))
        } else {
            let (store, book) = try BookAccess.openForWriting(directory)
            opened = (store, book)
        }
        defer { opened.store?.close() }
        var book = opened.book
        let campaign = try BookAccess.require(RecordLookup(book: book).campaign(name), "campaign", name)
        var transport = CampaignSender.transport(for: campaign.channel, settings: book.settings, bookDirectory: directory)
        let report: CampaignSendReport
        do {
            report = try CampaignSender.send(campaign.id, in: &book, transport: &transport, clock: clock, dryRun: dryRun) { progress throws(DeliveryError) in
                guard let store = opened.store else { return }
                do { try store.save(progress) } catch { throw DeliveryError(String(describing: error)) }
            }
        } catch {
            throw CommandFailure(String(describing: error))
        }
        if let store = opened.store {
            try BookAccess.save(book, with: store)
        }
        Output.out(CampaignText.sendReport(report, campaign: campaign, book: book))
        return report.failure == nil ? 0 : 1
    }
}

/// The text of `campaign show` and `campaign send`.
enum CampaignText {
    static func card(_ campaign: Campaign, book: Book, today: LocalDate) -> String {
        let format = book.settings.numberFormat
        let results = CampaignResults.compute(campaign, in: book, asOf: today)
        var lines: [String] = []
        lines.append("\(campaign.name)  (\(campaign.id), \(CampaignFigures.channelTitle(campaign.channel)), \(campaign.status.rawValue))")
        func field(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append("  " + label.padding(toLength: 12, withPad: " ", startingAt: 0) + value)
        }
        field("period", campaign.period)
        let dates = [campaign.startDate?.description, campaign.endDate?.description].compactMap { $0 }.joined(separator: " to ")
        field("dates", dates)
        field("target", campaign.target.isEmpty ? "(members added by hand)" : campaign.target)
        field("template", campaign.templateID.map { id in book.templates[id].map { "\($0.name) (\(id))" } ?? "\(id) (missing)" })
        field("budget", campaign.budget.formatted(format))
        field("cost", campaign.cost.formatted(format))
        lines.append("")
        lines.append("Results (purchases within \(results.windowDays) days of sending):")
        field("sent", "\(results.sent) of \(results.members) members")
        field("responses", "\(results.responses) (\(CampaignFigures.percent(results.responseRate)))")
        field("deals", "\(results.opportunities) opened, \(results.opportunityValue.formatted(format))")
        field("purchasers", String(results.purchasers))
        field("revenue", results.revenue.formatted(format)
              + (results.skippedPurchases > 0 ? " (\(results.skippedPurchases) purchases in another currency left out)" : ""))
        field("ROI", CampaignFigures.percent(results.roi, signed: true) + "  = (revenue - cost) / cost")
        field("retention", "\(CampaignFigures.percent(results.retentionRate)): \(results.returningBuyers) of \(results.previousBuyers) earlier buyers bought again")
        lines.append("")
        lines.append("Members:")
        if results.outcomes.isEmpty { lines.append("  (none yet)") }
        for outcome in results.outcomes {
            let contact = book.contacts[outcome.contactID]
            let when = outcome.sentAt.flatMap(JSONDateFormat.string(from:)) ?? "not sent"
            var after: [String] = []
            if outcome.replied { after.append("replied") }
            if !outcome.opportunities.isEmpty { after.append("opened " + outcome.opportunities.map(\.rawValue).joined(separator: ", ")) }
            if outcome.purchases > 0 {
                after.append("bought \(outcome.purchases)x \(Money(minorUnits: outcome.revenueMinor, currency: campaign.cost.currency).formatted(format))")
            }
            lines.append("  \(outcome.contactID)  \(contact?.displayName ?? "(deleted contact)")  \(when)  \(after.isEmpty ? "–" : after.joined(separator: "; "))")
        }
        if let audience = try? CampaignAudience.resolve(campaign, in: book, asOf: today) {
            if !audience.toSend.isEmpty, campaign.status != .done {
                lines.append("")
                lines.append("Not sent yet: \(audience.toSend.count) (rapport campaign send \(campaign.id))")
            }
            if !audience.leftOut.isEmpty {
                lines.append("")
                lines.append("Left out (\(audience.leftOut.count)):")
                for entry in audience.leftOut {
                    lines.append("  \(entry.contactID)  \(book.contacts[entry.contactID]?.displayName ?? "")  \(entry.reason)")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func sendReport(_ report: CampaignSendReport, campaign: Campaign, book: Book) -> String {
        var lines: [String] = []
        let verb = report.dryRun ? "would send" : "sent"
        lines.append((report.dryRun ? "Dry run: nothing is sent or saved. " : "") + "\(campaign.name) (\(campaign.channel.rawValue)) through \(report.transportName)")
        for delivery in report.delivered {
            let name = book.contacts[delivery.contactID]?.displayName ?? ""
            var line = "  \(verb)  \(delivery.contactID)  \(name) <\(delivery.recipient)>  \(delivery.subject)"
            if !delivery.missingFields.isEmpty { line += "  (empty: \(delivery.missingFields.joined(separator: ", ")))" }
            lines.append(line)
        }
        for entry in report.leftOut {
            lines.append("  left out  \(entry.contactID)  \(book.contacts[entry.contactID]?.displayName ?? ""): \(entry.reason)")
        }
        var summary = "\(report.delivered.count) \(verb), \(report.alreadySent) sent before, \(report.leftOut.count) left out"
        if let failure = report.failure {
            summary += "; stopped at \(failure.contactID): \(failure.message) (\(report.notTried) not tried; send again to continue)"
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }
}
