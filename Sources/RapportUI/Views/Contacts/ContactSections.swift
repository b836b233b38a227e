import Foundation
import RapportCanvas
import RapportCore

/// The lines of each section of the contact pane.
enum ContactSections {
    static func day(_ date: Date, _ environment: AppEnvironment) -> String { LocalDate(date, in: environment.clock.timeZone).description }

    static func profile(_ contact: Contact, book: Book, analytics: ContactIndex.Row?, environment: AppEnvironment, width: Int) -> [PaneLine] {
        var lines: [PaneLine] = [
            .field("First name", contact.firstName),
            .field("Last name", contact.lastName),
            .field("Job title", contact.jobTitle),
            .field("Company", contact.companyID.flatMap { book.companies[$0]?.name } ?? ""),
        ]
        func labeled(_ value: LabeledValue) -> String { value.label.isEmpty ? value.value : "\(value.value) (\(value.label))" }
        lines.append(.field("Email", contact.emails.first.map(labeled) ?? ""))
        for email in contact.emails.dropFirst() { lines.append(.field("", labeled(email))) }
        lines.append(.field("Phone", contact.phones.first.map(labeled) ?? ""))
        for phone in contact.phones.dropFirst() { lines.append(.field("", labeled(phone))) }
        lines += [
            .field("Address", contact.address?.singleLine ?? ""),
            .field("Birthday", contact.birthday?.description ?? ""),
            .field("Source", contact.source),
            .field("Tags", contact.tags.joined(separator: ", ")),
        ]
        // The user's own fields, in the order they were defined, formatted by type.
        for (name, value) in CustomFieldAssignment.shown(contact, settings: book.settings) { lines.append(.field(name, value)) }
        if let analytics { lines += purchaseBehaviour(analytics, format: book.settings.numberFormat) }
        lines.append(.field("Created", day(contact.createdAt, environment), style: .muted))
        lines.append(.field("Updated", day(contact.updatedAt, environment), style: .muted))
        lines.append(.blank)
        lines.append(PaneLine("Notes (E edits)", style: .header))
        if contact.notes.isEmpty {
            lines.append(PaneLine("No notes.", style: .muted))
        } else {
            lines += TextWrap.wrap(contact.notes, width: max(10, width)).map { PaneLine($0) }
        }
        return lines
    }

    /// Segment, RFM scores and lifetime value, as of the index's day (see docs/REPORTS.md).
    static func purchaseBehaviour(_ row: ContactIndex.Row, format: NumberFormat) -> [PaneLine] {
        var lines: [PaneLine] = []
        if let segment = row.segment { lines.append(.field("Segment", "\(segment.title) (\(segment.rule))")) }
        if let rfm = row.rfm { lines.append(.field("RFM", "R\(rfm.recency) F\(rfm.frequency) M\(rfm.monetary)")) }
        if let value = row.lifetimeValue {
            lines.append(.field("Value", "\(value.historical.money.formattedWhole(format)) so far, "
                + "\(value.predicted.money.formattedWhole(format)) predicted"))
        }
        return lines
    }

    static func lifecycle(_ contact: Contact, environment: AppEnvironment) -> [PaneLine] {
        let since = contact.enteredAt(contact.lifecycle).map { day($0, environment) } ?? ""
        var lines: [PaneLine] = [.field("Stage", "\(contact.lifecycle.title) since \(since)", style: .accent)]
        // The ladder, the current stage marked.
        var ladder: [TextSegment] = []
        for stage in LifecycleStage.allCases where stage != .formerCustomer {
            if !ladder.isEmpty { ladder.append(TextSegment(" › ", style: .muted)) }
            let reached = contact.lifecycleHistory.contains { $0.stage == stage }
            ladder.append(TextSegment(stage.title, style: stage == contact.lifecycle ? Style.accent.bold : reached ? .normal : .muted))
        }
        lines.append(PaneLine(ladder))
        let kind: String
        switch contact.lifecycle {
        case .subscriber: kind = "A subscriber: reads the newsletter, no interest shown yet."
        case .lead: kind = "A lead: has shown interest; marketing qualifies it (MQL)."
        case .mql: kind = "A prospect qualified by marketing; p when sales accepts it (SQL)."
        case .sql: kind = "A prospect accepted by sales; C converts it into an opportunity."
        case .opportunity: kind = "A deal is open; winning it makes a customer."
        case .customer: kind = "A customer; no purchase for 12 months makes a former customer."
        case .evangelist: kind = "A customer who recommends us."
        case .formerCustomer: kind = "Stopped buying; p or a new purchase wins them back."
        }
        lines.append(PaneLine(kind, style: .muted))
        if let next = LifecycleRules.nextStage(after: contact.lifecycle) {
            lines.append(PaneLine([TextSegment("p", style: .accent), TextSegment(" promotes to \(next.title)", style: .muted)]
                + (LifecycleRules.isConvertible(contact.lifecycle)
                    ? [TextSegment("   C", style: .accent), TextSegment(" converts the lead", style: .muted)] : [])))
        }
        lines.append(.blank)
        lines.append(PaneLine("History", style: .header))
        for entry in contact.lifecycleHistory.reversed() {
            lines.append(PaneLine([TextSegment(day(entry.enteredAt, environment) + "  ", style: .muted), TextSegment(entry.stage.title)]))
        }
        return lines
    }

