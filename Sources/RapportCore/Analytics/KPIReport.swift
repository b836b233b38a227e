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

    public func kpi(_ id: String) -> KPI? { kpis.first { $0.id == id } }
}

/// The value of every KPI for one period, seen from its last day.
struct KPIValues {
    var values: [String: Double?] = [:]

    init(_ book: Book, period: ReportPeriod, history: PurchaseHistory) {
        let day = period.end
        let settings = book.settings
        let currency = settings.defaultCurrency
        let zone = period.timeZone
        let month = Month(day)
        let quarterEnd = Month(index: month.index - (month.month - 1) % 3 + 2).lastDay
        var openValue: Int64 = 0, forecastMonth: Int64 = 0, forecastQuarter: Int64 = 0
        var wonThisMonth: Int64 = 0, wonLastMonth: Int64 = 0
        var won = 0, lost = 0, cycleDays = 0, cycleCount = 0
        for deal in book.opportunities.all {
            guard let snapshot = DealSnapshot(deal, on: day, settings: settings, timeZone: zone) else { continue }
            let amount = deal.amount.minorUnits(in: currency)
            if snapshot.isOpen {
                guard let amount else { continue }
                openValue += amount
                let stageProbability = snapshot.stageIndex.map { settings.pipeline[$0].probability } ?? 0
                let weighted = deal.amount.weighted(byPercent: deal.probabilityOverride ?? stageProbability).minorUnits
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
            guard period.contains(closedDay) else { continue }
            if snapshot.status == .won {
                won += 1
                cycleDays += snapshot.createdDay.days(until: closedDay)
                cycleCount += 1
            } else {
                lost += 1
            }
        }
        func major(_ minor: Int64) -> Double { Money(minorUnits: minor, currency: currency).majorValue }
        values["openPipeline"] = major(openValue)
        values["forecastThisMonth"] = major(forecastMonth)
        values["forecastThisQuarter"] = major(forecastQuarter)
        values["wonThisMonth"] = major(wonThisMonth)
        values["wonLastMonth"] = major(wonLastMonth)
        values["winRate"] = ReportMath.ratio(won, won + lost)
        values["averageSalesCycle"] = ReportMath.ratio(cycleDays, cycleCount)

        var newLeads = 0, enteredMQL = 0, reachedSQL = 0
        for contact in book.contacts.all {
            if period.contains(LocalDate(contact.createdAt, in: zone)) { newLeads += 1 }
            let history = contact.lifecycleHistory
            guard let mqlIndex = history.firstIndex(where: {
                $0.stage == .mql && period.contains(LocalDate($0.enteredAt, in: zone))
            }) else { continue }
            enteredMQL += 1
            // SQL or any later stage, entered after the MQL entry and by the period's end.
            if history[(mqlIndex + 1)...].contains(where: { $0.stage >= .sql && LocalDate($0.enteredAt, in: zone) <= day }) {
                reachedSQL += 1
            }
        }
        values["newLeads"] = Double(newLeads)
        values["mqlToSql"] = ReportMath.ratio(reachedSQL, enteredMQL)

        values["nps"] = Reports.nps(book, period: period).score
        let retention = RetentionRate(history, period: period)
        values["retention"] = retention.rate
        values["churn"] = retention.churn

        var overdue = 0
        for activity in book.activities.all where activity.isTask {
            guard let due = activity.dueDate, due < day, LocalDate(activity.createdAt, in: zone) <= day else { continue }
            if let done = activity.doneAt, LocalDate(done, in: zone) <= day { continue }
            overdue += 1
        }
        values["overdueTasks"] = Double(overdue)
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
        let current = KPIValues(book, period: period, history: history)
        let previous = KPIValues(book, period: previousPeriod, history: history)
        let kpis = kpiDefinitions.map { definition in
            let now = current[definition.id]
            let before = previous[definition.id]
            let change: Double? = if let now, let before { now - before } else { nil }
            return KPIReport.KPI(id: definition.id, title: definition.title, unit: definition.unit,
                                 current: now, previous: before, change: change)
        }
        return KPIReport(from: period.from, to: period.to, asOf: period.asOf, previousFrom: previousPeriod.from,
                         previousTo: previousPeriod.to, currency: book.settings.defaultCurrency, kpis: kpis)
    }
}
