import Foundation

/// The headline numbers of a period, each beside the same number for the period of equal length
/// just before. See docs/REPORTS.md.
public struct KPIReport: Sendable, Encodable {
    public enum Unit: String, Sendable, Encodable {
        /// Major units of the default currency.
        case money
        case count
        /// A fraction 0...1 (the change is in fraction points: 0.05 is 5 percentage points).
        case rate
        case days
        /// NPS, -100...100.
        case score
    }

    public struct KPI: Sendable, Encodable {
        public let id: String
        public let title: String
        public let unit: Unit
        public let current: Double?
        public let previous: Double?
        /// current - previous; nil when either is unknown.
        public let change: Double?

        enum CodingKeys: String, CodingKey { case id, title, unit, current, previous, change }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(unit, forKey: .unit)
            try container.encodeNullable(current, forKey: .current)
            try container.encodeNullable(previous, forKey: .previous)
            try container.encodeNullable(change, forKey: .change)
        }
    }

    public let from: LocalDate
    public let to: LocalDate
    public let asOf: LocalDate
    public let previousFrom: LocalDate
    public let previousTo: LocalDate
    public let currency: CurrencyCode
    public let kpis: [KPI]
    /// The period runs past as-of (`PeriodCompleteness`): "now" is so far, against a whole
    /// earlier period. The earlier period is always complete (it ends before `from`).
    public let partial: Bool
    /// Days of the period seen so far, and its length: 1 and 31 for December as of 1 December.
    public let daysSoFar: Int
    public let days: Int
    /// The month and the quarter of the period's last day: won and commit against their targets.
    public let attainment: [ForecastPeriodRow]

    public func kpi(_ id: String) -> KPI? { kpis.first { $0.id == id } }
}

/// The value of every KPI for one period, seen from its last day.
struct KPIValues: Sendable {
    var values: [String: Double?] = [:]

    init() {}

    init(_ book: Book, period: ReportPeriod, history: PurchaseHistory) {
        let day = period.end
        let currency = book.settings.defaultCurrency
        let deals = KPIValues.DealFigures(book, day: day, period: period)
        func major(_ minor: Int64) -> Double { Money(minorUnits: minor, currency: currency).majorValue }
        values["openPipeline"] = major(deals.openValue)
        values["forecastThisMonth"] = major(deals.forecastMonth)
        values["forecastThisQuarter"] = major(deals.forecastQuarter)
        values["wonThisMonth"] = major(deals.wonThisMonth)
        values["wonLastMonth"] = major(deals.wonLastMonth)
        values["winRate"] = deals.closedInPeriod.winRate
        values["averageSalesCycle"] = deals.closedInPeriod.averageSalesCycleDays
        values["salesVelocity"] = SalesVelocity(openDeals: deals.openCount, wonValue: deals.wonInPeriodValue,
                                                wonCount: deals.wonInPeriodCount, winRate: deals.closedInPeriod.winRate,
                                                cycleDays: deals.closedInPeriod.averageSalesCycleDays)
            .perDay.map { major(Int64($0.rounded())) }

        let leads = KPIValues.leads(book, period: period)
        values["newLeads"] = Double(leads.new)
        values["mqlToSql"] = ReportMath.ratio(leads.reachedSQL, leads.enteredMQL)

        values["nps"] = Reports.nps(book, period: period).score
        let retention = RetentionRate(history, period: period)
        values["retention"] = retention.rate
        values["churn"] = retention.churn
        values["overdueTasks"] = Double(KPIValues.overdueTasks(book, on: day, days: period.days))
    }

    /// The deal figures of one period, from one pass over the deals as they stood on `day`.
    struct DealFigures {
        var openValue: Int64 = 0, forecastMonth: Int64 = 0, forecastQuarter: Int64 = 0
        var wonThisMonth: Int64 = 0, wonLastMonth: Int64 = 0
        /// Deals open at the end of the day, whatever their currency (sales velocity's first input).
        var openCount = 0
        /// The deals won in the period, in the base currency (for the average won deal value).
        var wonInPeriodValue: Int64 = 0, wonInPeriodCount = 0
        /// Win rate and sales cycle over the deals closed in the period.
        var closedInPeriod = DealOutcomes()

        init(_ book: Book, day: LocalDate, period: ReportPeriod) {
            let book = book.withPipelinesCombined
            let settings = book.settings
            var conversion = ReportConversion(settings)
            let days = period.days
            let month = Month(day)
            let quarterEnd = Month(index: month.index - (month.month - 1) % 3 + 2).lastDay
            for deal in book.opportunities.byID.values {
                guard let snapshot = DealSnapshot(deal, on: day, settings: settings, days: days) else { continue }
                // Open deals at the latest rate, won ones at their close date's.
                let amount = conversion.minorUnits(deal.amount, on: snapshot.isOpen ? nil : snapshot.closedDay)
                if snapshot.isOpen {
                    openCount += 1
                    guard let amount else { continue }
                    openValue += amount
                    let stageProbability = snapshot.stageIndex.map { settings.pipeline[$0].probability } ?? 0
                    let own = deal.amount.weighted(byPercent: deal.probabilityOverride ?? stageProbability)
                    let weighted = conversion.minorUnits(own, on: nil) ?? 0
                    if let close = deal.expectedClose, close >= day {
                        if close <= month.lastDay { forecastMonth += weighted }
                        if close <= quarterEnd { forecastQuarter += weighted }
                    }
                    continue
                }
                guard let closedDay = snapshot.closedDay else { continue }
                if snapshot.status == .won, let amount {
                    if Month(closedDay) == month { wonThisMonth += amount }
                    if Month(closedDay) == month.adding(-1) { wonLastMonth += amount }
                }
                if period.contains(closedDay) {
                    closedInPeriod.add(snapshot)
                    if snapshot.status == .won, let amount {
                        wonInPeriodValue += amount
                        wonInPeriodCount += 1
                    }
                }
            }
        }
    }

