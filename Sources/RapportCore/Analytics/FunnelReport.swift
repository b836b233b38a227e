import Foundation

/// How far the deals created in a period went through the pipeline. See docs/REPORTS.md.
public struct FunnelReport: Sendable, Encodable {
    public struct Stage: Sendable, Encodable {
        public let stageID: String
        public let name: String
        /// Deals that are or were in this stage or a later one (won deals reached every stage).
        public let reached: Int
        /// Sum of their amounts in the default currency.
        public let value: ReportMoney
        /// reached(next) / reached(this); nil for the last stage or when nothing reached this one.
        public let conversionToNext: Double?

        enum CodingKeys: String, CodingKey { case stageID, stage, reached, value, conversionToNext }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(stageID, forKey: .stageID)
            try container.encode(name, forKey: .stage)
            try container.encode(reached, forKey: .reached)
            try container.encode(value, forKey: .value)
            try container.encodeNullable(conversionToNext, forKey: .conversionToNext)
        }
    }

    public let from: LocalDate
    public let to: LocalDate
    public let asOf: LocalDate
    public let currency: CurrencyCode
    /// Deals created in the period.
    public let opportunities: Int
    public let stages: [Stage]
    public let won: Int
    public let lost: Int
    public let open: Int
    /// won / (won + lost); nil when none closed.
    public let winRate: Double?
    /// Mean amount of the won deals in the default currency, rounded to the minor unit.
    public let averageDealSize: ReportMoney?
    /// Mean days from creation to winning, over the won deals.
    public let averageSalesCycleDays: Double?
    /// Deals counted but whose amount is in another currency, so left out of values and averages.
    public let excludedFromValues: Int
    /// Deals whose stage is not in the pipeline (counted in won/lost/open, in no stage).
    public let unknownStage: Int
    /// The period runs past as-of: its figures are so far (`PeriodCompleteness`).
    public let partial: Bool
    /// Currencies converted into the values (open deals at the latest rate, won ones at their
    /// close date's); absent when none.
    public var convertedFrom: [CurrencyCode]? = nil

    enum CodingKeys: String, CodingKey {
        case from, to, asOf, currency, opportunities, stages, won, lost, open, winRate, averageDealSize
        case averageSalesCycleDays, excludedFromValues, unknownStage, partial, convertedFrom
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(currency, forKey: .currency)
        try container.encode(opportunities, forKey: .opportunities)
        try container.encode(stages, forKey: .stages)
        try container.encode(won, forKey: .won)
        try container.encode(lost, forKey: .lost)
        try container.encode(open, forKey: .open)
        try container.encodeNullable(winRate, forKey: .winRate)
        try container.encodeNullable(averageDealSize, forKey: .averageDealSize)
        try container.encodeNullable(averageSalesCycleDays, forKey: .averageSalesCycleDays)
        try container.encode(excludedFromValues, forKey: .excludedFromValues)
        try container.encode(unknownStage, forKey: .unknownStage)
        try container.encode(partial, forKey: .partial)
        try container.encodeIfPresent(convertedFrom, forKey: .convertedFrom)
    }
}

public enum Reports {}

extension Reports {
    /// The funnel of the opportunities created in `period.from...period.end`, each as it stood at
    /// the end of `asOf`.
    public static func funnel(_ book: Book, period: ReportPeriod) -> FunnelReport {
        let settings = book.settings
        var conversion = ReportConversion(settings)
        let currency = conversion.base
        let stageCount = settings.pipeline.count
        var reached = [Int](repeating: 0, count: stageCount)
        var value = [Int64](repeating: 0, count: stageCount)
        var opportunities = 0, open = 0, excluded = 0, unknownStage = 0
        var wonTotal: Int64 = 0, wonCounted = 0
        // Win rate and sales cycle over the deals created in the period (the KPIs': closed in it).
        var outcomes = DealOutcomes()
        for deal in book.opportunities.byID.values {
            guard let snapshot = DealSnapshot(deal, on: period.asOf, settings: settings, days: period.days),
                  period.contains(snapshot.createdDay) else { continue }
            opportunities += 1
            outcomes.add(snapshot)
            let amount = conversion.minorUnits(deal.amount, on: snapshot.status == .won ? snapshot.closedDay : nil)
            if amount == nil { excluded += 1 }
            // A won deal went through every stage, even those it skipped; any other deal reached
            // every stage up to the furthest one it entered.
            let furthest: Int?
            switch snapshot.status {
            case .won:
                furthest = stageCount - 1
                if let amount {
                    wonTotal += amount
                    wonCounted += 1
                }
            case .lost:
                furthest = snapshot.furthestStageIndex
            case .open:
                open += 1
                furthest = snapshot.furthestStageIndex
            }
            guard let furthest, furthest >= 0 else {
                unknownStage += 1
                continue
            }
            for index in 0...furthest {
                reached[index] += 1
                value[index] += amount ?? 0
            }
        }
        let stages = settings.pipeline.enumerated().map { index, stage in
            FunnelReport.Stage(
                stageID: stage.id, name: stage.name, reached: reached[index],
                value: ReportMoney(minorUnits: value[index], currency: currency),
                conversionToNext: index + 1 < stageCount ? ReportMath.ratio(reached[index + 1], reached[index]) : nil)
        }
        var report = FunnelReport(
            from: period.from, to: period.to, asOf: period.asOf, currency: currency, opportunities: opportunities,
            stages: stages, won: outcomes.won, lost: outcomes.lost, open: open, winRate: outcomes.winRate,
            averageDealSize: ReportMath.averageMinorUnits(wonTotal, count: wonCounted)
                .map { ReportMoney(minorUnits: $0, currency: currency) },
            averageSalesCycleDays: outcomes.averageSalesCycleDays,
            excludedFromValues: excluded, unknownStage: unknownStage, partial: period.isPartial)
        report.convertedFrom = conversion.convertedFrom
        return report
    }
}
