import Foundation

/// What happened to one member after the campaign reached them, within the attribution window.
public struct MemberOutcome: Hashable, Sendable {
    public let contactID: ContactID
    public let sentAt: Date?
    /// Wrote back (an inbound interaction on any channel).
    public let replied: Bool
    /// Deals opened for the member in the window.
    public let opportunities: [OpportunityID]
    /// Purchases in the window and their sum in the campaign's currency.
    public let purchases: Int
    public let revenueMinor: Int64
    /// Had bought before the campaign reached them.
    public let boughtBefore: Bool

    /// Any sign of life: a reply, a deal or a purchase.
    public var responded: Bool { replied || !opportunities.isEmpty || purchases > 0 }
}

/// A campaign's results. Attribution: a member's purchases dated from the day of sending
/// through `windowDays` days after, deals created and replies received in the same window.
/// Each campaign counts on its own, so two overlapping campaigns may both claim a purchase.
public struct CampaignResults: Hashable, Sendable {
    public let campaignID: CampaignID
    public let windowDays: Int
    public let members: Int
    public let sent: Int
    public let responses: Int
    /// Members with at least one deal opened in the window, and those deals' count and value.
    public let membersWithOpportunity: Int
    public let opportunities: Int
    public let opportunityValue: Money
    public let purchasers: Int
    public let revenue: Money
    public let cost: Money
    /// Purchases in another currency than the cost's, left out of the revenue (no exchange rates offline).
    public let skippedPurchases: Int
    /// Members who had bought before the sending, and how many of them bought again in the window.
    public let previousBuyers: Int
    public let returningBuyers: Int
    public let outcomes: [MemberOutcome]

    /// (revenue - cost) / cost; nil when nothing was spent.
    public var roi: Double? {
        guard cost.minorUnits != 0 else { return nil }
        return Double(revenue.minorUnits - cost.minorUnits) / Double(cost.minorUnits)
    }

    /// Share of members who had bought before and bought again after receiving it; nil without
    /// previous buyers.
    public var retentionRate: Double? {
        previousBuyers == 0 ? nil : Double(returningBuyers) / Double(previousBuyers)
    }

    public var responseRate: Double? { sent == 0 ? nil : Double(responses) / Double(sent) }
}

/// Purchases, deals and replies of campaign members, indexed once for every campaign of a book.
public struct CampaignEvidence: Sendable {
    struct Sale { let date: LocalDate; let amount: Money }
    struct Deal { let id: OpportunityID; let createdAt: Date; let amount: Money }
    let sales: [ContactID: [Sale]]
    let deals: [ContactID: [Deal]]
    let replies: [ContactID: [Date]]
    /// The book's exchange rates: revenue in another currency than the campaign's cost converts.
    let rates: [ExchangeRate]
    public let asOf: LocalDate

    /// Indexes only the contacts that are members of some campaign: a large book's other
    /// customers cost one set look-up each.
    public init(_ book: Book, asOf: LocalDate) {
        self.asOf = asOf
        self.rates = book.settings.rates
        var memberSet: Set<ContactID> = []
        for campaign in book.campaigns.all { for member in campaign.members { memberSet.insert(member.contactID) } }
        var sales: [ContactID: [Sale]] = [:]
        for purchase in book.purchases.all {
            guard let contactID = purchase.contactID, memberSet.contains(contactID) else { continue }
            sales[contactID, default: []].append(Sale(date: purchase.date, amount: purchase.amount))
        }
        var deals: [ContactID: [Deal]] = [:]
        for deal in book.opportunities.all {
            guard let contactID = deal.contactID, memberSet.contains(contactID) else { continue }
            deals[contactID, default: []].append(Deal(id: deal.id, createdAt: deal.createdAt, amount: deal.amount))
        }
        var replies: [ContactID: [Date]] = [:]
        for activity in book.activities.all where activity.kind == .interaction && activity.direction == .inbound {
            guard let contactID = activity.contactID, memberSet.contains(contactID), let when = activity.occurredAt else { continue }
            replies[contactID, default: []].append(when)
        }
        self.sales = sales
        self.deals = deals.mapValues { $0.sorted { $0.id < $1.id } }
        self.replies = replies
    }