    static func consent(_ contact: Contact, environment: AppEnvironment) -> [PaneLine] {
        func describe(_ record: ConsentRecord?) -> (String, Style) {
            guard let record else { return ("not recorded", .muted) }
            return ("\(record.granted ? "granted" : "withdrawn") \(day(record.date, environment)) via \(record.method)",
                    record.granted ? .positive : .negative)
        }
        let privacy = describe(contact.consent.privacy)
        let marketing = describe(contact.consent.marketing)
        return [
            .field("Privacy", privacy.0, style: privacy.1),
            .field("Marketing", marketing.0, style: marketing.1),
            .blank,
            PaneLine("Privacy: we may keep this person's data. Marketing: we may send", style: .muted),
            PaneLine("campaigns. Each change is recorded with its date and how it was given.", style: .muted),
            PaneLine([TextSegment("c", style: .accent), TextSegment(" changes consent", style: .muted)]),
        ]
    }

    static func timeline(_ contact: Contact, book: Book, links: BookLinks, environment: AppEnvironment) -> [PaneLine] {
        let entries = TimelineBuilder.contact(contact.id, in: book, links: links, timeZone: environment.clock.timeZone)
        guard !entries.isEmpty else { return [PaneLine("Nothing yet: a logs an interaction, t plans a task.", style: .muted)] }
        return entries.map { entry in
            var segments = [TextSegment(day(entry.date, environment) + "  ", style: .muted),
                            TextSegment(entry.label.padding(toLength: 14, withPad: " ", startingAt: 0), style: style(of: entry)),
                            TextSegment(entry.title)]
            if !entry.detail.isEmpty {
                segments.append(TextSegment("  " + entry.detail.replacingOccurrences(of: "\n", with: " "), style: .muted))
            }
            return PaneLine(segments)
        }
    }

    private static func style(of entry: TimelineEntry) -> Style {
        switch entry.kind {
        case .opportunityWon, .purchase: return .positive
        case .opportunityLost: return .negative
        case .ticketOpened: return .warning
        case .stageChange: return .accent
        case .taskPlanned: return .dueToday
        default: return .normal
        }
    }

    static func deals(_ contact: Contact, book: Book, links: BookLinks, environment: AppEnvironment) -> [PaneLine] {
        let deals = links.opportunities.records(ofContact: contact.id, in: book.opportunities)
            .sorted { ($0.status == .open ? 0 : 1, $1.updatedAt) < ($1.status == .open ? 0 : 1, $0.updatedAt) }
        guard !deals.isEmpty else {
            return [PaneLine("No opportunities.", style: .muted),
                    PaneLine(LifecycleRules.isConvertible(contact.lifecycle) ? "C converts the lead into one." : "", style: .muted)]
        }
        let format = book.settings.numberFormat
        var lines: [PaneLine] = [PaneLine("Enter shows the deal on the board", style: .muted)]
        for deal in deals {
            let stage = book.settings.stage(id: deal.stageID)?.name ?? deal.stageID
            let status: (String, Style)
            switch deal.status {
            case .open: status = (stage, .accent)
            case .won: status = ("Won", .positive)
            case .lost: status = ("Lost", .negative)
            }
            let close = deal.status == .open ? deal.expectedClose.map { "  close \($0)" } ?? "" : deal.closedAt.map { "  \(day($0, environment))" } ?? ""
            lines.append(PaneLine([TextSegment(status.0.padding(toLength: 12, withPad: " ", startingAt: 0), style: status.1),
                                   TextSegment(deal.amount.formattedWhole(format).padding(toLength: 11, withPad: " ", startingAt: 0)),
                                   TextSegment(deal.title),
                                   TextSegment(close, style: .muted)], target: .opportunity(deal.id)))
        }
        return lines
    }

