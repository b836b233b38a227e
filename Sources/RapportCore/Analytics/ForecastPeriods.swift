import Foundation

/// The forecast of one month or quarter by category, cumulative as Salesforce defines it, and
/// its attainment of the period's target. See docs/REPORTS.md ("Forecast categories").
public struct ForecastPeriodRow: Sendable, Encodable {
    /// "2027-01" or "2027-Q1".
    public let period: String
    /// Won deals closed in the period.
    public let closed: ReportMoney
    /// Closed plus the open commit deals expected to close in the period.
    public let commit: ReportMoney
    /// Commit plus the open best-case deals.
    public let bestCase: ReportMoney
    /// Every open deal expected to close in the period that is not omitted (Salesforce's
    /// "open pipeline": pipeline, best case and commit).
    public let pipeline: ReportMoney
    /// The weighted amount of those open deals (amount x probability, rounded per deal).
    public let weighted: ReportMoney
    /// Open deals of the period left out as omitted.
    public let omitted: ReportMoney
    public let target: ReportMoney?
    /// closed / target; nil without a target.
    public let wonAttainment: Double?
    /// commit / target; nil without a target.
    public let commitAttainment: Double?

    enum CodingKeys: String, CodingKey {
        case period, closed, commit, bestCase, pipeline, weighted, omitted, target, wonAttainment, commitAttainment
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(period, forKey: .period)
        try container.encode(closed, forKey: .closed)
        try container.encode(commit, forKey: .commit)
        try container.encode(bestCase, forKey: .bestCase)
        try container.encode(pipeline, forKey: .pipeline)
        try container.encode(weighted, forKey: .weighted)
        try container.encode(omitted, forKey: .omitted)
        try container.encodeNullable(target, forKey: .target)
        try container.encodeNullable(wonAttainment, forKey: .wonAttainment)
        try container.encodeNullable(commitAttainment, forKey: .commitAttainment)
    }
}

/// Totals in the base currency, in one place: an amount in another currency converts at the
/// rate of its day (a won deal's close day; the latest rate for an open deal, `day` nil); one
/// with no rate is left out.
enum ForecastTotals {
    static func baseAmount(_ money: Money, on day: LocalDate?, converter: CurrencyConverter) -> Int64? {
        converter.convert(money, on: day)?.minorUnits
    }
}

extension Reports {
    /// The forecast rows of `periods` as of the end of `asOf`, from one pass over the deals: a
    /// won deal counts in the periods its closing day falls in, an open one in those its
    /// expected close falls in (a deal with none is in no period); lost deals in none.
    static func forecastRows(_ book: Book, periods: [TargetPeriod], asOf: LocalDate,
                             days: DayConverter) -> [ForecastPeriodRow] {
        let settings = book.settings
        let converter = CurrencyConverter(settings)
        let spans = periods.map { ($0.firstMonth.index, $0.lastMonth.index) }
        var closed = [Int64](repeating: 0, count: periods.count)
        var commit = closed, bestCase = closed, pipeline = closed, weighted = closed, omitted = closed
        // In place: copying each record out of the table would cost more than the sums.
        book.opportunities.byID.forEachRecordAddress { deal in
            guard let snapshot = DealSnapshot(deal.pointee, on: asOf, settings: settings, days: days) else { return }
            let day: LocalDate
            switch snapshot.status {
            case .lost: return
            case .won:
                guard let closedDay = snapshot.closedDay else { return }
                day = closedDay
            case .open:
                guard let close = deal.pointee.expectedClose else { return }
                day = close
            }
            guard let amount = ForecastTotals.baseAmount(deal.pointee.amount, on: snapshot.status == .won ? day : nil,
                                                         converter: converter) else { return }
            let month = Month(day).index
            let category = deal.pointee.forecastCategory(in: settings, stageIndex: snapshot.stageIndex)
            let stageProbability = snapshot.stageIndex.map { settings.pipeline[$0].probability } ?? 0
            let weight = snapshot.isOpen
                ? Money(minorUnits: amount, currency: converter.base).weighted(byPercent: deal.pointee.probabilityOverride ?? stageProbability).minorUnits : 0
            for (index, span) in spans.enumerated() where span.0 <= month && month <= span.1 {
                switch category {
                case .closed: closed[index] += amount
                case .commit: commit[index] += amount
                case .bestCase: bestCase[index] += amount
                case .pipeline: pipeline[index] += amount
                case .omitted: omitted[index] += amount; continue
                }
                if category != .closed { weighted[index] += weight }
            }
        }
        func money(_ minor: Int64) -> ReportMoney { ReportMoney(minorUnits: minor, currency: converter.base) }
        return periods.enumerated().map { index, period in
            let committed = closed[index] + commit[index]
            let best = committed + bestCase[index]
            let target = settings.target(for: period).map(\.minorUnits)
            func attainment(_ value: Int64) -> Double? {
                guard let target, target > 0 else { return nil }
                return Double(value) / Double(target)
            }
            return ForecastPeriodRow(period: period.description, closed: money(closed[index]), commit: money(committed),
                                     bestCase: money(best),
                                     pipeline: money(commit[index] + bestCase[index] + pipeline[index]),
                                     weighted: money(weighted[index]), omitted: money(omitted[index]),
                                     target: target.map(money), wonAttainment: attainment(closed[index]),
                                     commitAttainment: attainment(committed))
        }
    }

    /// The months and quarters the pipeline report forecasts: from the first month of as-of's
    /// quarter through the later of that quarter's end, the last expected close and the last
    /// target; the quarters covering those months.
    static func forecastPeriods(_ book: Book, asOf: LocalDate, lastExpectedClose: Month) -> (months: [TargetPeriod], quarters: [TargetPeriod]) {
        let quarter = TargetPeriod.quarter(of: Month(asOf))
        var last = max(quarter.lastMonth, lastExpectedClose)
        if let lastTarget = book.settings.salesTargets.last?.period.lastMonth { last = max(last, lastTarget) }
        let months = Month.range(quarter.firstMonth, through: last)
        var quarters: [TargetPeriod] = []
        for month in months where !quarters.contains(TargetPeriod.quarter(of: month)) {
            quarters.append(TargetPeriod.quarter(of: month))
        }
        return (months.map(TargetPeriod.month), quarters)
    }
}
