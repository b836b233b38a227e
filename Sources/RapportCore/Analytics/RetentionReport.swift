import Foundation

/// Monthly purchase cohorts and the period's customer retention rate. See docs/REPORTS.md.
public struct RetentionReport: Sendable, Encodable {
    public struct Cohort: Sendable, Encodable {
        /// The month of the customers' first purchase.
        public let cohort: Month
        public let size: Int
        /// retention[k]: share of the cohort that bought in the k-th month after the cohort month
        /// (k = 0 is 1.0); months after as-of's month are not there.
        public let retention: [Double]
        /// The same as counts of customers.
        public let active: [Int]
        /// True when the newest cell is a month not over as of as-of (`PeriodCompleteness`): its
        /// share is so far, not final, and the average curve leaves it out.
        public let partial: Bool
    }

    public let from: LocalDate
    public let to: LocalDate
    public let asOf: LocalDate
    /// The cohorts of the months from `from`'s month to the period's last month.
    public let cohorts: [Cohort]
    /// S: customers active at the start of the period (on the day before `from`).
    public let activeAtStart: Int
    /// E: customers active at the end of the period (on its last day).
    public let activeAtEnd: Int
    /// N: customers whose first purchase falls in the period.
    public let newCustomers: Int
    /// (E - N) / S; nil when S = 0 or when no customer bought in the period.
    public let retentionRate: Double?
    /// 1 - retention rate; nil when the rate is.
    public let churnRate: Double?
    /// Purchases with no buyer (erased under GDPR): in no cohort.
    public let unattributedPurchases: Int
    /// The period runs past as-of: E and N are so far (`PeriodCompleteness`).
    public let partial: Bool

    enum CodingKeys: String, CodingKey {
        case from, to, asOf, cohorts, activeAtStart, activeAtEnd, newCustomers, retentionRate, churnRate
        case unattributedPurchases, partial
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(cohorts, forKey: .cohorts)
        try container.encode(activeAtStart, forKey: .activeAtStart)
        try container.encode(activeAtEnd, forKey: .activeAtEnd)
        try container.encode(newCustomers, forKey: .newCustomers)
        try container.encodeNullable(retentionRate, forKey: .retentionRate)
        try container.encodeNullable(churnRate, forKey: .churnRate)
        try container.encode(unattributedPurchases, forKey: .unattributedPurchases)
        try container.encode(partial, forKey: .partial)
    }
}

/// The period's retention figures alone (what KPIs compare between two periods).
struct RetentionRate {
    let activeAtStart: Int
    let activeAtEnd: Int
    let newCustomers: Int
    /// Customers with a purchase in the period itself.
    let buyersInPeriod: Int

    init(_ history: PurchaseHistory, period: ReportPeriod) {
        let dayBeforeStart = period.from.adding(days: -1)
        var start = 0, end = 0, new = 0, buyers = 0
        let yearBeforeStart = TrailingMonths(12, endingOn: dayBeforeStart)
        let yearBeforeEnd = TrailingMonths(12, endingOn: period.end)
        // Orders dated after the day before `from` and up to the end: in the period (binary searches).
        history.forEachCustomer { _, orders in
            guard let first = orders.first else { return }
            if PurchaseHistory.hasOrder(orders, in: yearBeforeStart) { start += 1 }
            if PurchaseHistory.hasOrder(orders, in: yearBeforeEnd) { end += 1 }
            if period.contains(first.date) { new += 1 }
            if PurchaseHistory.firstIndex(orders, after: period.end) > PurchaseHistory.firstIndex(orders, after: dayBeforeStart) {
                buyers += 1
            }
        }
        activeAtStart = start
        activeAtEnd = end
        newCustomers = new
        buyersInPeriod = buyers
    }

    /// (E - N) / S; nil when S = 0, and nil when no customer bought in the period: a month in
    /// which nobody bought would otherwise read "100% retained" (everyone's last purchase still
    /// within the year), a figure with nothing behind it.
    var rate: Double? {
        guard activeAtStart > 0, buyersInPeriod > 0 else { return nil }
        return Double(activeAtEnd - newCustomers) / Double(activeAtStart)
    }
    var churn: Double? { rate.map { 1 - $0 } }
}

extension Reports {
    public static func retention(_ book: Book, period: ReportPeriod) -> RetentionReport {
        retention(PurchaseHistory(book, asOf: period.asOf), period: period)
    }

    /// The same from a purchase history already built for `period.asOf`.
    public static func retention(_ history: PurchaseHistory, period: ReportPeriod) -> RetentionReport {
        let firstCohort = Month(period.from)
        let lastCohort = Month(period.end)
        let lastFilled = Month(period.asOf)
        var members: [Month: [ArraySlice<PurchaseHistory.Order>]] = [:]
        history.forEachCustomer { _, orders in
            guard let first = orders.first else { return }
            let month = Month(first.date)
            if month >= firstCohort, month <= lastCohort { members[month, default: []].append(orders) }
        }
        let cohorts = Month.range(firstCohort, through: lastCohort).map { month -> RetentionReport.Cohort in
            let customers = members[month] ?? []
            let width = max(0, month.months(until: lastFilled) + 1)
            var active = [Int](repeating: 0, count: width)
            for orders in customers {
                // Each customer counts once per month however many times they bought in it.
                var lastCounted = -1
                for order in orders {
                    let offset = month.months(until: Month(order.date))
                    guard offset < width, offset != lastCounted else { continue }
                    active[offset] += 1
                    lastCounted = offset
                }
            }
            let size = customers.count
            let shares = active.map { size == 0 ? 0 : Double($0) / Double(size) }
            // The newest cell is as-of's month (width reaches it); it is partial until that month ends.
            return RetentionReport.Cohort(cohort: month, size: size, retention: size == 0 ? [] : shares,
                                          active: size == 0 ? [] : active,
                                          partial: size > 0 && width > 0 && period.isPartial(lastFilled))
        }
        let rate = RetentionRate(history, period: period)
        return RetentionReport(from: period.from, to: period.to, asOf: period.asOf, cohorts: cohorts,
                               activeAtStart: rate.activeAtStart, activeAtEnd: rate.activeAtEnd,
                               newCustomers: rate.newCustomers, retentionRate: rate.rate, churnRate: rate.churn,
                               unattributedPurchases: history.unattributed, partial: period.isPartial)
    }
}
