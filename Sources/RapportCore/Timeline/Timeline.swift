import Foundation

/// One line of a contact's or company's history.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case interaction(Channel, Direction)
        case taskDone(TaskType)
        case taskPlanned(TaskType)
        case stageChange(LifecycleStage)
        case opportunityOpened(OpportunityID)
        case opportunityWon(OpportunityID)
        case opportunityLost(OpportunityID)
        case purchase
        case survey(score: Int)
        case ticketOpened(TicketID)
        case ticketClosed(TicketID)
    }

    public var date: Date
    public var kind: Kind
    public var title: String
    /// A second, quieter part: notes, an amount, a comment.
    public var detail: String

    public init(date: Date, kind: Kind, title: String, detail: String = "") {
        self.date = date
        self.kind = kind
        self.title = title
        self.detail = detail
    }

    /// A short label of the kind, for the timeline's first column.
    public var label: String {
        switch kind {
        case .interaction(let channel, let direction): return channel.title + (direction == .inbound ? " in" : " out")
        case .taskDone(let type): return type.title + " done"
        case .taskPlanned(let type): return type.title + " due"
        case .stageChange: return "Stage"
        case .opportunityOpened: return "Deal opened"
        case .opportunityWon: return "Deal won"
        case .opportunityLost: return "Deal lost"
        case .purchase: return "Purchase"
        case .survey: return "NPS"
        case .ticketOpened: return "Ticket"
        case .ticketClosed: return "Ticket closed"
        }
    }
}

/// Merges everything that happened with a contact (or a company's people) into one list,
/// newest first: interactions on every channel, tasks, lifecycle stage changes, opportunities
/// opened and closed, purchases, survey answers and tickets.
public enum TimelineBuilder {
    public static func contact(_ id: ContactID, in book: Book, timeZone: TimeZone) -> [TimelineEntry] {
        contact(id, in: book, links: BookLinks(book), timeZone: timeZone)
    }

    /// `contact(_:in:timeZone:)` with the links kept by the caller (a pane, per book change).
    public static func contact(_ id: ContactID, in book: Book, links: BookLinks, timeZone: TimeZone) -> [TimelineEntry] {
        guard let contact = book.contacts[id] else { return [] }
        var entries: [TimelineEntry] = contact.lifecycleHistory.map {
            TimelineEntry(date: $0.enteredAt, kind: .stageChange($0.stage), title: "Became \($0.stage.title)")
        }
        entries += activities(links.activities.records(ofContact: id, in: book.activities), timeZone: timeZone)
        entries += opportunities(links.opportunities.records(ofContact: id, in: book.opportunities), settings: book.settings)
        entries += sales(purchases: links.purchases.records(ofContact: id, in: book.purchases),
                         surveys: links.surveys.records(ofContact: id, in: book.surveys),
                         tickets: links.tickets.records(ofContact: id, in: book.tickets),
                         settings: book.settings, timeZone: timeZone)
        return sorted(entries)
    }

    /// The company's own records plus those of its people.
    public static func company(_ id: CompanyID, in book: Book, timeZone: TimeZone) -> [TimelineEntry] {
        company(id, in: book, links: BookLinks(book), timeZone: timeZone)
    }

    /// `company(_:in:timeZone:)` with the links kept by the caller.
    public static func company(_ id: CompanyID, in book: Book, links: BookLinks, timeZone: TimeZone) -> [TimelineEntry] {
        let people = links.contacts.records(ofCompany: id, in: book.contacts).map(\.id)
        /// The company's own records and its people's, each once, in id order.
        func gathered<R: Record>(_ table: RecordTable<R>, _ links: RecordLinks<R>, ownRecords: Bool) -> [R] {
            var seen: Set<R.ID> = []
            var records = ownRecords ? links.records(ofCompany: id, in: table) : []
            for person in people { records += links.records(ofContact: person, in: table) }
            return records.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
        }
        var entries = activities(gathered(book.activities, links.activities, ownRecords: true), timeZone: timeZone)
        entries += opportunities(gathered(book.opportunities, links.opportunities, ownRecords: true), settings: book.settings)
        entries += sales(purchases: gathered(book.purchases, links.purchases, ownRecords: false),
                         surveys: gathered(book.surveys, links.surveys, ownRecords: false),
                         tickets: gathered(book.tickets, links.tickets, ownRecords: false),
                         settings: book.settings, timeZone: timeZone)
        return sorted(entries)
    }