    static func purchases(_ contact: Contact, book: Book, links: BookLinks) -> [PaneLine] {
        let format = book.settings.numberFormat
        let purchases = links.purchases.records(ofContact: contact.id, in: book.purchases).sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        var lines: [PaneLine] = []
        if purchases.isEmpty {
            lines.append(PaneLine("No purchases.", style: .muted))
        } else {
            // Each purchase in another currency converts at the rate of its day; the total says
            // so (≈), and names what had no rate instead of leaving it out.
            let converted = CurrencyConverter(book.settings).total(purchases.map { DatedAmount($0.amount, on: $0.date) })
            var total = converted.total.formatted(format)
            if converted.isApproximate { total = Messages.currencyApproximate.text(["amount": total]) }
            var summary = "\(purchases.count), \(total) in total"
            if !converted.isComplete {
                summary += "; " + Messages.currencyNoRate.text([
                    "count": converted.unconvertedCount, "base": converted.total.currency,
                    "amounts": converted.unconverted.map { $0.formatted(format) }.joined(separator: ", ")])
            }
            lines.append(.field("Purchases", summary))
            lines.append(.field("Last", purchases.first?.date.description ?? ""))
            for purchase in purchases {
                lines.append(PaneLine([TextSegment(purchase.date.description + "  ", style: .muted),
                                       TextSegment(purchase.amount.formatted(format).padding(toLength: 12, withPad: " ", startingAt: 0)),
                                       TextSegment(purchase.product),
                                       TextSegment(purchase.category.isEmpty ? "" : "  " + purchase.category, style: .muted)]))
            }
        }
        lines.append(.blank)
        lines.append(PaneLine("NPS answers", style: .header))
        let answers = links.surveys.records(ofContact: contact.id, in: book.surveys).sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        if answers.isEmpty { lines.append(PaneLine("None.", style: .muted)) }
        for answer in answers {
            let style: Style = answer.group == .promoter ? .positive : answer.group == .detractor ? .negative : .normal
            lines.append(PaneLine([TextSegment(answer.date.description + "  ", style: .muted),
                                   TextSegment("\(answer.score)/10 \(answer.group.rawValue)".padding(toLength: 16, withPad: " ", startingAt: 0), style: style),
                                   TextSegment(answer.comment, style: .muted)]))
        }
        return lines
    }

    static func tickets(_ contact: Contact, book: Book, links: BookLinks, environment: AppEnvironment) -> [PaneLine] {
        let tickets = links.tickets.records(ofContact: contact.id, in: book.tickets)
            .sorted { ($0.status == .closed ? 1 : 0, $1.openedAt) < ($1.status == .closed ? 1 : 0, $0.openedAt) }
        guard !tickets.isEmpty else { return [PaneLine("No tickets. T opens one.", style: .muted)] }
        var lines: [PaneLine] = []
        for ticket in tickets {
            let statusStyle: Style = ticket.status == .closed ? .muted : ticket.status == .open ? .warning : .normal
            let dates = "opened \(day(ticket.openedAt, environment))" + (ticket.closedAt.map { ", closed \(day($0, environment))" } ?? "")
            lines.append(PaneLine([TextSegment(ticket.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0), style: statusStyle),
                                   TextSegment(ticket.priority.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0),
                                               style: ticket.priority == .urgent || ticket.priority == .high ? .overdue : .muted),
                                   TextSegment(ticket.subject),
                                   TextSegment("  " + dates, style: .muted)], target: .ticket(ticket.id)))
            if !ticket.notes.isEmpty {
                lines.append(PaneLine("        " + ticket.notes.replacingOccurrences(of: "\n", with: " "), style: .muted))
            }
        }
        return lines
    }
}
