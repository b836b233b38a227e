import Foundation

/// Why deals were lost, and how quotes fared. See docs/REPORTS.md.
public struct LostReasonsReport: Sendable, Encodable {
    public struct Reason: Sendable, Encodable {
        /// The deal's lost reason; "(none given)" for a deal lost without one.
        public let reason: String
        public let count: Int
        public let value: ReportMoney
        /// count / all lost deals in the period.
        public let share: Double
    }

    /// Who won the deals lost to a competitor (`Opportunity.lostTo`).
    public struct Competitor: Sendable, Encodable {
        public let name: String
        public let count: Int
        public let value: ReportMoney
    }

    public let from: LocalDate
    public let to: LocalDate
    public let asOf: LocalDate
    public let currency: CurrencyCode
    /// Deals lost in the period (closed in `from...end`).
    public let lost: Int
    public let lostValue: ReportMoney
    /// Most frequent first; equal counts by value, then by name.
    public let reasons: [Reason]
    /// Deals lost to a named competitor, most first (equal counts by value, then by name).
    public let competitors: [Competitor]
    /// Deals closed (won or lost) in the period: the ones whose quotes are counted below.
    public let closedOpportunities: Int
    public let offers: Int
    /// offers / closed deals; nil when none closed.
    public let offersPerOpportunity: Double?
    public let acceptedOffers: Int
    public let rejectedOffers: Int
    /// accepted / (accepted + rejected); nil when no quote was decided.
    public let offerAcceptanceRate: Double?
    public let excludedFromValues: Int
    /// The period runs past as-of: its figures are so far (`PeriodCompleteness`).
    public let partial: Bool

    enum CodingKeys: String, CodingKey {
        case from, to, asOf, currency, lost, lostValue, reasons, competitors, closedOpportunities, offers, offersPerOpportunity
        case acceptedOffers, rejectedOffers, offerAcceptanceRate, excludedFromValues, partial
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(currency, forKey: .currency)
        try container.encode(lost, forKey: .lost)
        try container.encode(lostValue, forKey: .lostValue)
        try container.encode(reasons, forKey: .reasons)
        try container.encode(competitors, forKey: .competitors)
        try container.encode(closedOpportunities, forKey: .closedOpportunities)
        try container.encode(offers, forKey: .offers)
        try container.encodeNullable(offersPerOpportunity, forKey: .offersPerOpportunity)
        try container.encode(acceptedOffers, forKey: .acceptedOffers)
        try container.encode(rejectedOffers, forKey: .rejectedOffers)
        try container.encodeNullable(offerAcceptanceRate, forKey: .offerAcceptanceRate)
        try container.encode(excludedFromValues, forKey: .excludedFromValues)
        try container.encode(partial, forKey: .partial)
    }
}

extension Reports {
    public static let noLostReason = "(none given)"

    public static func lostReasons(_ book: Book, period: ReportPeriod) -> LostReasonsReport {
        var conversion = ReportConversion(book.settings)
        let currency = conversion.base
        var byReason: [String: (count: Int, value: Int64)] = [:]
        var byCompetitor: [String: (count: Int, value: Int64)] = [:]
        var lost = 0, lostValue: Int64 = 0, excluded = 0
        var closed = 0, offers = 0, accepted = 0, rejected = 0
        for deal in book.opportunities.byID.values {
            guard let snapshot = DealSnapshot(deal, on: period.asOf, settings: book.settings, days: period.days),
                  let closedDay = snapshot.closedDay, period.contains(closedDay) else { continue }
            closed += 1
            offers += deal.offers.count
            for offer in deal.offers {
                if offer.status == .accepted { accepted += 1 }
                if offer.status == .rejected { rejected += 1 }
            }
            guard snapshot.status == .lost else { continue }
            lost += 1
            // At the rate of the day it was lost.
            let amount = conversion.minorUnits(deal.amount, on: closedDay)
            if amount == nil { excluded += 1 }
            let trimmed = deal.lostReason?.trimmingCharacters(in: .whitespaces) ?? ""
            let reason = trimmed.isEmpty ? noLostReason : trimmed
            byReason[reason, default: (0, 0)].count += 1
            byReason[reason, default: (0, 0)].value += amount ?? 0
            lostValue += amount ?? 0
            if let competitor = deal.lostTo?.trimmingCharacters(in: .whitespaces), !competitor.isEmpty {
                byCompetitor[competitor, default: (0, 0)].count += 1
                byCompetitor[competitor, default: (0, 0)].value += amount ?? 0
            }
        }
        let reasons = byReason.map { reason, totals in
            LostReasonsReport.Reason(reason: reason, count: totals.count,
                                     value: ReportMoney(minorUnits: totals.value, currency: currency),
                                     share: Double(totals.count) / Double(lost))
        }.sorted { ($1.count, $1.value.minorUnits, $0.reason) < ($0.count, $0.value.minorUnits, $1.reason) }
        let competitors = byCompetitor.map { name, totals in
            LostReasonsReport.Competitor(name: name, count: totals.count, value: ReportMoney(minorUnits: totals.value, currency: currency))
        }.sorted { ($1.count, $1.value.minorUnits, $0.name) < ($0.count, $0.value.minorUnits, $1.name) }
        return LostReasonsReport(
            from: period.from, to: period.to, asOf: period.asOf, currency: currency, lost: lost,
            lostValue: ReportMoney(minorUnits: lostValue, currency: currency), reasons: reasons, competitors: competitors,
            closedOpportunities: closed, offers: offers, offersPerOpportunity: ReportMath.ratio(offers, closed),
            acceptedOffers: accepted, rejectedOffers: rejected,
            offerAcceptanceRate: ReportMath.ratio(accepted, accepted + rejected), excludedFromValues: excluded,
            partial: period.isPartial)
    }
}