    /// Newest first; equal dates keep a stable order by kind label and title so screens do not flicker.
    static func sorted(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        entries.sorted { a, b in
            if a.date != b.date { return a.date > b.date }
            if a.label != b.label { return a.label < b.label }
            return a.title < b.title
        }
    }

    static func activities(_ activities: [Activity], timeZone: TimeZone) -> [TimelineEntry] {
        // A finished call or email is logged as an interaction at the moment it was done: show
        // the interaction once, not the task beside it.
        let interactionKeys = Set(activities.compactMap { activity -> String? in
            guard activity.kind == .interaction, let when = activity.occurredAt else { return nil }
            return "\(when.timeIntervalSince1970)|\(activity.summary)"
        })
        return activities.compactMap { activity in
            switch activity.kind {
            case .interaction:
                guard let when = activity.occurredAt, let channel = activity.channel else { return nil }
                return TimelineEntry(date: when, kind: .interaction(channel, activity.direction ?? .outbound),
                                     title: activity.summary, detail: activity.notes)
            case .task:
                let type = activity.taskType ?? .todo
                if let done = activity.doneAt {
                    if interactionKeys.contains("\(done.timeIntervalSince1970)|\(activity.summary)") { return nil }
                    return TimelineEntry(date: done, kind: .taskDone(type), title: activity.summary, detail: activity.notes)
                }
                guard let due = activity.dueDate else { return nil }
                return TimelineEntry(date: due.startOfDay(in: timeZone), kind: .taskPlanned(type), title: activity.summary,
                                     detail: activity.notes)
            }
        }
    }

    static func opportunities(_ opportunities: [Opportunity], settings: Settings) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for opportunity in opportunities {
            let amount = opportunity.amount.formattedWhole(settings.numberFormat)
            entries.append(TimelineEntry(date: opportunity.createdAt, kind: .opportunityOpened(opportunity.id),
                                         title: opportunity.title, detail: amount))
            guard let closed = opportunity.closedAt else { continue }
            switch opportunity.status {
            case .won:
                entries.append(TimelineEntry(date: closed, kind: .opportunityWon(opportunity.id), title: opportunity.title, detail: amount))
            case .lost:
                entries.append(TimelineEntry(date: closed, kind: .opportunityLost(opportunity.id), title: opportunity.title,
                                             detail: opportunity.lostReason ?? ""))
            case .open:
                break
            }
        }
        return entries
    }

    static func sales(purchases: [Purchase], surveys: [SurveyResponse], tickets: [Ticket], settings: Settings,
                      timeZone: TimeZone) -> [TimelineEntry] {
        var entries: [TimelineEntry] = purchases.map {
            // A purchase is dated by day; noon keeps it after the morning's calls in the list.
            TimelineEntry(date: $0.date.startOfDay(in: timeZone).addingTimeInterval(12 * 3600), kind: .purchase,
                          title: $0.product, detail: $0.amount.formatted(settings.numberFormat))
        }
        entries += surveys.map {
            TimelineEntry(date: $0.date.startOfDay(in: timeZone).addingTimeInterval(12 * 3600), kind: .survey(score: $0.score),
                          title: "Scored \($0.score)/10", detail: $0.comment)
        }
        for ticket in tickets {
            entries.append(TimelineEntry(date: ticket.openedAt, kind: .ticketOpened(ticket.id), title: ticket.subject,
                                         detail: ticket.priority.rawValue))
            if let closed = ticket.closedAt {
                entries.append(TimelineEntry(date: closed, kind: .ticketClosed(ticket.id), title: ticket.subject))
            }
        }
        return entries
    }
}