    /// Contacts created in the period; contacts that entered MQL in it, and those of them that
    /// went on to SQL or a later stage by the period's end.
    static func leads(_ book: Book, period: ReportPeriod) -> (new: Int, enteredMQL: Int, reachedSQL: Int) {
        let days = period.days
        let day = period.end
        var new = 0, enteredMQL = 0, reachedSQL = 0
        book.contacts.byID.forEachRecordAddress { contact in
            if period.contains(days.day(of: contact.pointee.createdAt)) { new += 1 }
            let history = contact.pointee.lifecycleHistory
            guard let mqlIndex = history.firstIndex(where: {
                $0.stage == .mql && period.contains(days.day(of: $0.enteredAt))
            }) else { return }
            enteredMQL += 1
            // SQL or any later stage, entered after the MQL entry and by the period's end.
            if history[(mqlIndex + 1)...].contains(where: { $0.stage >= .sql && days.day(of: $0.enteredAt) <= day }) {
                reachedSQL += 1
            }
        }
        return (new, enteredMQL, reachedSQL)
    }

    /// Tasks that existed on `day`, were not done by its end, and were overdue at its end by the
    /// agenda's rule (`Activity.isOverdue(on:minutesIntoDay:)`): due before it, or on it at a time.
    static func overdueTasks(_ book: Book, on day: LocalDate, days: DayConverter) -> Int {
        var overdue = 0
        book.activities.byID.forEachRecordAddress { activity in
            guard activity.pointee.kind == .task, days.day(of: activity.pointee.createdAt) <= day,
                  activity.pointee.isOverdue(on: day, minutesIntoDay: Activity.endOfDay) else { return }
            if let done = activity.pointee.doneAt, days.day(of: done) <= day { return }
            overdue += 1
        }
        return overdue
    }

    subscript(id: String) -> Double? { values[id] ?? nil }
}

extension Reports {
    /// The KPIs, in the order a dashboard shows them.
    public static let kpiDefinitions: [(id: String, title: String, unit: KPIReport.Unit)] = [
        ("openPipeline", "Open pipeline", .money),
        ("forecastThisMonth", "Weighted forecast, this month", .money),
        ("forecastThisQuarter", "Weighted forecast, this quarter", .money),
        ("wonThisMonth", "Won this month", .money),
        ("wonLastMonth", "Won last month", .money),
        ("winRate", "Win rate", .rate),
        ("averageSalesCycle", "Average sales cycle", .days),
        ("salesVelocity", "Sales velocity, per day", .money),
        ("newLeads", "New leads", .count),
        ("mqlToSql", "MQL to SQL", .rate),
        ("nps", "NPS", .score),
        ("retention", "Retention", .rate),
        ("churn", "Churn", .rate),
        ("overdueTasks", "Overdue tasks", .count),
    ]

    public static func kpis(_ book: Book, period: ReportPeriod) -> KPIReport {
        // One history up to the later day serves both periods: every figure looks only at
        // orders on or before its own period's last day.
        let history = PurchaseHistory(book, asOf: max(period.end, period.asOf))
        let previousPeriod = period.previous
        // The two periods are independent passes over the same (immutable) book: one per core.
        let periods = [period, previousPeriod]
        let values = ParallelMap.map(periods.count) { KPIValues(book, period: periods[$0], history: history) }
        let (current, previous) = (values.first ?? KPIValues(), values.last ?? KPIValues())
        let kpis = kpiDefinitions.map { definition in
            let now = current[definition.id]
            let before = previous[definition.id]
            let change: Double? = if let now, let before { now - before } else { nil }
            return KPIReport.KPI(id: definition.id, title: definition.title, unit: definition.unit,
                                 current: now, previous: before, change: change)
        }
        return KPIReport(from: period.from, to: period.to, asOf: period.asOf, previousFrom: previousPeriod.from,
                         previousTo: previousPeriod.to, currency: book.settings.defaultCurrency, kpis: kpis,
                         partial: period.isPartial, daysSoFar: period.daysSoFar, days: period.lengthInDays,
                         attainment: attainment(book, on: period.end, days: period.days))
    }

    /// The month and quarter of `day`, as the forecast rows see them that day.
    static func attainment(_ book: Book, on day: LocalDate, days: DayConverter) -> [ForecastPeriodRow] {
        let month = Month(day)
        return forecastRows(book, periods: [.month(month), .quarter(of: month)], asOf: day, days: days)
    }
}