    public func results(of campaign: Campaign, windowDays: Int) -> CampaignResults {
        let currency = campaign.cost.currency
        // In the campaign's own currency: a purchase at its day's rate, a deal at the latest;
        // what has no rate is counted aside (`skippedPurchases`).
        let converter = CurrencyConverter(base: currency, rates: rates)
        let days = DayConverter(ReportPeriod.utc)
        let window = TimeInterval(max(0, windowDays)) * 86_400
        var outcomes: [MemberOutcome] = []
        var revenue: Int64 = 0, skipped = 0, dealCount = 0, dealValue: Int64 = 0
        for member in campaign.members.sorted(by: { $0.contactID < $1.contactID }) {
            guard let sentAt = member.sentAt else {
                outcomes.append(MemberOutcome(contactID: member.contactID, sentAt: nil, replied: false, opportunities: [],
                                              purchases: 0, revenueMinor: 0, boughtBefore: false))
                continue
            }
            let sentDay = days.day(of: sentAt)
            let lastDay = min(sentDay.adding(days: windowDays), asOf)
            var bought = 0, spent: Int64 = 0, before = false
            for sale in sales[member.contactID] ?? [] {
                if sale.date < sentDay { before = true; continue }
                guard sale.date <= lastDay else { continue }
                bought += 1
                if let value = converter.convert(sale.amount, on: sale.date) { spent += value.minorUnits } else { skipped += 1 }
            }
            let opened = (deals[member.contactID] ?? []).filter { $0.createdAt >= sentAt && $0.createdAt <= sentAt + window }
            for deal in opened { dealValue += converter.convert(deal.amount, on: nil)?.minorUnits ?? 0 }
            dealCount += opened.count
            let replied = (replies[member.contactID] ?? []).contains { $0 >= sentAt && $0 <= sentAt + window }
            revenue += spent
            outcomes.append(MemberOutcome(contactID: member.contactID, sentAt: sentAt, replied: replied,
                                          opportunities: opened.map(\.id), purchases: bought, revenueMinor: spent,
                                          boughtBefore: before))
        }
        let sentOutcomes = outcomes.filter { $0.sentAt != nil }
        let previous = sentOutcomes.filter(\.boughtBefore)
        return CampaignResults(
            campaignID: campaign.id, windowDays: windowDays, members: campaign.members.count, sent: sentOutcomes.count,
            responses: sentOutcomes.filter(\.responded).count,
            membersWithOpportunity: sentOutcomes.filter { !$0.opportunities.isEmpty }.count, opportunities: dealCount,
            opportunityValue: Money(minorUnits: dealValue, currency: currency),
            purchasers: sentOutcomes.filter { $0.purchases > 0 }.count,
            revenue: Money(minorUnits: revenue, currency: currency), cost: campaign.cost, skippedPurchases: skipped,
            previousBuyers: previous.count, returningBuyers: previous.filter { $0.purchases > 0 }.count,
            outcomes: outcomes)
    }
}

extension CampaignResults {
    /// One campaign's results as of a day, with the book's attribution window.
    public static func compute(_ campaign: Campaign, in book: Book, asOf: LocalDate) -> CampaignResults {
        CampaignEvidence(book, asOf: asOf).results(of: campaign, windowDays: book.settings.attributionDays)
    }

    /// Every campaign's results, in id order, indexing the book once.
    public static func all(in book: Book, asOf: LocalDate) -> [CampaignResults] {
        let evidence = CampaignEvidence(book, asOf: asOf)
        return book.campaigns.sortedByID.map {
            evidence.results(of: $0, windowDays: book.settings.attributionDays)
        }
    }
}
